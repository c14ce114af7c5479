// Help for key employment groups (就业帮扶, issue 18 item 5, seed 003 温岭): the dynamic file per person,
// community helpers and their communities, one-to-one assignment, the contact log, job matching against
// enterprises' open demands, outcomes, and the figures by county and month.
export * from './files.js';
export * from './casework.js';
export * from './matching.js';
export * from './figures.js';
