import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** The platform API's test files (apps/server/src/platform/harness.ts): run in shared processes, see `projects` below. */
const API = 'apps/server/src/platform/**/*.test.ts';
const BROWSER = 'apps/web/e2e/**/*.test.ts';

/** What every test file gets, whichever of the two groups below it is in. */
const shared = {
  testTimeout: 60_000,
  // The browser files' tests one file at a time, whatever the number of workers (apps/web/e2e/one-at-a-time.ts).
  setupFiles: ['apps/web/e2e/one-at-a-time.ts'],
  // Browser tests poll for what the page shows after a debounce and a request: on a loaded machine that
  // takes more than vitest's default second.
  // Thirty seconds, as the browser tests' own wait for an element: with two test files running side by
  // side on a busy two-core machine a page can take several times as long as alone; a poll that
  // succeeds returns at once, so passing runs lose nothing.
  expect: { poll: { timeout: 30_000 } },
  // Each test file in its own process: the embedded database (PGlite, WebAssembly) is then created and
  // freed by one V8 isolate per process. Many isolates doing so side by side in one process (the
  // 'threads' pool) can abort Node.js 24 in V8's JIT-page bookkeeping (nodejs/node#64500).
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    // A folder for the run's prepared databases: each demo-seeded database is built once per run and
    // copied for every test file (packages/store/src/testing.ts, openPreparedTestDatabase).
    // And the CLI, bundled once per run for the tests that run it as a command (apps/cli/src/cli-under-test.ts).
    globalSetup: ['packages/store/src/snapshots-setup.ts', 'apps/cli/src/cli-under-test.ts'],
    // At least two files at a time. Vitest's default (cores − 1) runs one file at a time on a two-core
    // machine, though most files spend much of their time waiting on a database, a server or a browser:
    // measured on two cores, the non-browser files of the embedded-database pass took 377 s two at a time
    // (about 590 s one at a time) and the PostgreSQL pass 260 s (341 s). The whole suite (scripts/test.sh)
    // runs the browser files one at a time after the others: side by side their pages slowed past the waits.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // The platform API's files share their worker processes (isolate: false; still one file at a time
      // per process, each with its own database, platform and server, closed in afterAll): the server,
      // the platform and their dependencies are imported once per process instead of once per file, about
      // 4 s of CPU each. Measured on two cores, the 30 files: 160 s → 101 s. They change no module's state
      // that another file reads (an environment variable one sets is restored).
      { test: { ...shared, name: 'api', include: [API], isolate: false } },
      // The browser files (scripts/test.sh runs them after the others, one at a time: --project browser).
      { test: { ...shared, name: 'browser', include: [BROWSER] } },
      {
        test: {
          ...shared,
          name: 'other',
          include: ['packages/**/*.test.ts', 'policies/**/*.test.ts', 'apps/**/*.test.ts', 'docs/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [API, BROWSER, '**/node_modules/**', '**/.git/**'],
        },
      },
    ],
  },
});
