// Synthetic demo data (合成), seeded only when asked for, through the same services as real work.
export * from './demo.js';
