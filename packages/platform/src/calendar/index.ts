// The working-day calendar (State Council arrangements, editable by administrators) every deadline
// is counted on.
export * from './calendar.js';
