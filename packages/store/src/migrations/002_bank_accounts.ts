// 收款账户: the bank account a grant is paid into, for persons and for employers (employer-side
// grants). The bank's name in clear; the account number encrypted like ID numbers and phones
// (id_enc, phone_enc) plus its masked form for every view. An account is registered whole or not
// at all: the three columns are all set or all null.

import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table persons
  add column bank_name text,
  add column bank_account_enc text,
  add column bank_account_masked text,
  add constraint persons_bank_account_whole check (
    (bank_name is null) = (bank_account_enc is null) and (bank_account_enc is null) = (bank_account_masked is null)
  );

alter table employers
  add column bank_name text,
  add column bank_account_enc text,
  add column bank_account_masked text,
  add constraint employers_bank_account_whole check (
    (bank_name is null) = (bank_account_enc is null) and (bank_account_enc is null) = (bank_account_masked is null)
  );
`.execute(db);
}
