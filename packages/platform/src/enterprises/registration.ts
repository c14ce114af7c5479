// Enterprise self-registration and verification: an enterprise registers itself (统一社会信用代码
// with its GB 32100 check character, name, GB/T 4754 门类, county, size, contact) together with its
// own account, in one transaction; sending the same registration again (the same request id) answers
// with the first, never a second. A clerk of its county verifies it — it then becomes an employer in
// the registry and its account is tied to that employer — or rejects it with a reason (the enterprise
// may register again). An enterprise's account sees only its own enterprise; staff their regions;
// anything outside answers 404 like a missing record.

import { checkPhone, maskPhone, parseUscc } from '@rencai/domain';
import { REGIONS, regionName } from '@rencai/policies';
import { appendAudit, type EnterpriseSize, type EnterprisesTable, type Selectable } from '@rencai/store';
import { badInput, conflict, forbidden, isStaff, isUniqueViolation, mayReveal, notFound, visibleRegions, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { clerksOf, createUser, passwordProblems, tieAccountToEmployer } from '../accounts/index.js';
import { createEmployer, employerIdsByCode } from '../registry/index.js';
import { sendMessages } from '../messages/index.js';
import { INDUSTRIES_GBT4754, ENTERPRISE_SIZES, industryName } from './catalogue.js';

export type EnterpriseRow = Selectable<EnterprisesTable>;

export const ENTERPRISE_STATE_LABELS: Record<EnterpriseRow['state'], string> = { pending: '待核验', verified: '已核验', rejected: '未通过核验' };

export interface EnterpriseView {
  id: number;
  creditCode: string;
  name: string;
  industry: string;
  industryName: string;
  region: string;
  regionName: string;
  size: EnterpriseSize;
  sizeName: string;
  contactName: string;
  contactPhoneMasked: string;
  state: EnterpriseRow['state'];
  stateLabel: string;
  employerId: number | null;
  reason: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export const enterpriseView = (r: EnterpriseRow): EnterpriseView => ({
  id: r.id,
  creditCode: r.credit_code,
  name: r.name,
  industry: r.industry,
  industryName: industryName(r.industry),
  region: r.region,
  regionName: regionName(r.region),
  size: r.size,
  sizeName: ENTERPRISE_SIZES[r.size],
  contactName: r.contact_name,
  contactPhoneMasked: r.contact_phone_masked,
  state: r.state,
  stateLabel: ENTERPRISE_STATE_LABELS[r.state],
  employerId: r.employer_id,
  reason: r.reason,
  decidedAt: r.decided_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
});

/** Staff who deal with enterprises: the talent office's clerks, leaders and administrators. */
export const seesEnterprises = (c: Caller): boolean => c.role === 'clerk' || c.role === 'leader' || c.role === 'admin';

/** The enterprise an enterprise's account belongs to (its live registration, else its latest), or undefined. */
export async function ownEnterprise(db: Platform['db'], c: Caller): Promise<EnterpriseRow | undefined> {
  if (c.role !== 'enterprise') return undefined;
  return db.selectFrom('enterprises').selectAll().where('account_id', '=', c.userId).orderBy((eb) => eb.case().when('state', '<>', 'rejected').then(0).else(1).end()).orderBy('id', 'desc').executeTakeFirst();
}

/** The caller's verified enterprise, or a refusal in words (an enterprise only acts once verified). */
export async function verifiedEnterprise(p: Platform, c: Caller): Promise<EnterpriseRow> {
  if (c.role !== 'enterprise') throw forbidden('只有企业账号可以办理');
  const e = await ownEnterprise(p.db, c);
  if (!e || e.state !== 'verified') throw forbidden(e?.state === 'pending' ? '企业注册尚待所在县（市、区）人才办核验，核验通过后才能办理' : '企业注册未通过核验，请重新注册');
  return e;
}

const text = (v: unknown, path: string, label: string, max: number, errors: FieldError[]): string => {
  if (typeof v === 'string' && v.trim() && v.trim().length <= max) return v.trim();
  errors.push({ path, message: `请填写${label}（不超过 ${max} 字）` });
  return '';
};

export interface Registration {
  creditCode: string;
  name: string;
  industry: string;
  region: string;
  size: EnterpriseSize;
  contactName: string;
  contactPhone: string;
  username: string;
  password: string;
}

function readRegistration(input: unknown, demo: boolean): { v: Registration; errors: FieldError[] } {
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const code = parseUscc(i.creditCode);
  if (!code.ok) errors.push({ path: 'creditCode', message: i.creditCode === undefined || i.creditCode === '' ? '请填写统一社会信用代码' : code.reason });
  const name = text(i.name, 'name', '企业名称', 100, errors);
  if (typeof i.industry !== 'string' || !(i.industry in INDUSTRIES_GBT4754)) errors.push({ path: 'industry', message: '请选择所属行业（国民经济行业分类门类）' });
  if (!REGIONS.some((r) => r.code === i.region)) errors.push({ path: 'region', message: '请选择所在县（市、区）' });
  if (typeof i.size !== 'string' || !(i.size in ENTERPRISE_SIZES)) errors.push({ path: 'size', message: '请选择企业规模（大型、中型、小型、微型）' });
  const contactName = text(i.contactName, 'contactName', '联系人姓名', 30, errors);
  const phone = checkPhone(i.contactPhone);
  if (!phone.ok) errors.push({ path: 'contactPhone', message: `联系人手机号：${phone.reason}` });
  if (typeof i.username !== 'string' || !/^[A-Za-z0-9_.-]{2,32}$/.test(i.username)) errors.push({ path: 'username', message: '登录用户名为 2–32 位字母、数字、下划线、点或连字符' });
  if (!demo) errors.push(...passwordProblems(i.password, 'password', { username: typeof i.username === 'string' ? i.username : undefined }));
  return {
    v: { creditCode: code.ok ? code.value : '', name, industry: i.industry as string, region: i.region as string, size: i.size as EnterpriseSize, contactName, contactPhone: phone.ok ? phone.value : '', username: i.username as string, password: i.password as string },
    errors,
  };
}

const readRequestId = (v: unknown): string => {
  if (typeof v === 'string' && /^[A-Za-z0-9_.:-]{8,80}$/.test(v)) return v;
  throw badInput([{ path: 'requestId', message: '请求编号（Idempotency-Key）应为 8–80 位字母、数字或 _.:-，重发同一注册时不变' }]);
};

/**
 * An enterprise registers itself with its own account (no sign-in needed). The same request id sent
 * again answers with the registration it made (whatever else the body says); a 统一社会信用代码
 * already registered and not rejected, or a taken user name, is a 409.
 */
export async function registerEnterprise(p: Platform, input: unknown, requestId: unknown, opts: { /** The synthetic demo's account (published password; listed on the sign-in page). */ demo?: boolean } = {}): Promise<EnterpriseView> {
  const rid = readRequestId(requestId);
  const again = async () => p.db.selectFrom('enterprises').selectAll().where('request_id', '=', rid).executeTakeFirst();
  const first = await again();
  if (first) return enterpriseView(first);
  const { v, errors } = readRegistration(input, opts.demo === true);
  if (errors.length) throw badInput(errors);
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const live = await trx.selectFrom('enterprises').select('id').where('credit_code', '=', v.creditCode).where('state', '<>', 'rejected').executeTakeFirst();
      if (live) throw conflict(`统一社会信用代码 ${v.creditCode} 的企业已注册，请联系本企业的注册联系人或所在地人才办`);
      const accountId = await createUser(p, { username: v.username, password: v.password, displayName: `${v.name}（企业账号）`, role: 'enterprise', region: v.region }, null, { mustChangePassword: false, demo: opts.demo === true, trx });
      const e = await trx
        .insertInto('enterprises')
        .values({ credit_code: v.creditCode, name: v.name, industry: v.industry, region: v.region, size: v.size, contact_name: v.contactName, contact_phone_enc: p.vault.encrypt(v.contactPhone), contact_phone_masked: maskPhone(v.contactPhone), account_id: accountId, request_id: rid })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: accountId, actorRole: 'enterprise', action: 'enterprise.register', entity: 'enterprise', entityId: e.id, region: e.region, detail: { creditCode: e.credit_code } });
      await sendMessages(trx, (await clerksOf(trx, e.region)).map((userId) => ({ userId, text: `企业注册待核验：${e.name}（${regionName(e.region)}）` })));
      return e;
    });
    return enterpriseView(row);
  } catch (e) {
    // Two sends of one registration at once: the second finds the first's row.
    const made = await again();
    if (made) return enterpriseView(made);
    if (isUniqueViolation(e)) throw conflict(`统一社会信用代码 ${v.creditCode} 的企业已注册`);
    throw e;
  }
}

/** The caller's own enterprise (an enterprise's account), or 404. */
export async function myEnterprise(p: Platform, c: Caller): Promise<EnterpriseView> {
  const e = await ownEnterprise(p.db, c);
  if (!e) throw notFound('本账号的企业');
  return enterpriseView(e);
}

/** An enterprise the caller may see (its own account, or staff of its region), else 404. */
export async function loadEnterprise(p: Platform, c: Caller, id: number): Promise<EnterpriseRow> {
  const row = Number.isSafeInteger(id) && id > 0 ? await p.db.selectFrom('enterprises').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  const sees = row && (c.role === 'enterprise' ? row.account_id === c.userId : seesEnterprises(c) && visibleRegions(c).includes(row.region));
  if (!row || !sees) throw notFound('该企业');
  return row;
}

export const getEnterprise = async (p: Platform, c: Caller, id: number): Promise<EnterpriseView> => enterpriseView(await loadEnterprise(p, c, id));

/** Enterprises in the caller's regions (staff), newest first; filters: state, region, industry. */
export async function listEnterprises(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<EnterpriseView[]> {
  if (!seesEnterprises(c)) throw notFound('企业名录');
  const regions = visibleRegions(c);
  if (!regions.length) return [];
  let q = p.db.selectFrom('enterprises').selectAll().where('region', 'in', regions);
  if (typeof query.state === 'string' && query.state in ENTERPRISE_STATE_LABELS) q = q.where('state', '=', query.state as EnterpriseRow['state']);
  if (typeof query.region === 'string' && query.region) q = q.where('region', '=', query.region);
  if (typeof query.industry === 'string' && query.industry) q = q.where('industry', '=', query.industry);
  return (await q.orderBy('id', 'desc').limit(500).execute()).map(enterpriseView);
}

function requireVerifier(c: Caller): void {
  if (c.role !== 'clerk' && c.role !== 'admin') throw forbidden('只有人才办经办人员可以核验企业注册');
}

/**
 * A clerk of the enterprise's county verifies it: it becomes an employer in the registry (or is
 * linked to the employer already registered under its code) and its account is tied to it.
 */
export async function verifyEnterprise(p: Platform, c: Caller, id: number): Promise<EnterpriseView> {
  requireVerifier(c);
  const e = await loadEnterprise(p, c, id);
  if (e.state !== 'pending') throw conflict(`该企业注册已${ENTERPRISE_STATE_LABELS[e.state]}，不能再核验`);
  const known = (await employerIdsByCode(p, c, [e.credit_code])).get(e.credit_code);
  const row = await p.db.transaction().execute(async (trx) => {
    const employerId = known ?? (await createEmployer(p, c, { uscc: e.credit_code, name: e.name, region: e.region, kind: 'enterprise' }, trx)).id;
    const done = await trx.updateTable('enterprises').set({ state: 'verified', employer_id: employerId, decided_by: c.userId, decided_at: new Date() }).where('id', '=', e.id).where('state', '=', 'pending').returningAll().executeTakeFirst();
    if (!done) throw conflict('该企业注册已被他人处理，请刷新');
    await tieAccountToEmployer(trx, e.account_id, employerId);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'enterprise.verify', entity: 'enterprise', entityId: e.id, region: e.region, detail: { employerId, linkedExisting: known !== undefined } });
    await sendMessages(trx, [{ userId: e.account_id, text: `贵企业（${e.name}）的注册已通过核验，可以提交问题和人才需求了。` }]);
    return done;
  });
  return enterpriseView(row);
}

/** A clerk rejects a registration with a reason; the enterprise may register again. */
export async function rejectEnterprise(p: Platform, c: Caller, id: number, body: unknown): Promise<EnterpriseView> {
  requireVerifier(c);
  const reason = (body as { reason?: unknown } | null)?.reason;
  if (typeof reason !== 'string' || reason.trim().length < 2 || reason.length > 500) throw badInput([{ path: 'reason', message: '请写明未通过核验的理由（2–500 字）' }]);
  const e = await loadEnterprise(p, c, id);
  if (e.state !== 'pending') throw conflict(`该企业注册已${ENTERPRISE_STATE_LABELS[e.state]}，不能再退回`);
  const row = await p.db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('enterprises').set({ state: 'rejected', reason: reason.trim(), decided_by: c.userId, decided_at: new Date() }).where('id', '=', e.id).where('state', '=', 'pending').returningAll().executeTakeFirst();
    if (!done) throw conflict('该企业注册已被他人处理，请刷新');
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'enterprise.reject', entity: 'enterprise', entityId: e.id, region: e.region, detail: { reason: reason.trim() } });
    await sendMessages(trx, [{ userId: e.account_id, text: `贵企业（${e.name}）的注册未通过核验：${reason.trim()}` }]);
    return done;
  });
  return enterpriseView(row);
}

/** The contact's full phone number, for a clerk of the enterprise's region who states why; audited. */
export async function revealContactPhone(p: Platform, c: Caller, id: number, body: unknown): Promise<{ value: string }> {
  if (!mayReveal(c)) throw forbidden('只有人才办经办人员可以查看完整手机号');
  const purpose = (body as { purpose?: unknown } | null)?.purpose;
  if (typeof purpose !== 'string' || purpose.trim().length < 2 || purpose.length > 200) throw badInput([{ path: 'purpose', message: '请写明查看完整手机号的用途（2–200 字）' }]);
  const e = await loadEnterprise(p, c, id);
  await p.db.transaction().execute((trx) => appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'enterprise.reveal', entity: 'enterprise', entityId: e.id, region: e.region, detail: { field: 'contactPhone', purpose: purpose.trim() } }));
  return { value: p.vault.decrypt(e.contact_phone_enc) };
}

/**
 * A verified enterprise a cadre may visit: staff (the talent office, a department's reviewers,
 * leaders) of its county or the city; another county's, or one not found, answers 404; one not yet
 * verified is refused in words on the field `enterpriseId`.
 */
export async function visitableEnterprise(p: Platform, c: Caller, id: unknown): Promise<EnterpriseView & { accountId: number }> {
  const row = Number.isSafeInteger(id) && (id as number) > 0 ? await p.db.selectFrom('enterprises').selectAll().where('id', '=', id as number).executeTakeFirst() : undefined;
  if (!row || !isStaff(c) || !visibleRegions(c).includes(row.region)) throw notFound('该企业');
  if (row.state !== 'verified') throw badInput([{ path: 'enterpriseId', message: `该企业注册${ENTERPRISE_STATE_LABELS[row.state]}，核验通过后才能登记走访` }]);
  return { ...enterpriseView(row), accountId: row.account_id };
}

/** The verified enterprises in the regions (id, name, county, size, and the day they registered), by name. */
export async function verifiedEnterprisesIn(p: Platform, regions: string[]): Promise<Array<{ id: number; name: string; region: string; size: EnterpriseSize; registeredAt: Date }>> {
  if (!regions.length) return [];
  const rows = await p.db.selectFrom('enterprises').select(['id', 'name', 'region', 'size', 'created_at']).where('region', 'in', regions).where('state', '=', 'verified').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, region: r.region, size: r.size, registeredAt: r.created_at }));
}

/**
 * The verified enterprise registered for a registry employer (tied at verification), if any: for a
 * problem a cadre raises about a talent that employer employs (raiseFoundProblem needs its account).
 */
export async function verifiedEnterpriseOfEmployer(p: Platform, employerId: number | null): Promise<{ id: number; name: string; region: string; accountId: number } | undefined> {
  if (employerId === null) return undefined;
  const r = await p.db.selectFrom('enterprises').select(['id', 'name', 'region', 'account_id']).where('employer_id', '=', employerId).where('state', '=', 'verified').orderBy('id').executeTakeFirst();
  return r ? { id: r.id, name: r.name, region: r.region, accountId: r.account_id } : undefined;
}
