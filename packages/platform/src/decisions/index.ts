// Decisions: computing what the rules give, deciding rule by rule (open rules decided later),
// adjusted amounts with a second approver, rejection, receipts and the decisions a change would alter.
export * from './decisions.js';
