// Leaders' contact with high-level talents (领导联系服务高层次人才, issue 18 item 4): leaders assigned to
// talents and their contact records with the problems raised (to the enterprises' pool, else a list of
// this module's own), coverage by county and leader, service teams (人才服务团) and the problems they
// solved, the yearly satisfaction survey with results by county; and the contact count the work list reads.
export * from './contacts.js';
export * from './teams.js';
export * from './survey.js';
