// One-stop applications (最多跑一次): filing, evidence, submission and withdrawal, returns for missing
// materials, the queue, deadlines in working days and escalation of overdue ones.
export * from './application-events.js';
export * from './applications.js';
export * from './periods.js';
export * from './upload-access.js';
