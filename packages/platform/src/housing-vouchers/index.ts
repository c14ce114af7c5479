// 椒江 人才房票 (talent housing vouchers): issued after the 房票联审 with the amount and validity the
// approver sets within local parameters, bound to the person; registered sellers redeem them once
// against a purchase contract, and the value enters the payment ledger when redeemed.
export * from './vouchers.js';
