// The workflow engine: a workflow is a definition (states, actions and who takes them, deadlines in
// working days, escalation, messages) with the store of its own tables; the engine runs any of them.
export * from './definition.js';
export * from './engine.js';
export * from './table-store.js';
