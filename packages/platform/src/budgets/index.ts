// Budget envelopes (预算额度): appropriations per fund, payer, region and year, versioned with reasons;
// committed, paid and remaining from the ledger; the check a decision's grants go through.
export * from './budgets.js';
