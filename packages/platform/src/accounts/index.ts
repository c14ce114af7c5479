// Accounts and sessions: sign-in (argon2id, throttled per name and address), sessions with CSRF tokens,
// password changes, and the administrators' account list, disabling and re-enabling.
export * from './accounts.js';
export * from './auth.js';
export * from './login-throttle.js';
