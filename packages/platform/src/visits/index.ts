// Cadres' visits to enterprises (走访, issue 15 item 4): the visit log with the problems found put
// into the enterprises' problem pool in the same step, a cadre's own list, and coverage per county
// and year with its .xlsx export.
export * from './visits.js';
export * from './coverage.js';
