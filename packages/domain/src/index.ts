// @rencai/domain: pure validators and rules of the platform (no I/O).
export * from './idcard.js';
export * from './uscc.js';
export * from './mask.js';
export * from './bank-account.js';
export * from './workdays.js';
export * from './china-time.js';
export * from './lifecycle.js';
export * from './spreadsheet-cells.js';
export * from './worklist-progress.js';
