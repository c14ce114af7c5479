// Accounts and sessions: sign-in (argon2id, throttled per name and address), sessions with CSRF tokens,
// password changes, the administrators' account list, disabling and re-enabling, accounts as the identity
// provider finds them (a linked staff id, a talent's person); and what other modules may
// know about accounts (display names, leaders, the demo's accounts).
export * from './accounts.js';
export * from './auth.js';
export * from './directory.js';
export * from './login-throttle.js';
export * from './linked-sign-in.js';
