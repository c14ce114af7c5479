// Official values (官方数值): an official of the talent office proposes a dated value for one of the
// declared parameters (a half-year's new-home price, the minimum wage from a date, a county's wage
// class, the 满一年 judgement point) with its source; before a second official confirms it they see
// the past decisions it would change (each stored receipt recomputed with and without it); once
// confirmed it is laid over the packages every calculation uses — the public calculator, decisions
// and previews, the simulation. Both steps are audited; nothing is overwritten (a later value for
// the same date supersedes the earlier, which stays), so every old receipt still reproduces with
// the values of its own package version.
//
// Several processes on one database: each holds the generation it loaded; `syncOfficialValues`
// compares it with max(generation) (one indexed query) and reloads when another process confirmed.
// A server checks before its requests, at most once every KEEP_CURRENT_MS (`keepOfficialValuesCurrent`),
// so a value confirmed on one server is used by every calculation on the others within about a second.

import { createHash } from 'node:crypto';
import { fenToYuanString, formatDay, formatYuan, parseDay, type Entitlement, type ParamDef, type ParamScalar, type Reference } from '@rencai/engine';
import { checkOfficialValue, loadPolicies, OFFICIAL_PARAMETERS, officialParameter, officialValues, regionName, setOfficialValues, withOfficialValues, type OfficialParameter, type OfficialValue } from '@rencai/policies';
import { calculateRequest } from '@rencai/services';
import { appendAudit, sql, type DB, type Db, type OfficialValuesTable, type Selectable, type Transaction } from '@rencai/store';
import { type Platform, isStaff, visibleRegions, type Caller, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, PlatformError } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { displayNames } from '../accounts/index.js';
import { loadApplication } from '../applications/index.js';
import { decisionChanges, firstDecision } from '../decisions/index.js';
import { matterByCode } from '../matters/index.js';

type Row = Selectable<OfficialValuesTable>;

const STATE_LABELS: Record<Row['state'], string> = { proposed: '待确认', confirmed: '已确认（在用）', rejected: '未通过', superseded: '已被更新的数值取代' };
/** Serialises confirmations, so each gets the next generation and supersedes the right row. */
const CONFIRM_LOCK = 8_008_001;

const toValue = (r: Pick<Row, 'id' | 'policy' | 'path' | 'from_day' | 'value' | 'reference'>): OfficialValue => ({ id: r.id, policy: r.policy, path: r.path, from: parseDay(r.from_day), value: r.value as ParamScalar, reference: r.reference as Reference });

// ---------------------------------------------------------------- the values in force

/** Loads the confirmed values into this process (on start, after a confirmation); returns the generation. */
export async function loadOfficialValues(p: Platform): Promise<number> {
  const rows = await p.db.selectFrom('official_values').selectAll().where('state', '=', 'confirmed').orderBy('id').execute();
  const generation = await latestGeneration(p.db);
  setOfficialValues(rows.map(toValue), generation);
  return generation;
}

async function latestGeneration(db: Db | Transaction<DB>): Promise<number> {
  const r = await db.selectFrom('official_values').select((eb) => eb.fn.max('generation').as('g')).executeTakeFirst();
  return Number(r?.g ?? 0);
}

/** Reloads the values when another process confirmed one since this one loaded (a cheap check). */
export async function syncOfficialValues(p: Platform): Promise<void> {
  if ((await latestGeneration(p.db)) !== officialValues().generation) await loadOfficialValues(p);
}

/** How stale a server's official values may be when another server confirmed one. */
export const KEEP_CURRENT_MS = 1000;
const lastChecked = new WeakMap<Platform, number>();

/**
 * Before a request: syncs the official values when the last check is older than `maxAgeMs` (one
 * request checks, those arriving meanwhile go on with the values loaded).
 */
export async function keepOfficialValuesCurrent(p: Platform, maxAgeMs = KEEP_CURRENT_MS): Promise<void> {
  const now = Date.now();
  if (now - (lastChecked.get(p) ?? 0) < maxAgeMs) return;
  lastChecked.set(p, now);
  await syncOfficialValues(p);
}

/** The values that were in force at `generation` (0: none — the packages as shipped). */
async function valuesAt(db: Db, generation: number): Promise<OfficialValue[]> {
  if (generation <= 0) return [];
  const rows = await db
    .selectFrom('official_values')
    .selectAll()
    .where('generation', '<=', generation)
    .where((eb) => eb.or([eb('superseded_generation', 'is', null), eb('superseded_generation', '>', generation)]))
    .orderBy('id')
    .execute();
  return rows.map(toValue);
}

// ---------------------------------------------------------------- who may do what

/** The package's whole jurisdiction is within the caller's regions (a city-wide value needs city-wide staff). */
function coversPackage(c: Caller, policy: string): boolean {
  const pkg = loadPolicies().find((x) => x.meta.id === policy);
  const mine = new Set(visibleRegions(c));
  return !!pkg && pkg.meta.jurisdiction.every((r) => mine.has(r));
}

function requireProposer(c: Caller, policy?: string): void {
  const office = (c.role === 'clerk' && c.department === 'talent_office') || c.role === 'admin';
  if (!office) throw forbidden('官方数值由人才办经办人员（或系统管理员）录入');
  const covered = policy === undefined ? OFFICIAL_PARAMETERS.some((d) => coversPackage(c, d.policy)) : coversPackage(c, policy);
  if (!covered) throw forbidden('官方数值适用于政策包的全部地区（全市）：须由市级人才办经办人员录入');
}

function requireConfirmer(c: Caller, row: Row): void {
  const allowed = (c.role === 'clerk' && c.department === 'talent_office') || c.role === 'leader' || c.role === 'admin';
  if (!allowed) throw forbidden('官方数值由人才办经办人员、领导或系统管理员确认');
  if (!coversPackage(c, row.policy)) throw forbidden('该参数适用于全市：须由市级人员确认');
  if (row.proposed_by === c.userId) throw forbidden('官方数值须由录入人以外的另一人确认或退回');
}

function requireStaff(c: Caller): void {
  if (!isStaff(c)) throw forbidden('只有工作人员可以查看官方数值的录入与确认');
}

// ---------------------------------------------------------------- reading

const money = (def: ParamDef | undefined) => def?.unit === 'fen' || def?.unit === 'fen_per_m2';
const unitLabel = (def: ParamDef | undefined) => (def?.unit === 'fen_per_m2' ? '元/平方米' : def?.unit === 'fen' ? '元' : '');

/** A value as people read it: money in yuan with its unit, a choice by its label. */
function display(decl: OfficialParameter | undefined, def: ParamDef | undefined, value: unknown): string {
  if (money(def) && typeof value === 'number') return `${formatYuan(value).replace(/ 元$/, '')} ${unitLabel(def)}`;
  return decl?.choices?.find((c) => c.value === value)?.label ?? String(value);
}

function recordView(r: Row, who: Map<number, string>) {
  const decl = officialParameter(r.path);
  const def = loadPolicies().find((x) => x.meta.id === r.policy)?.params.def(r.path);
  return {
    id: r.id,
    policy: r.policy,
    path: r.path,
    label: decl?.label ?? def?.description ?? r.path,
    from: r.from_day,
    value: r.value,
    ...(money(def) && typeof r.value === 'number' ? { yuan: fenToYuanString(r.value) } : {}),
    display: display(decl, def, r.value),
    reference: r.reference,
    state: r.state,
    stateLabel: STATE_LABELS[r.state],
    proposedBy: who.get(r.proposed_by) ?? null,
    proposedByMe: false,
    proposedAt: r.proposed_at.toISOString(),
    decidedBy: r.decided_by !== null ? (who.get(r.decided_by) ?? null) : null,
    decidedAt: r.decided_at?.toISOString() ?? null,
    rejectReason: r.reject_reason,
    generation: r.generation,
    supersededBy: r.superseded_by,
    supersededAt: r.superseded_at?.toISOString() ?? null,
  };
}

async function views(db: Db, c: Caller, rows: Row[]) {
  const who = await displayNames(db, rows.flatMap((r) => [r.proposed_by, r.decided_by]));
  return rows.map((r) => ({ ...recordView(r, who), proposedByMe: r.proposed_by === c.userId }));
}

/**
 * The parameters officials may set: each with its description, unit, what kind of date it needs,
 * why it is on the list, its dated values in force (source, example flag, and for official ones
 * who entered and confirmed them) and the proposals waiting for a second official.
 */
export async function listOfficialParameters(p: Platform, c: Caller) {
  requireStaff(c);
  await syncOfficialValues(p);
  const rows = await p.db.selectFrom('official_values').selectAll().where('state', 'in', ['confirmed', 'proposed']).orderBy('id').execute();
  const shown = await views(p.db, c, rows);
  const packages = loadPolicies();
  return OFFICIAL_PARAMETERS.map((decl) => {
    const def = packages.find((x) => x.meta.id === decl.policy)?.params.def(decl.path);
    const confirmed = shown.filter((r) => r.path === decl.path && r.state === 'confirmed');
    return {
      policy: decl.policy,
      path: decl.path,
      label: decl.label,
      description: def?.description ?? decl.label,
      unit: def?.unit ?? null,
      unitLabel: unitLabel(def),
      kind: decl.kind,
      why: decl.why,
      ...(decl.choices ? { choices: decl.choices } : {}),
      ...(decl.min !== undefined ? { minYuan: fenToYuanString(decl.min) } : {}),
      ...(decl.max !== undefined ? { maxYuan: fenToYuanString(decl.max) } : {}),
      mayPropose: mayPropose(c, decl.policy),
      values: (def?.values ?? []).map((v) => {
        const official = confirmed.find((r) => r.from === formatDay(v.from));
        return {
          from: formatDay(v.from),
          ...(v.to !== undefined ? { to: formatDay(v.to) } : {}),
          value: v.value,
          ...(money(def) && typeof v.value === 'number' ? { yuan: fenToYuanString(v.value) } : {}),
          display: display(decl, def, v.value),
          reference: v.reference,
          ...(v.example ? { example: true } : {}),
          ...(official ? { official: { id: official.id, proposedBy: official.proposedBy, confirmedBy: official.decidedBy, confirmedAt: official.decidedAt } } : {}),
        };
      }),
      pending: shown.filter((r) => r.path === decl.path && r.state === 'proposed'),
    };
  });
}

function mayPropose(c: Caller, policy: string): boolean {
  try {
    requireProposer(c, policy);
    return true;
  } catch {
    return false;
  }
}

/** Every record (any state, newest first), optionally of one parameter: the full history. */
export async function officialValueHistory(p: Platform, c: Caller, q: { path?: unknown; state?: unknown } = {}) {
  requireStaff(c);
  let query = p.db.selectFrom('official_values').selectAll();
  if (q.path !== undefined && q.path !== '') {
    if (typeof q.path !== 'string' || !officialParameter(q.path)) throw fieldError('path', '不是可录入官方数值的参数');
    query = query.where('path', '=', q.path);
  }
  if (q.state !== undefined && q.state !== '') {
    if (typeof q.state !== 'string' || !(q.state in STATE_LABELS)) throw fieldError('state', `状态应为 ${Object.keys(STATE_LABELS).join('、')} 之一`);
    query = query.where('state', '=', q.state as Row['state']);
  }
  return views(p.db, c, await query.orderBy('id', 'desc').limit(500).execute());
}

async function loadRecord(db: Db, id: number): Promise<Row> {
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound('该官方数值');
  const row = await db.selectFrom('official_values').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('该官方数值');
  return row;
}

// ---------------------------------------------------------------- proposing

export async function proposeOfficialValue(p: Platform, c: Caller, body: unknown) {
  requireProposer(c); // who may enter any value at all, before the input is looked at
  await syncOfficialValues(p);
  const checked = checkOfficialValue((body ?? {}) as Record<string, unknown>, loadPolicies(), p.today());
  if (!checked.ok) throw badInput(checked.errors);
  const v = checked.value;
  requireProposer(c, v.policy);
  const from = formatDay(v.from);
  const open = await p.db.selectFrom('official_values').select('id').where('policy', '=', v.policy).where('path', '=', v.path).where('from_day', '=', from).where('state', '=', 'proposed').executeTakeFirst();
  if (open) throw pendingConflict(open.id);
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('official_values')
        .values({ policy: v.policy, path: v.path, from_day: from, value: JSON.stringify(v.value), reference: JSON.stringify(v.reference), proposed_by: c.userId })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'official_value.propose', entity: 'official_value', entityId: r.id, region: null, detail: { policy: v.policy, path: v.path, from, value: v.value, reference: v.reference } });
      return r;
    });
    return (await views(p.db, c, [row]))[0]!;
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const winner = await p.db.selectFrom('official_values').select('id').where('policy', '=', v.policy).where('path', '=', v.path).where('from_day', '=', from).where('state', '=', 'proposed').executeTakeFirst();
    throw pendingConflict(winner?.id);
  }
}

const pendingConflict = (id: number | undefined) =>
  new PlatformError(409, `该参数同一起始日期已有待确认的数值${id ? ` #${id}` : ''}：请先确认或退回`, [{ path: 'from', message: `已有待确认的数值${id ? ` #${id}` : ''}` }]);

// ---------------------------------------------------------------- the decisions a value would change

export interface AffectedDecision {
  applicationId: number;
  matter: string;
  matterName: string;
  region: string;
  regionName: string;
  /** The amount the rules gave when it was decided. */
  decidedFen: number;
  /** What the rules give now, with the values in force. */
  beforeFen: number;
  /** What they would give with the proposed value. */
  afterFen: number;
  differenceFen: number;
}

/**
 * The past decisions (within the caller's regions) the proposed value would change: each stored
 * receipt recomputed with the values in force and again with the proposed value applied, listed
 * where the two amounts differ. The token names this list; confirming needs it, so the confirming
 * official has seen what they confirm.
 */
export async function officialValueImpact(p: Platform, c: Caller, id: number) {
  requireStaff(c);
  await syncOfficialValues(p);
  const row = await loadRecord(p.db, id);
  if (row.state !== 'proposed') throw conflict(`该数值${STATE_LABELS[row.state]}，不再待确认`);
  const impact = await computeImpact(p, c, row);
  return { proposal: (await views(p.db, c, [row]))[0]!, ...impact };
}

async function computeImpact(p: Platform, c: Caller, row: Row) {
  const { values, generation } = officialValues();
  const proposed = toValue(row);
  const withProposal = [...values.filter((v) => !(v.policy === proposed.policy && v.path === proposed.path && v.from === proposed.from)), proposed];
  const before = await withOfficialValues(values, () => decisionChanges(p, c));
  const after = await withOfficialValues(withProposal, () => decisionChanges(p, c));
  const nowFen = new Map(before.map((d) => [d.applicationId, d.nowFen]));
  const affected: AffectedDecision[] = after
    .map((d) => {
      const beforeFen = nowFen.get(d.applicationId) ?? d.decidedFen;
      return { applicationId: d.applicationId, matter: d.matter, matterName: d.matterName, region: d.region, regionName: regionName(d.region), decidedFen: d.decidedFen, beforeFen, afterFen: d.nowFen, differenceFen: d.nowFen - beforeFen };
    })
    .filter((d) => d.afterFen !== d.beforeFen);
  const token = createHash('sha256').update(JSON.stringify({ id: row.id, generation, affected })).digest('hex').slice(0, 24);
  return { generation, affected, token };
}

// ---------------------------------------------------------------- confirming and rejecting

/**
 * A second official confirms a proposed value, having seen the decisions it changes (the token of
 * that list). The value supersedes a confirmed one for the same date (which stays, superseded), is
 * audited with the affected decisions, and from now on every calculation uses it.
 */
export async function confirmOfficialValue(p: Platform, c: Caller, id: number, body: { impactToken?: unknown } = {}) {
  requireStaff(c);
  await syncOfficialValues(p);
  const row = await loadRecord(p.db, id);
  requireConfirmer(c, row);
  if (row.state !== 'proposed') throw conflict(`该数值${STATE_LABELS[row.state]}，不能再确认`);
  if (typeof body.impactToken !== 'string' || !body.impactToken) throw fieldError('impactToken', '请先查看该数值会改变的历史核定，再确认（impactToken 为查看时返回的令牌）');
  const impact = await computeImpact(p, c, row);
  if (impact.token !== body.impactToken) throw new PlatformError(409, '该数值会改变的历史核定已有变化：请重新查看后再确认', [{ path: 'impactToken', message: '已过时' }]);
  const done = await p.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${CONFIRM_LOCK})`.execute(trx);
    if ((await latestGeneration(trx)) !== impact.generation) throw conflict('其间已有其他官方数值被确认：请重新查看受影响的历史核定后再确认');
    const generation = impact.generation + 1;
    const now = new Date();
    const previous = await trx.selectFrom('official_values').select(['id']).where('policy', '=', row.policy).where('path', '=', row.path).where('from_day', '=', row.from_day).where('state', '=', 'confirmed').executeTakeFirst();
    if (previous) await trx.updateTable('official_values').set({ state: 'superseded', superseded_by: row.id, superseded_generation: generation, superseded_at: now }).where('id', '=', previous.id).execute();
    const updated = await trx
      .updateTable('official_values')
      .set({ state: 'confirmed', decided_by: c.userId, decided_at: now, generation, impact: JSON.stringify(impact.affected) })
      .where('id', '=', row.id)
      .where('state', '=', 'proposed')
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw conflict('该数值已由他人处理，请刷新后查看');
    await appendAudit(trx, {
      actorId: c.userId,
      actorRole: c.role,
      action: 'official_value.confirm',
      entity: 'official_value',
      entityId: row.id,
      region: null,
      detail: { policy: row.policy, path: row.path, from: row.from_day, value: row.value, proposedBy: row.proposed_by, generation, supersedes: previous?.id ?? null, affected: impact.affected.map((a) => ({ applicationId: a.applicationId, beforeFen: a.beforeFen, afterFen: a.afterFen })) },
    });
    const label = officialParameter(row.path)?.label ?? row.path;
    await sendMessages(trx, [{ userId: row.proposed_by, text: `您录入的官方数值「${label}」（${row.from_day} 起）已由${c.displayName}确认，自即日起用于计算${impact.affected.length ? `；影响历史核定 ${impact.affected.length} 件` : ''}。` }]);
    return updated;
  });
  await loadOfficialValues(p);
  return { record: (await views(p.db, c, [done]))[0]!, affected: impact.affected };
}

export async function rejectOfficialValue(p: Platform, c: Caller, id: number, reason: unknown) {
  requireStaff(c);
  const row = await loadRecord(p.db, id);
  requireConfirmer(c, row);
  if (row.state !== 'proposed') throw conflict(`该数值${STATE_LABELS[row.state]}，不能再退回`);
  if (typeof reason !== 'string' || reason.trim().length < 2 || reason.length > 500) throw fieldError('reason', '退回须说明理由（2–500 字）');
  const done = await p.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('official_values')
      .set({ state: 'rejected', decided_by: c.userId, decided_at: new Date(), reject_reason: reason.trim() })
      .where('id', '=', row.id)
      .where('state', '=', 'proposed')
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw conflict('该数值已由他人处理，请刷新后查看');
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'official_value.reject', entity: 'official_value', entityId: row.id, region: null, detail: { policy: row.policy, path: row.path, from: row.from_day, reason: reason.trim() } });
    const label = officialParameter(row.path)?.label ?? row.path;
    await sendMessages(trx, [{ userId: row.proposed_by, text: `您录入的官方数值「${label}」（${row.from_day} 起）已被${c.displayName}退回：${reason.trim()}` }]);
    return updated;
  });
  return (await views(p.db, c, [done]))[0]!;
}

// ---------------------------------------------------------------- reproducing an old receipt

/**
 * Recomputes a stored decision from its receipt alone — the recorded facts, the application date
 * and the package versions — with the official values that were in force for those versions
 * (found among the generations), and says whether it gives the recorded amount.
 */
export async function reproduceDecision(p: Platform, c: Caller, applicationId: number) {
  requireStaff(c);
  const app = await loadApplication(p, c, applicationId);
  const d = await firstDecision(p.db, applicationId);
  if (!d) throw notFound('该申报件的核定结果');
  const matter = matterByCode(app.matter);
  const stored = new Map(d.policies.map((x) => [x.id, x.version]));
  const latest = await latestGeneration(p.db);
  for (let g = latest; g >= 0; g--) {
    const values = await valuesAt(p.db, g);
    const versions = withOfficialValues(values, () => loadPolicies().map((x) => [x.meta.id, x.version] as const));
    if (![...stored].every(([id, v]) => versions.some(([i, w]) => i === id && w === v))) continue;
    const result = withOfficialValues(values, () => calculateRequest({ profile: d.facts, date: d.as_of }));
    const mine = (e: Entitlement) => (matter?.rules ?? []).includes(e.rule) && e.status === 'granted';
    const reproducedFen = result.entitlements.filter(mine).reduce((s, e) => s + (e.totalFen ?? e.amountFen ?? 0), 0);
    return {
      applicationId,
      asOf: d.as_of,
      policies: d.policies,
      generation: g,
      officialValues: values.map((v) => v.id),
      decidedFen: d.computed_fen,
      reproducedFen,
      reproduced: reproducedFen === d.computed_fen && result.policies.every((x) => !stored.has(x.id) || stored.get(x.id) === x.version),
    };
  }
  return { applicationId, asOf: d.as_of, policies: d.policies, generation: null, officialValues: [], decidedFen: d.computed_fen, reproducedFen: null, reproduced: false, reason: '该核定所用的政策包版本已不在本系统中（规则或参数文件已更新）' };
}
