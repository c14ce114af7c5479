// The shared talent registry: persons and employers (deduplicated, versioned, personal data encrypted and
// masked), their tier recognitions, the profile the rules read from them as of a date, and what other
// modules may read of it.
export * from './lookups.js';
export * from './person-input.js';
export * from './profile.js';
export * from './recognition-result.js';
export * from './recognitions.js';
export * from './registry.js';
export * from './talent-apartment.js';
