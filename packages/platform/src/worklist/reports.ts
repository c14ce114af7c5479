// Units' reports against the work list: what each unit owes for which period and by when, a draft
// with the period's figure, a narrative and evidence files, the moves of the report workflow
// (submit → sign → accept, or returned once), and corrections of an accepted figure. Every query is
// scoped: a unit's staff see only their unit's duties (a county only its own), the talent office
// and leaders the regions they oversee; a report outside that answers 404 like a missing one.

import { parsePeriod } from '@rencai/domain';
import { formatDay, parseDay } from '@rencai/engine';
import { MEASURE_LABELS } from '@rencai/policies';
import { appendAudit, checkEvidence } from '@rencai/store';
import { badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, todayString, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { clerksOf, displayNames, unitAccounts } from '../accounts/index.js';
import { sendMessages } from '../messages/index.js';
import { clock, move, type Trx } from '../workflow/index.js';
import { areaName, dueOf, dutiesOf, maysee, periodsOf, seesWorkList, splits, targetEntries, targetEntry, unitName, type Duty } from './catalogue.js';
import { REPORT_STATE_LABELS, reportLabel, reportWorkflow, type ReportAction, type ReportRow } from './workflow.js';

/** Calendar days after a period's due date during which it can still be reported late; then it is closed. */
export const CLOSE_AFTER_DAYS = 365;
const MAX_NARRATIVE = 2000;
const MAX_FIGURE = 1_000_000_000;

/** A figure as stored: whole hundredths. */
export const toCenti = (v: number): number => Math.round(v * 100);
export const fromCenti = (c: number | null): number | null => (c === null ? null : c / 100);

function requireSees(c: Caller): void {
  if (!seesWorkList(c)) throw notFound('工作清单');
}

/** A report the caller may see, or 404. */
async function loadReport(db: Platform['db'] | Trx, c: Caller, id: number): Promise<ReportRow> {
  requireSees(c);
  const row = Number.isSafeInteger(id) ? await db.selectFrom('worklist_reports').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  if (!row || !maysee(c, row)) throw notFound('该填报');
  return row;
}

// ------------------------------------------------------------------ what is owed

export interface DutyRow {
  targetId: string;
  indicator: string;
  itemNo: string | null;
  taskTitle: string | null;
  measure: string;
  unit: string;
  unitName: string;
  region: string;
  areaName: string;
  period: string;
  periodLabel: string;
  dueOn: string;
  overdue: boolean;
  report: { id: number; state: string; stateLabel: string; value: number | null; revision: number; returnedOnce: boolean } | null;
}

/**
 * Every duty × period the caller sees, newest period first, with its current report (the open
 * revision if there is one, else the accepted one). Filters: targetId, period, unit, region, state
 * (todo: not yet signed by the unit; review: waiting for the talent office; accepted; late).
 */
export async function listDuties(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<DutyRow[]> {
  requireSees(c);
  const today = todayString(p);
  const split = await splits(p.db);
  const duties: Array<Duty & { entry: ReturnType<typeof targetEntries>[number] }> = [];
  for (const entry of targetEntries()) for (const d of dutiesOf(entry, split.get(entry.target.id))) if (maysee(c, d)) duties.push({ ...d, entry });
  const want = (k: string) => (typeof query[k] === 'string' && query[k] !== '' ? (query[k] as string) : undefined);
  const rows = duties.length
    ? await p.db
        .selectFrom('worklist_reports')
        .selectAll()
        .where('state', '<>', 'superseded')
        .where('target_id', 'in', [...new Set(duties.map((d) => d.targetId))])
        .execute()
    : [];
  const current = new Map<string, ReportRow>();
  for (const r of rows) {
    const k = `${r.target_id}|${r.unit}|${r.region}|${r.period}`;
    const had = current.get(k);
    if (!had || r.revision > had.revision) current.set(k, r);
  }
  const out: DutyRow[] = [];
  for (const d of duties) {
    if (want('targetId') && d.targetId !== want('targetId')) continue;
    if (want('unit') && d.unit !== want('unit')) continue;
    if (want('region') && d.region !== want('region')) continue;
    for (const period of periodsOf(d.entry, today)) {
      if (want('period') && period.id !== want('period')) continue;
      const r = current.get(`${d.targetId}|${d.unit}|${d.region}|${period.id}`);
      const dueOn = dueOf(p, period);
      const unitDone = !!r && ['signed', 'accepted'].includes(r.state);
      out.push({
        targetId: d.targetId,
        indicator: d.entry.target.indicator,
        itemNo: d.entry.item?.no ?? null,
        taskTitle: d.entry.task?.title ?? null,
        measure: MEASURE_LABELS[d.entry.target.measure],
        unit: d.unit,
        unitName: unitName(d.unit),
        region: d.region,
        areaName: areaName(d.region),
        period: period.id,
        periodLabel: period.label,
        dueOn,
        overdue: !unitDone && dueOn < today,
        report: r ? { id: r.id, state: r.state, stateLabel: REPORT_STATE_LABELS[r.state], value: fromCenti(r.value_centi), revision: r.revision, returnedOnce: r.returned_once } : null,
      });
    }
  }
  const state = want('state');
  const filtered = out.filter((x) => {
    if (!state) return true;
    if (state === 'todo') return !x.report || ['draft', 'submitted', 'returned'].includes(x.report.state);
    if (state === 'review') return x.report?.state === 'signed';
    if (state === 'accepted') return x.report?.state === 'accepted';
    if (state === 'late') return x.overdue;
    throw fieldError('state', '筛选条件应为 todo（待填报）、review（待审核）、accepted（已采纳）或 late（逾期）之一');
  });
  return filtered.sort((a, b) => (a.period === b.period ? (a.itemNo ?? '').localeCompare(b.itemNo ?? '', 'en', { numeric: true }) : a.period < b.period ? 1 : -1));
}

// ------------------------------------------------------------------ one report

export async function getReport(p: Platform, c: Caller, id: number) {
  const r = await loadReport(p.db, c, id);
  const entry = targetEntry(r.target_id)!;
  const events = await p.db.selectFrom('worklist_report_events').selectAll().where('report_id', '=', id).orderBy('id').execute();
  const files = await p.db.selectFrom('worklist_report_files').select(['sha256', 'mime', 'size', 'name', 'added_at']).where('report_id', '=', id).orderBy('id').execute();
  const revisions = await p.db.selectFrom('worklist_reports').select(['id', 'revision', 'state', 'value_centi', 'correction_reason', 'accepted_at']).where('target_id', '=', r.target_id).where('unit', '=', r.unit).where('region', '=', r.region).where('period', '=', r.period).orderBy('revision').execute();
  const names = await displayNames(p.db, events.map((e) => e.actor_id));
  const period = parsePeriod(r.period)!;
  return {
    id: r.id,
    targetId: r.target_id,
    indicator: entry.target.indicator,
    sentence: entry.target.sentence,
    itemNo: entry.item?.no ?? null,
    itemText: entry.item?.text ?? null,
    measure: MEASURE_LABELS[entry.target.measure],
    unit: r.unit,
    unitName: unitName(r.unit),
    region: r.region,
    areaName: areaName(r.region),
    period: r.period,
    periodLabel: period.label,
    revision: r.revision,
    correctionReason: r.correction_reason,
    value: fromCenti(r.value_centi),
    narrative: r.narrative,
    state: r.state,
    stateLabel: REPORT_STATE_LABELS[r.state],
    version: r.version,
    dueOn: r.due_on,
    clock: clock(reportWorkflow, p.calendar, p.today(), r),
    returnReason: r.return_reason,
    returnedOnce: r.returned_once,
    files: files.map((f) => ({ sha256: f.sha256, mime: f.mime, size: f.size, name: f.name, addedAt: f.added_at.toISOString() })),
    history: events.map((e) => ({ action: e.action, from: e.from_state, to: e.to_state, toLabel: REPORT_STATE_LABELS[e.to_state as ReportRow['state']] ?? e.to_state, actor: e.actor_id ? (names.get(e.actor_id) ?? null) : '系统', reason: e.reason, at: e.created_at.toISOString() })),
    revisions: revisions.map((x) => ({ id: x.id, revision: x.revision, state: x.state, stateLabel: REPORT_STATE_LABELS[x.state], value: fromCenti(x.value_centi), correctionReason: x.correction_reason, acceptedAt: x.accepted_at?.toISOString() ?? null })),
    actions: availableActions(c, r),
  };
}

function availableActions(c: Caller, r: ReportRow): string[] {
  const out: string[] = [];
  for (const [name, a] of Object.entries(reportWorkflow.actions)) if ((a.from as readonly string[]).includes(r.state) && (a.takers as readonly string[]).includes(c.role)) out.push(name);
  if (r.state === 'signed' && r.returned_once) return out.filter((x) => x !== 'return');
  if (c.role === 'unit_reporter' && ['draft', 'returned'].includes(r.state)) out.push('edit');
  if (c.role === 'unit_reporter' && r.state === 'accepted') out.push('correct');
  return out;
}

// ------------------------------------------------------------------ writing a figure

/** A figure as the indicator counts it: a whole, non-negative count, or a percentage with at most two decimals. */
export function readFigure(measure: keyof typeof MEASURE_LABELS, raw: unknown, unit: unknown, path = 'value'): number {
  if (unit !== undefined && unit !== null && unit !== '' && unit !== MEASURE_LABELS[measure])
    throw fieldError('unit', `该指标的计量单位为「${MEASURE_LABELS[measure]}」，不能按「${String(unit).slice(0, 10)}」填报`);
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isFinite(n)) throw fieldError(path, '请填写数值');
  if (n < 0) throw fieldError(path, '数值不能为负数');
  if (measure === 'percent') {
    if (n > 100) throw fieldError(path, '比例应在 0–100（%）之间');
    if (Math.abs(n * 100 - Math.round(n * 100)) > 1e-9) throw fieldError(path, '比例最多保留两位小数');
  } else {
    if (!Number.isInteger(n)) throw fieldError(path, `该指标按「${MEASURE_LABELS[measure]}」计数，应为整数`);
    if (n > MAX_FIGURE) throw fieldError(path, '数值过大，请核对');
  }
  return n;
}

export interface ReportInput {
  targetId?: unknown;
  region?: unknown;
  period?: unknown;
  value?: unknown;
  unit?: unknown;
  narrative?: unknown;
  /** A correction of the accepted figure: its reason. */
  correctionReason?: unknown;
  /** The version read, when changing an existing draft. */
  version?: unknown;
}

/**
 * Saves the caller's figure for a duty and period: a new draft, a change to the open draft (or a
 * report returned to it), or — with a reason — a correction of the accepted figure. Only the unit's
 * reporter, only for a period that has ended and is not closed.
 */
export async function saveReport(p: Platform, c: Caller, input: ReportInput): Promise<{ id: number }> {
  requireSees(c);
  if (c.role !== 'unit_reporter') throw forbidden('只有责任单位填报员可以填报');
  const errors: FieldError[] = [];
  const entry = typeof input.targetId === 'string' ? targetEntry(input.targetId) : undefined;
  if (!entry) throw fieldError('targetId', '未知的指标');
  const region = typeof input.region === 'string' && input.region ? input.region : c.department === 'counties' ? c.region : 'quzhou_city';
  const duty = dutiesOf(entry, (await splits(p.db)).get(entry.target.id)).find((d) => d.region === region);
  // Another unit's item, or another county's: as if it did not exist.
  if (!duty || !maysee(c, duty)) throw notFound('该指标的填报任务');
  const today = todayString(p);
  const period = typeof input.period === 'string' ? parsePeriod(input.period) : undefined;
  if (!period || period.kind !== (entry.item?.period ?? 'quarterly')) throw fieldError('period', `填报期次应为${(entry.item?.period ?? 'quarterly') === 'quarterly' ? '季度，如 2026Q3' : '月份，如 2026-07'}`);
  if (!periodsOf(entry, today).some((x) => x.id === period.id)) {
    if (formatDay(period.end) >= today) throw fieldError('period', `${period.label}尚未结束，不能填报`);
    throw fieldError('period', `${period.label}不在该指标的填报期内`);
  }
  const dueOn = dueOf(p, period);
  // A period closes a year after its due date for first reports; a correction of an accepted figure stays possible.
  const closed = formatDay(parseDay(dueOn) + CLOSE_AFTER_DAYS) < today;
  const value = input.value === undefined || input.value === null || input.value === '' ? null : readFigure(entry.target.measure, input.value, input.unit);
  const narrative = input.narrative === undefined ? undefined : typeof input.narrative === 'string' ? input.narrative.trim() : null;
  if (narrative === null) errors.push({ path: 'narrative', message: '进展情况应为文字' });
  else if (narrative && narrative.length > MAX_NARRATIVE) errors.push({ path: 'narrative', message: `进展情况不超过 ${MAX_NARRATIVE} 字` });
  const correction = typeof input.correctionReason === 'string' ? input.correctionReason.trim() : '';
  if (input.correctionReason !== undefined && !correction) errors.push({ path: 'correctionReason', message: '更正须说明理由' });
  if (errors.length) throw badInput(errors);

  return p.db.transaction().execute(async (trx) => {
    const key = { target_id: entry.target.id, unit: duty.unit, region: duty.region, period: period.id };
    const existing = await trx.selectFrom('worklist_reports').selectAll().where('target_id', '=', key.target_id).where('unit', '=', key.unit).where('region', '=', key.region).where('period', '=', key.period).where('state', '<>', 'superseded').orderBy('revision', 'desc').execute();
    const open = existing.find((r) => r.state !== 'accepted');
    const accepted = existing.find((r) => r.state === 'accepted');
    const audit = (id: number, action: string, detail: Record<string, unknown>) =>
      appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: `worklist_report.${action}`, entity: 'worklist_report', entityId: id, region: duty.region, detail: { ...key, ...detail } });
    if (open) {
      if (correction && open.revision === 1) throw conflict('该期填报尚未采纳，直接修改即可，无需更正');
      if (!['draft', 'returned'].includes(open.state)) throw conflict(`该期填报当前状态为「${REPORT_STATE_LABELS[open.state]}」，不能修改`);
      if (input.version !== undefined && Number(input.version) !== open.version) throw conflict('填报已被他人修改，请刷新后再操作');
      const patch = { ...(value !== null ? { value_centi: toCenti(value) } : {}), ...(narrative !== undefined ? { narrative: narrative ?? '' } : {}) };
      const row = await reportWorkflow.store.update(trx, open, patch);
      if (!row) throw conflict('填报已被他人修改，请刷新后再操作');
      await audit(open.id, 'edit', { value });
      return { id: open.id };
    }
    if (accepted && !correction) throw conflict(`${period.label}的数据已采纳，如需修改请提交更正并说明理由`);
    if (!accepted && closed) throw fieldError('period', `${period.label}的填报已于截止日后一年关闭，如需补报请联系人才办`);
    if (!accepted && correction) throw fieldError('correctionReason', '该期尚无已采纳的数据，不需要更正');
    const revision = accepted ? accepted.revision + 1 : 1;
    try {
      const row = await trx
        .insertInto('worklist_reports')
        .values({ ...key, revision, value_centi: value === null ? null : toCenti(value), narrative: narrative ?? '', due_on: dueOn, correction_reason: correction || null, created_by: c.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('worklist_report_events').values({ report_id: row.id, action: accepted ? 'correct' : 'create', from_state: null, to_state: 'draft', actor_id: c.userId, reason: correction || null }).execute();
      await audit(row.id, accepted ? 'correct' : 'create', { value, revision, ...(correction ? { reason: correction } : {}) });
      return { id: row.id };
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict('该期已有填报，请刷新后再操作');
      throw e;
    }
  });
}

// ------------------------------------------------------------------ evidence

export async function attachReportFile(p: Platform, c: Caller, id: number, name: unknown, content: Buffer): Promise<{ sha256: string; mime: string; size: number }> {
  const r = await loadReport(p.db, c, id);
  if (c.role !== 'unit_reporter') throw forbidden('只有责任单位填报员可以上传佐证材料');
  if (!['draft', 'returned'].includes(r.state)) throw conflict(`填报当前状态为「${REPORT_STATE_LABELS[r.state]}」，不能再上传佐证材料`);
  const check = checkEvidence(content);
  if (!check.ok) throw fieldError('file', check.reason);
  const sha = p.files.put(content);
  await p.db.transaction().execute(async (trx) => {
    await trx.insertInto('worklist_report_files').values({ report_id: id, sha256: sha, mime: check.mime, size: content.length, name: typeof name === 'string' && name.trim() ? name.trim().slice(0, 200) : '佐证材料', added_by: c.userId }).onConflict((oc) => oc.columns(['report_id', 'sha256']).doNothing()).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'worklist_report.file', entity: 'worklist_report', entityId: id, region: r.region, detail: { sha256: sha } });
  });
  return { sha256: sha, mime: check.mime, size: content.length };
}

export async function readReportFile(p: Platform, c: Caller, id: number, sha: string): Promise<{ mime: string; name: string; content: Buffer }> {
  await loadReport(p.db, c, id);
  const f = await p.db.selectFrom('worklist_report_files').select(['mime', 'name']).where('report_id', '=', id).where('sha256', '=', sha).executeTakeFirst();
  if (!f) throw notFound('该材料');
  return { mime: f.mime, name: f.name, content: p.files.get(sha) };
}

// ------------------------------------------------------------------ moves

/** Takes a step of the report workflow: submit, sign, send_back (with reason), return (with reason, once), accept. */
export async function actOnReport(p: Platform, c: Caller, id: number, action: unknown, body: { reason?: unknown; version?: unknown } = {}) {
  const names: ReportAction[] = ['submit', 'sign', 'send_back', 'return', 'accept'];
  if (typeof action !== 'string' || !names.includes(action as ReportAction)) throw notFound('该办理步骤');
  const a = action as ReportAction;
  const reason = typeof body.reason === 'string' ? body.reason.trim().slice(0, 500) : '';
  if ((a === 'return' || a === 'send_back') && !reason) throw fieldError('reason', '退回须说明理由');
  await p.db.transaction().execute(async (trx) => {
    const r = await loadReport(trx, c, id);
    if (body.version !== undefined && Number(body.version) !== r.version) throw conflict('填报已被他人处理，请刷新后再操作');
    if (a === 'submit' && r.value_centi === null) throw fieldError('value', '请先填写本期数值再提交');
    if (a === 'return' && r.returned_once) throw conflict('该期填报已退回过一次，不能再次退回：请与责任单位沟通后采纳，采纳后如需修改由单位提交更正');
    if (a === 'accept' && r.revision > 1) {
      const old = await trx.updateTable('worklist_reports').set({ state: 'superseded', updated_at: new Date() }).where('target_id', '=', r.target_id).where('unit', '=', r.unit).where('region', '=', r.region).where('period', '=', r.period).where('state', '=', 'accepted').returning('id').executeTakeFirst();
      if (old) await trx.insertInto('worklist_report_events').values({ report_id: old.id, action: 'supersede', from_state: 'accepted', to_state: 'superseded', actor_id: c.userId, reason: `被第 ${r.revision} 版更正取代：${r.correction_reason}` }).execute();
    }
    const patch: Record<string, unknown> = a === 'return' ? { return_reason: reason, returned_once: true } : a === 'accept' ? { accepted_at: new Date() } : {};
    const moved = await move(trx, reportWorkflow, c, r, a, reason || null, patch);
    await sendMessages(trx, await messagesFor(trx, moved, a, reason));
  });
  return getReport(p, c, id);
}

async function messagesFor(trx: Trx, r: ReportRow, a: ReportAction, reason: string) {
  const what = reportLabel(r);
  const to = async (ids: Promise<number[]>, text: string) => (await ids).map((userId) => ({ userId, text }));
  if (a === 'submit') return to(unitAccounts(trx, 'unit_head', r.unit, r.region), `待签发：${what} 已由填报员提交，请审核签发`);
  if (a === 'sign') return to(clerksOf(trx, r.region), `待审核：${what} 已由单位负责人签发报送`);
  if (a === 'send_back') return to(unitAccounts(trx, 'unit_reporter', r.unit, r.region), `单位负责人退回：${what}。理由：${reason}`);
  if (a === 'return') return to(unitAccounts(trx, 'unit_reporter', r.unit, r.region), `人才办退回修改：${what}。理由：${reason}`);
  return [...(await to(unitAccounts(trx, 'unit_reporter', r.unit, r.region), `已采纳：${what}`)), ...(await to(unitAccounts(trx, 'unit_head', r.unit, r.region), `已采纳：${what}`))];
}

/** The accepted figures of every target (current revisions), for progress: target → rows. */
export async function acceptedFigures(db: Platform['db']): Promise<Map<string, Array<{ unit: string; region: string; period: string; value: number }>>> {
  const rows = await db.selectFrom('worklist_reports').select(['target_id', 'unit', 'region', 'period', 'value_centi']).where('state', '=', 'accepted').execute();
  const out = new Map<string, Array<{ unit: string; region: string; period: string; value: number }>>();
  for (const r of rows) {
    const list = out.get(r.target_id) ?? [];
    list.push({ unit: r.unit, region: r.region, period: r.period, value: (r.value_centi ?? 0) / 100 });
    out.set(r.target_id, list);
  }
  return out;
}
