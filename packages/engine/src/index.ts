// Public surface of the rules engine (pure: no I/O).
export * from './ast.js';
export * from './batch.js';
export * from './calculate.js';
export * from './check.js';
export * from './compile.js';
export * from './dates.js';
export * from './evaluate.js';
export * from './facts.js';
export * from './money.js';
export * from './params.js';
export * from './policy.js';
export * from './profile.js';
export * from './random.js';
export * from './trace.js';
export * from './summary.js';
export * from './units.js';
export * from './columnar/index.js';
