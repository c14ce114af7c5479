// Facts the rules read, as the platform holds them: where each one lives (its home) and how a
// catalogue-shaped input of facts is checked and normalised.
export * from './fact-homes.js';
export * from './catalogue-input.js';
