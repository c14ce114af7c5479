// Data at rest: owner-only files, the owner and app database roles, the data keys checked against
// the data, and the audit chain's anchors kept outside the database.
export * from './at-rest.js';
