// Enterprise services (issue 15): enterprises' self-registration and verification by their county,
// the problem pool answered by departments within promised working days (a workflow definition run
// by the workflow engine), enterprises' talent demands with the office's export, and from them the
// 急需紧缺人才目录 draft and the demand white paper.
export * from './catalogue.js';
export * from './registration.js';
export * from './problems.js';
export * from './demands.js';
export * from './code.js';
export * from './white-paper.js';
export * from './white-paper-word.js';
export * from './ctos.js';
