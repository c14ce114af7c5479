// Vitest's global set-up: a folder for this run's prepared databases (testing.ts,
// openPreparedTestDatabase), removed — with the run's PostgreSQL templates — when the run ends.

import { prepareSnapshotsFolder } from './testing.js';

export default async function setup(): Promise<() => Promise<void>> {
  return prepareSnapshotsFolder();
}
