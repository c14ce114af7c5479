// The `rencai` command as the tests start it. Under the test run's global set-up (vitest.config.ts) the
// CLI is bundled once per run with esbuild — the workspace's TypeScript in one file, the npm packages
// left to Node — so that each of the tests' many commands starts a plain `node` process instead of
// compiling and loading some 300 source files through tsx (measured: `--help` 1.7 s → 0.6 s).
// `import.meta.url` keeps each source file's own URL in the bundle: data files, worker entries and
// package look-ups resolve exactly as from the sources. Without the set-up (a file run some other way)
// the command runs through tsx as before.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const MAIN = join(ROOT, 'apps/cli/src/main.ts');
const ENV = 'RENCAI_TEST_CLI';

/**
 * Node's arguments that run the CLI (the command's own arguments follow). `--liftoff-only`: V8 runs the
 * embedded database's WebAssembly with its baseline compiler only. By default it also recompiles the
 * busy functions with its optimising compiler in the background, and a process waits for that at
 * exit: for a command of about a second, half a second of CPU and 0.4 s of waiting that buy nothing
 * (measured: `jobs list` on an on-disk PGlite 2.2 s → 1.3 s). The commands behave the same.
 */
export function cliArgv(): string[] {
  const bundle = process.env[ENV];
  return bundle ? ['--liftoff-only', bundle] : ['--liftoff-only', '--import', 'tsx', MAIN];
}

/** Vitest global set-up: bundles the CLI into a folder of this run (inside the repository, so that Node finds the npm packages from it). */
export default async function setup(): Promise<() => void> {
  const { build } = await import('esbuild');
  const dir = join(ROOT, '.data', `test-cli-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'cli.mjs');
  await build({
    entryPoints: [MAIN],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    plugins: [
      {
        name: 'rencai-sources',
        setup(b) {
          // npm packages stay imports (resolved by Node at run time); the workspace's own packages are bundled.
          b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith('@rencai/') ? undefined : { path: a.path, external: true }));
          b.onLoad({ filter: /\.ts$/ }, async (a) => ({
            contents: (await readFile(a.path, 'utf8'))
              .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href))
              .replaceAll('import.meta.dirname', JSON.stringify(dirname(a.path)))
              .replaceAll('import.meta.filename', JSON.stringify(a.path)),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  // The entry enables Node's compile cache first, then loads the CLI: the commands after the first load
  // the bundle and its npm packages without compiling them again (measured: 1.34 s → 1.15 s a command).
  const entry = join(dir, 'rencai.mjs');
  const cache = JSON.stringify(join(dir, 'compile-cache'));
  writeFileSync(entry, `import { enableCompileCache } from 'node:module';\nenableCompileCache(${cache});\nawait import('./cli.mjs');\n`);
  process.env[ENV] = entry;
  return () => rmSync(dir, { recursive: true, force: true });
}
