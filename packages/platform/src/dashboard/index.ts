// The leaders' dashboard: talents, money and applications within the caller's regions and a date range,
// and the same as an Excel workbook.
export * from './stats-export.js';
export * from './stats.js';
