// Test support for the set-up scripts (scripts/*.sh): a throw-away machine in a temporary folder — a
// PATH holding only basic real tools plus fake commands (small shell scripts that log how they were
// called), and a fake file tree passed as RENCAI_SYSROOT — so the scripts' choices and Chinese
// messages can be checked without installing anything or touching this machine.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export const REPO = join(import.meta.dirname, '..');

/** Real tools the scripts use; everything else on the fake PATH is a fake. */
const REAL_TOOLS = ['sh', 'sed', 'awk', 'head', 'mktemp', 'rm', 'mkdir', 'ln', 'mv', 'cp', 'cat', 'dirname', 'find', 'env', 'chmod', 'true'];

export interface FakeSystem {
  /** The temporary folder (removed by `remove`). */
  dir: string;
  /** The fake PATH (one folder). */
  bin: string;
  /** The fake file tree (RENCAI_SYSROOT). */
  root: string;
  /** Adds an executable at `path` (absolute, or relative to `bin`) running the shell `body`. */
  fake(path: string, body: string): string;
  /** Runs `script` with /bin/sh in `cwd` (the repository by default) on the fake machine. */
  run(script: string, opts?: { cwd?: string; env?: Record<string, string> }): { status: number | null; stdout: string; stderr: string };
  /** The fake commands' calls so far, one line each ("apt-get install …"). */
  calls(): string[];
  remove(): void;
}

export function fakeSystem(): FakeSystem {
  const dir = mkdtempSync(join(tmpdir(), 'rencai-fake-system-'));
  const bin = join(dir, 'bin');
  const root = join(dir, 'root');
  const log = join(dir, 'calls.log');
  mkdirSync(bin);
  mkdirSync(root);
  writeFileSync(log, '');
  for (const tool of REAL_TOOLS) {
    const real = (process.env.PATH ?? '/usr/bin:/bin').split(delimiter).map((d) => join(d, tool)).find((f) => existsSync(f));
    if (!real) throw new Error(`${tool} not found on PATH`);
    symlinkSync(real, join(bin, tool));
  }
  const fake = (path: string, body: string) => {
    const file = path.startsWith('/') ? path : join(bin, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return file;
  };
  return {
    dir,
    bin,
    root,
    fake,
    run(script, opts = {}) {
      const r = spawnSync('/bin/sh', ['-c', script], {
        cwd: opts.cwd ?? REPO,
        encoding: 'utf8',
        env: { PATH: bin, HOME: dir, RENCAI_SYSROOT: root, FAKE_LOG: log, ...opts.env },
        timeout: 20_000,
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The line a fake command writes to the call log: its name and arguments. */
export const LOG_CALL = 'echo "${0##*/} $*" >> "$FAKE_LOG"';
