// Enterprise services (issue 15): enterprises' self-registration and verification by their county,
// the problem pool answered by departments within promised working days (a workflow definition run
// by the workflow engine), and enterprises' talent demands with the office's export.
export * from './catalogue.js';
export * from './registration.js';
export * from './problems.js';
export * from './demands.js';
export * from './code.js';
