// Paying what the ledger says is due: a single transfer by hand, or payment batches for the finance
// bureau (exported, paid by the bank, its result file booked all at once).
export * from './batches.js';
export * from './payments.js';
