import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/**/*.test.ts', 'policies/**/*.test.ts', 'apps/**/*.test.ts', 'docs/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    // Browser tests poll for what the page shows after a debounce and a request: on a loaded machine that
    // takes more than vitest's default second.
    expect: { poll: { timeout: 10_000 } },
    // Each test file in its own process: the embedded database (PGlite, WebAssembly) is then created and
    // freed by one V8 isolate per process. Many isolates doing so side by side in one process (the
    // 'threads' pool) can abort Node.js 24 in V8's JIT-page bookkeeping (nodejs/node#64500).
    pool: 'forks',
  },
});
