// Uploaded tables (.xlsx, .csv) read within fixed bounds in a worker thread, and their rows as
// records: the registry imports and the bank's result file both read through here.
export * from './table-limits.js';
export * from './table-read.js';
export * from './table-records.js';
