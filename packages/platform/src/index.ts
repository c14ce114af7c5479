// @rencai/platform: the services behind the one-stop platform — registry, recognitions, matters and
// applications with joint review, the payment ledger and batches, proactive eligibility, accounts,
// audit and demo data. Every function takes the platform context and the caller.
export * from './shared/index.js';
export * from './create-platform.js';
export * from './at-rest/index.js';
export * from './accounts/index.js';
export * from './calendar/index.js';
export * from './registry/index.js';
export * from './matters/index.js';
export * from './applications/index.js';
export * from './messages/index.js';
export * from './signing/index.js';
export * from './ledger/index.js';
export * from './payments/index.js';
export * from './import-export/index.js';
export * from './proactive/index.js';
export * from './demo/index.js';
export * from './dashboard/index.js';
export * from './tables/index.js';
export * from './facts/index.js';
export * from './official-values/index.js';
