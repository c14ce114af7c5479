// One-stop applications: filing, evidence, submission, withdrawal and returns, the queue, the
// application's workflow (deadlines in working days, escalation) and what other modules may ask of
// applications.
export * from './applications.js';
export * from './application-events.js';
export * from './periods.js';
export * from './records.js';
export * from './upload-access.js';
export * from './workflow.js';
export * from './in-kind.js';
