// The platform's dependencies in one place, as every service receives them: the database, the
// personal-data vault, the evidence file store, the working-day calendar, the clock and the scope
// relations. It is put together once, at start-up (create-platform.ts).

import { formatDay, type Day } from '@rencai/engine';
import type { AnchorStore, Database, Db, FileStore, Vault } from '@rencai/store';
import type { WorkCalendar } from '@rencai/domain';
import type { ScopeRelations } from './scope.js';

export interface Platform {
  db: Db;
  database: Database;
  vault: Vault;
  files: FileStore;
  calendar: WorkCalendar;
  /** Today in China (tests may fix it). */
  today(): Day;
  dataDir: string | undefined;
  /** Where the audit chain's anchors are kept outside the database (none for an in-memory database). */
  anchors?: AnchorStore;
  /** The relations scoping crosses modules by (shared/scope.ts). */
  scope: ScopeRelations;
}

export const todayString = (p: Platform): string => formatDay(p.today());
