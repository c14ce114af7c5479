// 急需紧缺人才目录 (issue 15 item 2): the Ministry of Education's discipline codes, and the versioned
// catalogue the talent office compiles and publishes, which the rules' fact 急需紧缺专业 looks up.
// Compiling a draft from enterprises' declarations, and the demand white paper, are the
// enterprises module's (it owns the declarations).
export * from './disciplines.js';
export * from './catalogue.js';
