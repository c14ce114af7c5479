// Columnar fast path: typed-array population blocks and rule kernels generated from the same trees.
export * from './codegen.js';
export * from './layout.js';
export * from './program.js';
