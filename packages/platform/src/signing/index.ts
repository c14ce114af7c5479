// Signed credentials (talent card, enterprise code, certificates): one Ed25519 signing service for
// every QR code the city issues, and the public keys that verify them.
export * from './signing.js';
