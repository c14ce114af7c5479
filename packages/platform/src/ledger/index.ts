// The payment ledger: append-only grant, payment and refund rows with their payer and shares, the caps
// across applications, and balances; money and anything redeemable moves through here exactly once.
export * from './ledger.js';
