// The shared talent registry: persons and employers (deduplicated, versioned, personal data encrypted and
// masked), their tier recognitions, and the profile the rules read from them as of a date.
export * from './person-input.js';
export * from './profile.js';
export * from './recognition-result.js';
export * from './recognitions.js';
export * from './registry.js';
