// In-kind services (衢委发〔2020〕7号 art. 22–23, work items 15–16; seed 004's 教育券 and 特优贷): who they
// are for, 子女就学 placement requests through joint review with 教育局, partner hospitals' health-check
// slots and bookings, education vouchers redeemed once at a school, 特优贷 referrals answered by a
// partner bank, and counties' recommendations accepted by the city.
export * from './standing.js';
export * from './schooling.js';
export * from './health.js';
export * from './vouchers.js';
export * from './loans.js';
export * from './recommendations.js';
