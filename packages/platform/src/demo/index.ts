// Synthetic demo data (合成), seeded only when asked for, through the same services as real work.
export * from './demo.js';
export { JIAOJIANG_DEMO_TALENT_ID_NUMBER } from './housing-vouchers-demo.js';
