// Vitest's global set-up: a folder for this run's prepared databases (testing.ts,
// openPreparedTestDatabase), removed — with the run's PostgreSQL templates — when the run ends.
// scripts/test.sh gives its embedded-database pass and its browser pass one folder (RENCAI_TEST_SNAPSHOTS):
// the browser files' prepared PGlite databases are then those the first pass made; the script removes it.

import { prepareSnapshotsFolder } from './testing.js';

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.RENCAI_TEST_SNAPSHOTS) return async () => {};
  return prepareSnapshotsFolder();
}
