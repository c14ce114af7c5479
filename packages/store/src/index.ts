// @rencai/store: the database (PGlite or PostgreSQL), its schema and migrations, personal-data
// encryption, the audit chain and the evidence file store.
export * from './db.js';
export * from './schema.js';
export * from './crypto.js';
export * from './audit.js';
export * from './files.js';
export * from './keyring.js';
export * from './key-check.js';
export * from './key-rotation.js';
export * from './audit-anchor.js';
export * from './fs-modes.js';
export * from './roles.js';
export * from './exclusive.js';
export { migrateToLatest, pendingMigrations } from './migrate.js';
export { sql, type Transaction, type Selectable, type Insertable } from 'kysely';
