// Bulk imports and exports: persons and employers from Excel or CSV (row-by-row report), their import
// templates, masked registry exports and the application queue as a spreadsheet — every cell formula-safe.
export * from './import-export.js';
export * from './import-templates.js';
export * from './queue-export.js';
