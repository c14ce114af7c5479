// Use cases shared by the CLI and the HTTP API (no HTTP or terminal code here).
export * from './batch.js';
export * from './calculate.js';
export * from './errors.js';
export * from './json.js';
export * from './policies.js';
export * from './population.js';
export * from './reform.js';
export * from './simulate.js';
export * from './simulate-xlsx.js';
export * from './synthetic/population.js';
