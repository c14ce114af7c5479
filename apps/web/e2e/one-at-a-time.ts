// Vitest set-up file (vitest.config.ts): the browser files' tests run one file at a time, while the
// next file's start — its process, imports, platform and Chromium, about 6 s — overlaps them. Two
// files driving pages side by side on two cores made answers arrive after the waits (scripts/test.sh);
// here a file's first test waits until no other browser file of the run is between its first test and
// its end (a lock folder in the run's folder, packages/store/src/testing.ts), and holds it until its
// afterAll hooks have run. A lock whose holder died is taken over. Other test files are not affected.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach } from 'vitest';

const folder = process.env.RENCAI_TEST_SNAPSHOTS;
let held: string | undefined;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function acquire(lock: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      held = lock;
      return;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // just made, its pid not yet written
      }
      if (owner && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 100));
    }
  }
}

// The wait is for the other file's remaining tests: the longest file takes about 90 s.
beforeEach(async (ctx) => {
  if (held || !folder || !ctx.task.file.filepath.includes('/apps/web/e2e/')) return;
  await acquire(join(folder, 'browser-tests.lock'));
}, 20 * 60_000);

// Registered before the file's own hooks, so run after them (vitest runs after-hooks in reverse order).
afterAll(() => {
  if (held) rmSync(held, { recursive: true, force: true });
  held = undefined;
});
