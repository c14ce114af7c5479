// The catalogue of service matters (事项): who applies, under which clauses, with which materials,
// reviewed by which departments, within how many working days.
export * from './matters.js';
