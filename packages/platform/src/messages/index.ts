// In-app messages: every module sends through here; each caller reads and marks only their own.
export * from './messages.js';
