// 乡土人才 three-level database (issue 18 item 2): county → township → village by administrative
// division codes, speciality and level, training received, counts, and the figures of work item 9.3.
export * from './specialities.js';
export * from './talents.js';
