// Proactive eligibility (免申即享): the engine over the registry finds who qualifies and has not applied,
// and files the application for them where the matter says so; a talent's own entitlements.
export * from './proactive.js';
