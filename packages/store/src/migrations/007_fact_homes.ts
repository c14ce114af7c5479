// Fact homes, per-rule decisions and ledger attribution:
//
// 1. Homes for the facts the rules read that the registry could not hold: a person's talent facts
//    (persons.facts: urgent-need major, fresh graduate, college), an employer's facts (employers.facts:
//    live-stream anchors, talent start-up projects), and the facts a tier recognition establishes
//    besides qualifications and tiers (recognitions.facts: programme selection, art. 17
//    recommendation, county recommendation, postdoc station). Employment entries (jsonb) gain their
//    own fields without a schema change.
//
// 2. Decisions per rule: an application may be decided more than once — first the rules whose facts
//    are known, later the rules left open once their facts are recorded — each decision a receipt of
//    its own (decisions.seq), with the rules it decided (decisions.rules) and those it left open
//    (decisions.open); `pending` marks an adjusted amount awaiting its second approver.
//    applications.open_rules lists the rules still open; an approved application with open rules
//    keeps holding its benefit period (the unique indexes of migration 005 are rebuilt with that
//    condition), so the open rules cannot be claimed again elsewhere meanwhile.
//
// 3. Ledger attribution: ledger.subject_person_id names the person a grant is for when that is not the
//    payee (the expert of an enterprise's salary subsidy); the year of such a grant is the year
//    claimed. Existing rows are not changed (the ledger is append-only): queries read the expert
//    and the claimed year of older salary-subsidy grants from their application.

import { sql, type Kysely } from 'kysely';

const HOLDING = `state in ('draft', 'submitted', 'returned', 'reviewing', 'scheduled', 'paid') or (state = 'approved' and open_rules <> '[]'::jsonb)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table persons add column facts jsonb not null default '{}';
alter table employers add column facts jsonb not null default '{}';
alter table recognitions add column facts jsonb not null default '{}';

alter table decisions drop constraint decisions_pkey;
alter table decisions add column seq int not null default 1;
alter table decisions add primary key (application_id, seq);
alter table decisions add column pending boolean not null default false;
alter table decisions add column rules jsonb not null default '[]';
alter table decisions add column open jsonb not null default '[]';
update decisions d set pending = true
  from applications a
  where a.id = d.application_id and a.state = 'reviewing' and d.approved_fen <> d.computed_fen and d.second_approver is null;

alter table applications add column open_rules jsonb not null default '[]';
drop index applications_one_open_person;
drop index applications_one_open_employer;
`.execute(db);
  await sql
    .raw(
      `create unique index applications_one_open_person on applications (person_id, matter, period_key) where applicant_kind = 'person' and (${HOLDING});
create unique index applications_one_open_employer on applications (employer_id, matter, period_key) where applicant_kind = 'employer' and (${HOLDING});`,
    )
    .execute(db);
  await sql`
alter table ledger add column subject_person_id bigint references persons (id);
create index ledger_subject_person on ledger (subject_person_id) where subject_person_id is not null;
`.execute(db);
}
