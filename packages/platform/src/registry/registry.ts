// The shared talent registry (人才信息云共享): one record per person across the city and its
// counties, deduplicated by ID number (keyed hash), enriched by any clerk who may see it, every
// change versioned (who, when, what before). ID numbers, phones and bank account numbers are
// encrypted at rest and masked in every view; a full value is revealed only to roles that need it,
// and every reveal is audited (bank accounts: only in the finance bureau's batch export). Every read
// is scoped to the caller in the query itself. A talent may set the 收款账户 on their own record,
// an employer's HR on their organisation's; everything else is the clerks'. Every write first finds
// the record within the caller's scope (elsewhere: 404, exactly as for a record that does not
// exist), then checks what the caller may change, then the fields. A change of 收款账户 — where
// the money goes — needs the version the caller last saw (If-Match) and a reason, is audited on
// its own, and the holder is told in an in-app message.

import { maskBankAccount, maskPhone } from '@rencai/domain';
import { formatDay, formatYuan } from '@rencai/engine';
import { qualifications, regionName } from '@rencai/policies';
import { appendAudit, type Db, type Selectable, type PersonsTable, type EmployersTable, type Transaction, type DB } from '@rencai/store';
import { idNumberColumns, type Platform, pageArgs, type Page, isStaff, mayReveal, visibleRegions, type Caller, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, preconditionRequired, type FieldError } from '../shared/index.js';
import { disciplineByKey, majorLabel } from '../talent-catalogue/index.js';
import { sendMessages } from '../messages/index.js';
import { displayNames } from '../accounts/index.js';
import { BANK_FIELDS, employerKindLabel, readEmployer, readPerson, type BankValues, type PersonValues } from './person-input.js';
import { recognitionsOf } from './recognitions.js';
import { employersInScope, personsInScope } from './scope.js';
import { recordHousingRefund, saleWithinRefundPeriod } from '../ledger/index.js';

type PersonRow = Selectable<PersonsTable>;
type EmployerRow = Selectable<EmployersTable>;

const qualName = (code: string) => qualifications().find((q) => q.code === code)?.name ?? code;

export interface PersonView {
  id: number;
  name: string;
  idNumber: string;
  phone: string | null;
  sex: string | null;
  birthDate: string | null;
  region: string;
  regionName: string;
  employerId: number | null;
  education: unknown[];
  qualifications: Array<{ code: string; name: string; obtained?: string }>;
  employment: unknown[];
  housing: Record<string, unknown>;
  /** 人才事实 the rules read (急需紧缺专业、应届毕业生、毕业院校), catalogue-shaped. */
  facts: Record<string, unknown>;
  /** 收款账户: the bank and the masked number (null when none is registered); omitted for employers' HR. */
  bankName?: string | null;
  bankAccountMasked?: string | null;
  version: number;
  updatedAt: string;
}

/** The person as `c` may see them (without `c`: everything a view may hold — the version snapshots). */
export function personView(r: PersonRow, c?: Caller): PersonView {
  const housing = { ...r.housing } as Record<string, unknown>;
  if (r.housing.purchase) housing.purchase = { ...r.housing.purchase, priceText: formatYuan(r.housing.purchase.priceFen) };
  return {
    id: r.id,
    name: r.name,
    idNumber: r.id_masked,
    phone: r.phone_masked,
    sex: r.sex,
    birthDate: r.birth_date,
    region: r.region,
    regionName: regionName(r.region),
    employerId: r.employer_id,
    // A coded major also as people read it (name and level, the printed code beside it).
    education: r.education.map((e) => (e.majorCode ? { ...e, majorName: majorLabel(e.majorCode), majorCodeShown: disciplineByKey(e.majorCode)?.code ?? null } : e)),
    qualifications: r.qualifications.map((q) => ({ ...q, name: qualName(q.code) })),
    employment: r.employment,
    housing,
    facts: { ...(r.facts ?? {}) },
    // An employer's HR sees their staff's records but has no business with their private accounts.
    ...(c?.role === 'employer' ? {} : { bankName: r.bank_name, bankAccountMasked: r.bank_account_masked }),
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function getPersonRow(p: Platform, c: Caller, id: number, db: Db | Transaction<DB> = p.db): Promise<PersonRow> {
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound('该人员');
  const row = await personsInScope(p, c, db).selectAll('persons').where('persons.id', '=', id).executeTakeFirst();
  // Out of scope and nonexistent look the same: a county clerk cannot learn that an id exists elsewhere.
  if (!row) throw notFound('该人员（或无权查看）');
  return row;
}

export async function getPerson(p: Platform, c: Caller, id: number): Promise<PersonView & { recognitions: unknown[] }> {
  const row = await getPersonRow(p, c, id);
  const recs = await recognitionsOf(p.db, id);
  return {
    ...personView(row, c),
    // 人才层次认定: what the rules read (qualifications and tiers), with validity.
    recognitions: recs.map((r) => ({ id: r.id, qualifications: r.qualifications.map((q) => ({ ...q, name: qualName(q.code) })), tierArt19: r.tier_art19, tierArt20: r.tier_art20, facts: r.facts ?? {}, basis: r.basis, validFrom: r.valid_from, validTo: r.valid_to, applicationId: r.application_id, revokedOn: r.revoked_on, revokeReason: r.revoke_reason })),
  };
}

export async function listPersons(p: Platform, c: Caller, q: { q?: string; region?: string; page?: unknown; pageSize?: unknown }): Promise<Page<PersonView>> {
  if (!isStaff(c) && c.role !== 'employer') throw forbidden('只有工作人员和用人单位可以查询人才库');
  const { page, pageSize } = pageArgs(q.page, q.pageSize);
  let base = personsInScope(p, c);
  if (q.region) base = base.where('persons.region', '=', q.region);
  if (q.q) {
    const term = q.q.trim();
    // An exact ID number is found through its keyed hash; otherwise by name.
    base = /^\d{17}[\dXx]$/.test(term) ? base.where('persons.id_hash', '=', p.vault.lookupHash(term.toUpperCase())) : base.where('persons.name', 'like', `%${term.replace(/[%_\\]/g, '\\$&')}%`);
  }
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base.selectAll('persons').orderBy('persons.id').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { items: rows.map((r) => personView(r, c)), total, page, pageSize };
}

/** The 收款账户 columns for a registered account (number encrypted, masked copy), or all null to remove it. */
function storedBank(bank: BankValues, p: Platform) {
  return bank === null
    ? { bank_name: null, bank_account_enc: null, bank_account_masked: null }
    : { bank_name: bank.name, bank_account_enc: p.vault.encrypt(bank.account), bank_account_masked: maskBankAccount(bank.account) };
}

function stored(v: PersonValues, p: Platform) {
  const out: Record<string, unknown> = {};
  if (v.id) {
    Object.assign(out, idNumberColumns(p, v.id.number));
    out.sex = v.id.sex;
    out.birth_date = formatDay(v.id.birth);
  }
  if (v.name !== undefined) out.name = v.name;
  if (v.phone !== undefined) {
    out.phone_enc = v.phone === null ? null : p.vault.encrypt(v.phone);
    out.phone_masked = v.phone === null ? null : maskPhone(v.phone);
  }
  if (v.region !== undefined) out.region = v.region;
  if (v.employerId !== undefined) out.employer_id = v.employerId;
  if (v.education !== undefined) out.education = JSON.stringify(v.education);
  if (v.qualifications !== undefined) out.qualifications = JSON.stringify(v.qualifications);
  if (v.employment !== undefined) out.employment = JSON.stringify(v.employment);
  if (v.housing !== undefined) out.housing = JSON.stringify(v.housing);
  if (v.facts !== undefined) out.facts = JSON.stringify(v.facts);
  if (v.bank !== undefined) Object.assign(out, storedBank(v.bank, p));
  return out;
}

/** What a version snapshot keeps: the masked view, never the full ID number, phone or bank account. */
const snapshot = (r: PersonRow) => JSON.stringify(personView(r));

async function checkEmployerVisible(p: Platform, trx: Transaction<DB>, c: Caller, employerId: number | null | undefined): Promise<void> {
  if (employerId === undefined || employerId === null) return;
  const e = await employersInScope(p, c, trx, true).select('id').where('employers.id', '=', employerId).executeTakeFirst();
  if (!e) throw fieldError('employerId', '单位不存在或不在您的管辖范围');
}

export async function createPerson(p: Platform, c: Caller, input: unknown): Promise<PersonView> {
  if (!(c.role === 'clerk' || c.role === 'admin')) throw forbidden('只有人才办经办人员可以建立人才档案');
  const { values, errors } = readPerson(input, p.today(), true);
  if (!errors.length && !visibleRegions(c).includes(values.region!)) errors.push({ path: 'region', message: '只能在本地区建档' });
  if (errors.length) throw badInput(errors);
  return p.db.transaction().execute(async (trx) => {
    await checkEmployerVisible(p, trx, c, values.employerId);
    const existing = await trx.selectFrom('persons').select(['id', 'region']).where('id_hash', '=', p.vault.lookupHash(values.id!.number)).executeTakeFirst();
    if (existing) throw conflict(`该身份证号已在人才库中（${regionName(existing.region)}，编号 ${existing.id}），请在原档案上补充信息`);
    let row: PersonRow;
    try {
      row = await trx.insertInto('persons').values(stored(values, p) as never).returningAll().executeTakeFirstOrThrow();
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict('该身份证号已在人才库中');
      throw e;
    }
    await trx.insertInto('record_versions').values({ entity: 'person', entity_id: row.id, version: 1, changed_by: c.userId, reason: '建档', before: null, after: snapshot(row) }).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'person.create', entity: 'person', entityId: row.id, region: row.region });
    return personView(row);
  });
}

/** A change that touches only the 收款账户 fields (what a talent or HR may change themselves). */
const onlyStreamers = (input: unknown) => {
  const facts = typeof input === 'object' && input !== null ? (input as { facts?: unknown }).facts : undefined;
  return Object.keys(input as object).length === 1 && typeof facts === 'object' && facts !== null && !Array.isArray(facts) && Object.keys(facts).length === 1 && Array.isArray((facts as { streamers?: unknown }).streamers);
};
const onlyBankFields = (input: unknown) => typeof input === 'object' && input !== null && Object.keys(input).length > 0 && Object.keys(input).every((k) => (BANK_FIELDS as readonly string[]).includes(k));

/**
 * What a change of 收款账户 needs beyond valid fields: a reason (pushed onto `errors`) and the
 * version the caller last saw — absent: 428; stale: 409 (checked by the caller with the row).
 */
function accountChangeTerms(bankChange: boolean, expectedVersion: number | undefined, reason: string | undefined, errors: FieldError[]): void {
  if (!bankChange) return;
  if (typeof reason !== 'string' || reason.trim().length < 2) errors.push({ path: 'reason', message: '变更收款账户须说明原因（如“本人更换银行卡”），将记入审计日志并通知账户持有人' });
  if (errors.length) throw badInput(errors);
  if (expectedVersion === undefined) throw preconditionRequired('变更收款账户须带上您看到的档案版本（If-Match 请求头），以免覆盖他人刚做的修改；请刷新后重试');
}

/** An account in words, masked: “中国银行衢州分行 6217***********6789”, or “未登记”. */
const accountText = (name: string | null, masked: string | null) => (masked ? `${name ?? ''} ${masked}`.trim() : '未登记');

/** Audits a change of 收款账户 (masked values only, with the reason) and tells the holder. */
async function recordAccountChange(trx: Transaction<DB>, c: Caller, holder: { entity: 'person' | 'employer'; id: number; region: string }, before: { bank_name: string | null; bank_account_masked: string | null }, after: { bank_name: string | null; bank_account_masked: string | null }, reason: string): Promise<void> {
  await appendAudit(trx, {
    actorId: c.userId,
    actorRole: c.role,
    action: `${holder.entity}.bank_account`,
    entity: holder.entity,
    entityId: holder.id,
    region: holder.region,
    detail: { reason: reason.trim(), before: { bankName: before.bank_name, bankAccountMasked: before.bank_account_masked }, after: { bankName: after.bank_name, bankAccountMasked: after.bank_account_masked } },
  });
  const text = `收款账户已变更：${accountText(after.bank_name, after.bank_account_masked)}（原为：${accountText(before.bank_name, before.bank_account_masked)}）。办理人：${c.displayName}；原因：${reason.trim()}。如非您本人或本单位办理，请立即联系人才办。`;
  await sendMessages(trx, [holder.entity === 'person' ? { personId: holder.id, text } : { employerId: holder.id, text }]);
}

/**
 * Updates the fields given; `expectedVersion` (If-Match) refuses a stale edit with 409. Clerks change
 * any field within their regions; a talent only the 收款账户 of their own record (another id is
 * out of their scope: 404, like everything else they cannot see, whatever the body). A change of
 * 收款账户 needs `expectedVersion` (428 without) and a `reason`.
 */
export async function updatePerson(p: Platform, c: Caller, id: number, input: unknown, expectedVersion?: number, reason?: string): Promise<PersonView> {
  if (!(c.role === 'clerk' || c.role === 'admin' || c.role === 'talent')) throw forbidden('只有人才办经办人员可以修改人才档案');
  return p.db.transaction().execute(async (trx) => {
    const before = await getPersonRow(p, c, id, trx);
    if (c.role === 'talent' && !onlyBankFields(input)) throw forbidden('人才本人只能登记或修改收款账户（开户银行、银行账号），其他信息请联系人才办');
    const { values, errors } = readPerson(input, p.today(), false);
    if (values.id) errors.push({ path: 'idNumber', message: '身份证号不能修改（如有错误请联系管理员合并档案）' });
    if (values.region && !visibleRegions(c).includes(values.region)) errors.push({ path: 'region', message: '只能迁入本人管辖的地区' });
    accountChangeTerms(values.bank !== undefined, expectedVersion, reason, errors);
    // 急需紧缺专业 is looked up in the catalogue; a clerk's yes/no overrides it, only with a reason (kept in the version and audit).
    if (values.facts && values.facts.urgentMajor !== before.facts?.urgentMajor && (typeof reason !== 'string' || reason.trim().length < 2))
      errors.push({ path: 'reason', message: '人工认定“急需紧缺专业”会覆盖按急需紧缺人才目录的对照结果，须说明原因（如“经人才办研究认定”）' });
    if (errors.length) throw badInput(errors);
    if (expectedVersion !== undefined && before.version !== expectedVersion) throw conflict(`档案已被他人修改（当前版本 ${before.version}），请刷新后再改`);
    await checkEmployerVisible(p, trx, c, values.employerId);
    // A post sent back unchanged in its employer and start keeps the employer's confirmation (用人单位确认在职), which only HR gives.
    if (values.employment)
      values.employment = values.employment.map((e) => {
        const kept = before.employment.find((b) => b.start === e.start && b.employerId === e.employerId)?.confirmedOn;
        return kept ? { ...e, confirmedOn: kept } : e;
      });
    // The tenancies the apartments module recorded stay when a clerk edits the housing record.
    if (values.housing && before.housing.talentApartmentPeriods) values.housing = { ...values.housing, talentApartmentPeriods: before.housing.talentApartmentPeriods };
    const row = await trx
      .updateTable('persons')
      .set({ ...(stored(values, p) as object), version: before.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw conflict('档案已被他人修改，请刷新后再改');
    await trx.insertInto('record_versions').values({ entity: 'person', entity_id: id, version: row.version, changed_by: c.userId, reason: reason ?? null, before: snapshot(before), after: snapshot(row) }).execute();
    const sale = row.housing.purchase;
    if (sale?.sold && sale.soldDate && !before.housing.purchase?.sold) {
      // 十年内上市交易: what was granted for the purchase becomes a refund receivable in the ledger.
      const r = saleWithinRefundPeriod(sale.date, sale.soldDate);
      if (r.within) await recordHousingRefund(trx, id, row.region, sale.soldDate, c, r.clause);
    }
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'person.update', entity: 'person', entityId: id, region: row.region, detail: { fields: Object.keys(input as object), version: row.version, ...(reason ? { reason } : {}) } });
    if (values.bank !== undefined) await recordAccountChange(trx, c, { entity: 'person', id, region: row.region }, before, row, reason!);
    return personView(row, c);
  });
}

/** The employer's HR confirms that a talent holds a post with them now (用人单位确认在职), versioned and audited. */
export async function confirmEmployment(p: Platform, c: Caller, id: number): Promise<PersonView> {
  if (c.role !== 'employer' || !c.employerId) throw forbidden('只有用人单位经办人可以确认在职');
  return p.db.transaction().execute(async (trx) => {
    const before = await getPersonRow(p, c, id, trx);
    const today = formatDay(p.today());
    const idx = before.employment.findIndex((e) => (!e.end || e.end >= today) && e.start <= today && (e.employerId ?? before.employer_id) === c.employerId);
    if (idx < 0) throw conflict('人才库中没有此人在本单位的在职记录，请联系人才办补充工作经历');
    const employment = before.employment.map((e, i) => (i === idx ? { ...e, confirmedOn: today } : e));
    const row = await trx.updateTable('persons').set({ employment: JSON.stringify(employment), version: before.version + 1, updated_at: new Date() }).where('id', '=', id).where('version', '=', before.version).returningAll().executeTakeFirst();
    if (!row) throw conflict('档案已被他人修改，请刷新后再试');
    await trx.insertInto('record_versions').values({ entity: 'person', entity_id: id, version: row.version, changed_by: c.userId, reason: '用人单位确认在职', before: snapshot(before), after: snapshot(row) }).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'person.confirm_employment', entity: 'person', entityId: id, region: row.region, detail: { employerId: c.employerId, confirmedOn: today } });
    return personView(row, c);
  });
}

export async function personHistory(p: Platform, c: Caller, id: number) {
  await getPersonRow(p, c, id);
  const rows = await p.db
    .selectFrom('record_versions')
    .select(['version', 'changed_at', 'changed_by', 'reason', 'before', 'after'])
    .where('entity', '=', 'person')
    .where('entity_id', '=', id)
    .orderBy('version')
    .execute();
  const names = await displayNames(p.db, rows.map((r) => r.changed_by));
  // The snapshots hold the masked account; an employer's HR does not see it there either.
  const forCaller = (v: unknown) => {
    if (c.role !== 'employer' || typeof v !== 'object' || v === null) return v;
    const { bankName: _n, bankAccountMasked: _m, ...rest } = v as Record<string, unknown>;
    return rest;
  };
  return rows.map((r) => ({ version: r.version, changedAt: r.changed_at.toISOString(), changedBy: (r.changed_by !== null ? names.get(r.changed_by) : undefined) ?? null, reason: r.reason, before: forCaller(r.before), after: forCaller(r.after) }));
}

/** The full ID number or phone, for roles that need it; the reveal is audited in the same transaction. */
export async function revealPerson(p: Platform, c: Caller, id: number, field: unknown, purpose: unknown): Promise<{ field: string; value: string | null }> {
  if (!mayReveal(c) && c.role !== 'talent') throw forbidden('您的角色不能查看完整的身份证号或手机号');
  return p.db.transaction().execute(async (trx) => {
    const row = await getPersonRow(p, c, id, trx);
    if (field !== 'idNumber' && field !== 'phone') throw fieldError('field', '只能查看 idNumber（身份证号）或 phone（手机号）');
    if (typeof purpose !== 'string' || purpose.trim().length < 2) throw fieldError('purpose', '请说明查看完整信息的用途（将记入审计日志）');
    const enc = field === 'idNumber' ? row.id_enc : row.phone_enc;
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'person.reveal', entity: 'person', entityId: id, region: row.region, detail: { field, purpose: purpose.trim() } });
    return { field, value: enc ? p.vault.decrypt(enc) : null };
  });
}

// ---------------------------------------------------------------- employers

export interface EmployerView {
  id: number;
  uscc: string;
  name: string;
  region: string;
  regionName: string;
  kind: string;
  kindLabel: string;
  keyIndustry: boolean;
  sector: string | null;
  /** 单位事实 the rules read (“星级”主播、人才创业项目), catalogue-shaped. */
  facts: Record<string, unknown>;
  /** 收款账户: the bank and the masked number (null when none is registered); omitted for talents. */
  bankName?: string | null;
  bankAccountMasked?: string | null;
  version: number;
}

/** The employer as `c` may see it (without `c`: everything a view may hold — the version snapshots). */
export const employerView = (r: EmployerRow, c?: Caller): EmployerView => ({
  id: r.id,
  uscc: r.uscc,
  name: r.name,
  region: r.region,
  regionName: regionName(r.region),
  kind: r.kind,
  kindLabel: employerKindLabel(r.kind),
  keyIndustry: r.key_industry,
  sector: r.sector,
  facts: (r.facts ?? {}) as Record<string, unknown>,
  // A talent sees their employer's record, but its settlement account is none of their business.
  ...(c?.role === 'talent' ? {} : { bankName: r.bank_name, bankAccountMasked: r.bank_account_masked }),
  version: r.version,
});

export async function getEmployer(p: Platform, c: Caller, id: number): Promise<EmployerView> {
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound('该单位');
  const row = await employersInScope(p, c).selectAll('employers').where('employers.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('该单位（或无权查看）');
  return employerView(row, c);
}

export async function listEmployers(p: Platform, c: Caller, q: { q?: string; page?: unknown; pageSize?: unknown }): Promise<Page<EmployerView>> {
  const { page, pageSize } = pageArgs(q.page, q.pageSize);
  let base = employersInScope(p, c);
  if (q.q) base = base.where((eb) => eb.or([eb('employers.name', 'like', `%${q.q!.replace(/[%_\\]/g, '\\$&')}%`), eb('employers.uscc', '=', q.q!.toUpperCase())]));
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base.selectAll('employers').orderBy('employers.id').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { items: rows.map((r) => employerView(r, c)), total, page, pageSize };
}

export async function createEmployer(p: Platform, c: Caller, input: unknown, trxIn?: Transaction<DB>): Promise<EmployerView> {
  if (!(c.role === 'clerk' || c.role === 'admin')) throw forbidden('只有人才办经办人员可以登记单位');
  const { values, errors } = readEmployer(input, true);
  if (!errors.length && !visibleRegions(c).includes(values.region!)) errors.push({ path: 'region', message: '只能登记本地区的单位' });
  if (errors.length) throw badInput(errors);
  const run = async (trx: Transaction<DB>) => {
    const dup = await trx.selectFrom('employers').select(['id', 'region']).where('uscc', '=', values.uscc!).executeTakeFirst();
    if (dup) throw conflict(`统一社会信用代码 ${values.uscc} 已登记（${regionName(dup.region)}，编号 ${dup.id}）`);
    const row = await trx
      .insertInto('employers')
      .values({ uscc: values.uscc!, name: values.name!, region: values.region!, kind: values.kind!, key_industry: values.keyIndustry ?? false, sector: values.sector ?? null, ...(values.facts ? { facts: JSON.stringify(values.facts) } : {}), ...(values.bank ? storedBank(values.bank, p) : {}) })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.insertInto('record_versions').values({ entity: 'employer', entity_id: row.id, version: 1, changed_by: c.userId, reason: '登记', before: null, after: JSON.stringify(employerView(row)) }).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'employer.create', entity: 'employer', entityId: row.id, region: row.region });
    return employerView(row, c);
  };
  try {
    return trxIn ? await run(trxIn) : await p.db.transaction().execute(run);
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`统一社会信用代码 ${values.uscc} 已登记`);
    throw e;
  }
}

/**
 * Changes an employer's record (versioned); `expectedVersion` (the If-Match header) refuses a stale
 * edit with 409. Clerks change any field within their regions; an employer's HR only its 收款账户
 * (another id: 404, whatever the body). A change of 收款账户 needs `expectedVersion` (428 without)
 * and a `reason`.
 */
export async function updateEmployer(p: Platform, c: Caller, id: number, input: unknown, expectedVersion?: number, reason?: string): Promise<EmployerView> {
  if (!(c.role === 'clerk' || c.role === 'admin' || c.role === 'employer')) throw forbidden('只有人才办经办人员可以修改单位信息');
  return p.db.transaction().execute(async (trx) => {
    const before = Number.isSafeInteger(id) && id > 0 ? await employersInScope(p, c, trx).selectAll('employers').where('employers.id', '=', id).executeTakeFirst() : undefined;
    if (!before) throw notFound('该单位（或无权查看）');
    // An employer's own account changes only its 收款账户, or its streamers (主播, art.18: reviewed by 商务局 when claimed) with a reason.
    const ownStreamers = c.role === 'employer' && onlyStreamers(input);
    if (c.role === 'employer' && !onlyBankFields(input) && !ownStreamers) throw forbidden('用人单位经办人只能登记或修改本单位的收款账户（开户银行、银行账号）和本单位的主播，其他信息请联系人才办');
    const { values, errors } = readEmployer(input, false);
    if (values.uscc) errors.push({ path: 'uscc', message: '统一社会信用代码不能修改' });
    if (values.region && !visibleRegions(c).includes(values.region)) errors.push({ path: 'region', message: '只能迁入本人管辖的地区' });
    // 单位事实 are what the talent office recognised or assessed: the change names its document.
    if (values.facts !== undefined && (typeof reason !== 'string' || reason.trim().length < 2)) errors.push({ path: 'reason', message: '修改单位事实（“星级”主播、人才创业项目）须写明依据的认定或评定文件' });
    accountChangeTerms(values.bank !== undefined, expectedVersion, reason, errors);
    if (errors.length) throw badInput(errors);
    if (expectedVersion !== undefined && before.version !== expectedVersion) throw conflict(`单位信息已被他人修改（当前版本 ${before.version}），请刷新后再改`);
    const set: Record<string, unknown> = { version: before.version + 1, updated_at: new Date() };
    if (values.name !== undefined) set.name = values.name;
    if (values.region !== undefined) set.region = values.region;
    if (values.kind !== undefined) set.kind = values.kind;
    if (values.keyIndustry !== undefined) set.key_industry = values.keyIndustry;
    if (values.sector !== undefined) set.sector = values.sector;
    // The employer's streamers replace only the streamers; the other 单位事实 (projects) are kept.
    if (values.facts !== undefined) set.facts = JSON.stringify(ownStreamers ? { ...(before.facts ?? {}), streamers: values.facts.streamers ?? [] } : values.facts);
    if (values.bank !== undefined) Object.assign(set, storedBank(values.bank, p));
    const row = await trx.updateTable('employers').set(set).where('id', '=', id).where('version', '=', before.version).returningAll().executeTakeFirst();
    if (!row) throw conflict('单位信息已被他人修改，请刷新后再改');
    await trx.insertInto('record_versions').values({ entity: 'employer', entity_id: id, version: row.version, changed_by: c.userId, reason: reason ?? null, before: JSON.stringify(employerView(before)), after: JSON.stringify(employerView(row)) }).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'employer.update', entity: 'employer', entityId: id, region: row.region, detail: { fields: Object.keys(input as object), version: row.version } });
    if (values.bank !== undefined) await recordAccountChange(trx, c, { entity: 'employer', id, region: row.region }, before, row, reason!);
    return employerView(row, c);
  });
}

/** For the bulk import (import-export.ts): a person's columns as stored, and what a version snapshot keeps. */
export { stored as storedPersonColumns, snapshot as personSnapshot };

/**
 * The persons holding one of `degrees` whose employment began on a day in [from, to] at an employer
 * of one of `sectors`, by the person's region, each with that first day (once per person) — for
 * counts the work list reads (e.g. 数字经济博士硕士 arrivals).
 */
export async function degreeArrivals(db: Db | Transaction<DB>, opts: { degrees: readonly string[]; sectors: readonly string[]; from: string; to: string }): Promise<Array<{ personId: number; region: string; on: string }>> {
  const employers = new Set((await db.selectFrom('employers').select('id').where('sector', 'in', [...opts.sectors]).execute()).map((e) => e.id));
  if (!employers.size) return [];
  const rows = await db.selectFrom('persons').select(['id', 'region', 'education', 'employment']).execute();
  const out: Array<{ personId: number; region: string; on: string }> = [];
  for (const r of rows) {
    if (!r.education.some((e) => opts.degrees.includes(e.degree))) continue;
    const starts = r.employment.filter((e) => e.employerId !== undefined && employers.has(e.employerId) && e.start >= opts.from && e.start <= opts.to).map((e) => e.start).sort();
    if (starts.length) out.push({ personId: r.id, region: r.region, on: starts[0]! });
  }
  return out;
}
