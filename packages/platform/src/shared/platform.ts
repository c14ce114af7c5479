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
  /** Sign-in through the government's identity provider (OpenID Connect); absent when it is off. */
  oidc?: OidcSettings;
}

/** The identity provider rencai is a client of (RENCAI_OIDC_* at start-up, oidc/settings.ts). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: this server's /api/v1/auth/oidc/callback. */
  redirectUrl: string;
  /** The sign-in button's words. */
  label: string;
  scope: string;
  /** The claim carrying a citizen's ID number (浙里办). */
  idNumberClaim: string;
  /** The claim carrying a staff member's id (浙政钉); present only for staff. */
  staffIdClaim: string;
  /** Where the provider sends the browser after signing out there (optional). */
  postLogoutUrl?: string;
}

export const todayString = (p: Platform): string => formatDay(p.today());
