// 天台 和盈模式 (seed 003, 天台县创新“和盈模式”推动低收入人群持续增收):
//   “一是精准识别扶持对象。探索实践农民持股模式，按照‘公平、公正、公开’原则，根据民政低收入在册名单，
//   村干部调查核实，相关部门联审，乡镇确认公示，审定备案，精准圈定持股对象，优先照顾困难农户。2020年，
//   该县雷峰乡状塘村养鸡项目，综合考虑状塘村 30户低收入农户劳动力情况、家庭情况、收入情况等因素，选定
//   其中 9户为持股对象，年底每户获得 1000元分红。”
//
// The civil-affairs low-income list (民政低收入在册名单) as households: the head's name and ID number
// encrypted (masked copies shown; the full values revealed to a clerk with a purpose, audited), the
// village under its township under 天台, members, and the days on the list. Entered one by one or
// imported from a table (all rows or none). Selection runs on the workflow engine through the stated
// steps: village verification (村干部调查核实, with the selection date — a household not on the list
// that day is refused) → joint review (相关部门联审) → township confirmation and public notice (乡镇确认
// 公示, for a notice period in days) → filing (审定备案, after the notice period, with the shares held).
// Only 天台's clerks and the administrator see any of it; anyone else gets 404.

import { parseIdCard, safeWorkbook } from '@rencai/domain';
import { parseDay, formatDay } from '@rencai/engine';
import { appendAudit, type DividendHouseholdState, type DividendHouseholdsTable, type Selectable } from '@rencai/store';
import { idNumberColumns, badInput, conflict, fieldError, isUniqueViolation, notFound, PlatformError, todayString, visibleRegions, type Caller, type FieldError, type Platform, readDay, newWorkbook } from '../shared/index.js';
import { readTable } from '../tables/index.js';
import { move, tableStore, type Trx, type WorkflowDefinition } from '../workflow/index.js';
import { maskName } from '../cards/index.js';

export type HouseholdRow = Selectable<DividendHouseholdsTable>;

/** The county of the 和盈 model. */
export const DIVIDEND_REGION = 'tiantai';

/**
 * 天台县's townships (3 街道, 7 镇, 5 乡) with division codes laid out as the statistical division
 * codes are (街道 0xx, 镇 1xx, 乡 2xx under 331023). 示例代码: the numbers were not checked against the
 * published 统计用区划代码 — replace them with the civil-affairs bureau's list before real use.
 */
export const TIANTAI_TOWNSHIPS: ReadonlyArray<{ code: string; name: string }> = [
  { code: '331023001', name: '始丰街道' },
  { code: '331023002', name: '赤城街道' },
  { code: '331023003', name: '福溪街道' },
  { code: '331023101', name: '白鹤镇' },
  { code: '331023102', name: '石梁镇' },
  { code: '331023103', name: '街头镇' },
  { code: '331023104', name: '平桥镇' },
  { code: '331023105', name: '坦头镇' },
  { code: '331023106', name: '三合镇' },
  { code: '331023107', name: '洪畴镇' },
  { code: '331023201', name: '三州乡' },
  { code: '331023202', name: '龙溪乡' },
  { code: '331023203', name: '雷峰乡' },
  { code: '331023204', name: '南屏乡' },
  { code: '331023205', name: '泳溪乡' },
];
export const townshipName = (code: string): string => TIANTAI_TOWNSHIPS.find((t) => t.code === code)?.name ?? '';

/**
 * The public-notice period in days (乡镇确认公示). 示例值: seed 003 names the step but not its length;
 * 7 days is taken as an example, and each notice may set its own (1–60 days).
 */
export const DEFAULT_NOTICE_DAYS = 7;
export const NOTICE_DAYS_NOTE = '公示天数为示例值：种子文档 003 只写“乡镇确认公示”，未规定公示期长短，默认 7 天，可逐次填写（1–60 天）';

export const STATE_LABELS: Record<DividendHouseholdState, string> = {
  listed: '在册（待村级核实）',
  verified: '村级已核实（待部门联审）',
  reviewed: '部门联审通过（待乡镇确认公示）',
  notice: '乡镇确认公示中',
  filed: '已审定备案（持股对象）',
  excluded: '未列入持股对象',
};

type Action = 'verify' | 'review' | 'publicize' | 'file' | 'exclude';
const OFFICE = ['clerk', 'admin'] as const;

/** The selection steps as a workflow (the engine checks who may take a step and from which state). */
export const SELECTION: WorkflowDefinition<DividendHouseholdState, Action, HouseholdRow> = {
  name: 'dividend_selection',
  noun: '该户',
  states: Object.fromEntries(Object.entries(STATE_LABELS).map(([k, label]) => [k, { label }])) as WorkflowDefinition<DividendHouseholdState, Action, HouseholdRow>['states'],
  actions: {
    verify: { from: ['listed'], to: 'verified', takers: OFFICE, label: '登记村干部调查核实' },
    review: { from: ['verified'], to: 'reviewed', takers: OFFICE, label: '登记相关部门联审' },
    publicize: { from: ['reviewed'], to: 'notice', takers: OFFICE, label: '乡镇确认并公示' },
    file: { from: ['notice'], to: 'filed', takers: OFFICE, label: '审定备案' },
    exclude: { from: ['listed', 'verified', 'reviewed', 'notice'], to: 'excluded', takers: OFFICE, label: '不列入持股对象' },
  },
  workdays: () => 0,
  notify: () => [],
  escalation: { reason: () => '', messages: async () => [] },
  store: tableStore({ table: 'dividend_households', events: 'dividend_household_events', subjectColumn: 'household_id', escalatedColumn: 'escalated_at' }),
};
export const ACTION_LABELS: Record<Action, string> = Object.fromEntries(Object.entries(SELECTION.actions).map(([k, a]) => [k, a.label])) as Record<Action, string>;

// ---------------------------------------------------------------- scope

/** The regions of 和盈 records a caller may see: 天台 for its clerks and the administrator, else none. */
export function dividendRegions(c: Caller): string[] {
  if (c.role === 'admin') return [DIVIDEND_REGION];
  if (c.role === 'clerk' && visibleRegions(c).includes(DIVIDEND_REGION)) return [DIVIDEND_REGION];
  return [];
}

export function mustSeeDividends(c: Caller): string[] {
  const regions = dividendRegions(c);
  if (!regions.length) throw notFound('和盈持股分红');
  return regions;
}

export async function loadHousehold(db: Platform['db'] | Trx, c: Caller, id: unknown): Promise<HouseholdRow> {
  const regions = mustSeeDividends(c);
  const n = typeof id === 'number' ? id : typeof id === 'string' && /^[1-9][0-9]{0,14}$/.test(id) ? Number(id) : NaN;
  const row = Number.isSafeInteger(n) && n > 0 ? await db.selectFrom('dividend_households').selectAll().where('id', '=', n).where('region', 'in', regions).executeTakeFirst() : undefined;
  if (!row) throw notFound('该低收入农户');
  return row;
}

// ---------------------------------------------------------------- views

export interface HouseholdView {
  id: number;
  headName: string;
  idNumber: string;
  townshipCode: string;
  townshipName: string;
  villageCode: string;
  villageName: string;
  members: number;
  listedFrom: string;
  listedTo: string | null;
  state: DividendHouseholdState;
  stateLabel: string;
  selectionDate: string | null;
  noticeFrom: string | null;
  noticeDays: number | null;
  /** The last day of the public notice. */
  noticeTo: string | null;
  company: string | null;
  shares: number | null;
  filedOn: string | null;
  /** The steps that lead from its state, in words. */
  actions: Array<{ code: Action; label: string }>;
  history?: Array<{ action: string; label: string; stateLabel: string; reason: string | null; at: string }>;
}

const noticeTo = (r: Pick<HouseholdRow, 'notice_from' | 'notice_days'>): string | null => (r.notice_from && r.notice_days ? formatDay(parseDay(r.notice_from) + r.notice_days - 1) : null);

export function householdView(r: HouseholdRow): HouseholdView {
  return {
    id: r.id,
    headName: r.head_name_masked,
    idNumber: r.id_masked,
    townshipCode: r.township_code,
    townshipName: townshipName(r.township_code),
    villageCode: r.village_code,
    villageName: r.village_name,
    members: r.members,
    listedFrom: r.listed_from,
    listedTo: r.listed_to,
    state: r.state,
    stateLabel: STATE_LABELS[r.state],
    selectionDate: r.selection_date,
    noticeFrom: r.notice_from,
    noticeDays: r.notice_days,
    noticeTo: noticeTo(r),
    company: r.company,
    shares: r.shares,
    filedOn: r.filed_on,
    actions: (Object.keys(SELECTION.actions) as Action[]).filter((a) => (SELECTION.actions[a].from as readonly string[]).includes(r.state)).map((code) => ({ code, label: ACTION_LABELS[code] })),
  };
}

// ---------------------------------------------------------------- reading input

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const int = (v: unknown): number | null => {
  const s = text(v);
  return /^[0-9]{1,9}$/.test(s) ? Number(s) : null;
};

interface HouseholdInput {
  headName: string;
  idNumber: string;
  townshipCode: string;
  villageCode: string;
  villageName: string;
  members: number;
  listedFrom: string;
  listedTo: string | null;
}

/** Reads one household of the list; errors name the field (with `prefix`, e.g. rows[3].). */
function readHousehold(i: Record<string, unknown>, p: Platform, prefix = ''): { v: HouseholdInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const err = (path: string, message: string) => errors.push({ path: `${prefix}${path}`, message });
  const headName = text(i.headName);
  if (!/^[\u4e00-\u9fa5·]{2,20}$/.test(headName)) err('headName', '请填写户主姓名（2–20 个汉字）');
  const id = parseIdCard(text(i.idNumber), p.today());
  if (!id.ok) err('idNumber', id.reason);
  const townshipCode = text(i.townshipCode);
  const villageCode = text(i.villageCode);
  const township = TIANTAI_TOWNSHIPS.find((t) => t.code === townshipCode);
  if (!township) err('townshipCode', `乡镇（街道）代码「${townshipCode || '未填'}」不是天台县的乡镇（街道）：应为 9 位代码，如 331023203（雷峰乡）`);
  if (!/^[0-9]{12}$/.test(villageCode)) err('villageCode', '村代码应为 12 位数字（乡镇代码 9 位 + 村 3 位）');
  else if (township && !villageCode.startsWith(township.code)) err('villageCode', `村代码 ${villageCode} 不属于所填乡镇（${township.name}，${township.code}）：村代码应以所属乡镇的代码开头`);
  const villageName = text(i.villageName);
  if (!villageName || villageName.length > 30) err('villageName', '请填写村名（不超过 30 字）');
  const members = int(i.members);
  if (members === null || members < 1 || members > 30) err('members', '家庭人口应为 1–30 的整数');
  const listedFrom = readDay(i.listedFrom);
  if (!listedFrom) err('listedFrom', '请填写列入低收入名单的日期（年-月-日）');
  const toText = text(i.listedTo);
  const listedTo = toText ? readDay(toText) : null;
  if (listedTo === '') err('listedTo', '退出名单日期应为年-月-日（仍在册则不填）');
  else if (listedTo && listedFrom && listedTo < listedFrom) err('listedTo', '退出名单日期不能早于列入日期');
  return { v: { headName, idNumber: id.ok ? id.value.number : '', townshipCode, villageCode, villageName, members: members ?? 0, listedFrom, listedTo: listedTo || null }, errors };
}

const storedColumns = (p: Platform, c: Caller, v: HouseholdInput) => ({
  region: DIVIDEND_REGION,
  township_code: v.townshipCode,
  village_code: v.villageCode,
  village_name: v.villageName,
  head_name_enc: p.vault.encrypt(v.headName),
  head_name_masked: maskName(v.headName),
  ...idNumberColumns(p, v.idNumber),
  members: v.members,
  listed_from: v.listedFrom,
  listed_to: v.listedTo,
  created_by: c.userId,
});

async function insertHouseholds(p: Platform, c: Caller, list: HouseholdInput[], pathOf: (n: number) => string): Promise<number[]> {
  try {
    return await p.db.transaction().execute(async (trx) => {
      const hashes = list.map((v) => p.vault.lookupHash(v.idNumber));
      const held = hashes.length ? await trx.selectFrom('dividend_households').select(['id', 'id_hash']).where('region', '=', DIVIDEND_REGION).where('id_hash', 'in', hashes).execute() : [];
      const errors: FieldError[] = [];
      hashes.forEach((h, n) => {
        const was = held.find((x) => x.id_hash === h);
        if (was) errors.push({ path: pathOf(n), message: `该户主已在低收入名单中（编号 ${was.id}），不能重复登记` });
        else if (hashes.indexOf(h) !== n) errors.push({ path: pathOf(n), message: `该户主在本次导入中重复（第 ${hashes.indexOf(h) + 2} 行）` });
      });
      if (errors.length) throw new PlatformError(409, '户主重复', errors);
      const rows = await trx.insertInto('dividend_households').values(list.map((v) => storedColumns(p, c, v))).returning('id').execute();
      for (const r of rows) await trx.insertInto('dividend_household_events').values({ household_id: r.id, action: 'list', from_state: null, to_state: 'listed', actor_id: c.userId, reason: null }).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'dividend_household.list', entity: 'dividend_household', entityId: rows[0]?.id ?? null, region: DIVIDEND_REGION, detail: { households: rows.length } });
      return rows.map((r) => r.id);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('该户主已在低收入名单中（同时提交），请刷新后查看');
    throw e;
  }
}

/** A clerk enters one household of the low-income list. */
export async function addHousehold(p: Platform, c: Caller, input: unknown): Promise<HouseholdView> {
  const [id] = await addHouseholds(p, c, [input]);
  return getHousehold(p, c, id!);
}

/** Several households entered at once (all or none; errors named rows[n].field when more than one): their ids. */
export async function addHouseholds(p: Platform, c: Caller, inputs: unknown[]): Promise<number[]> {
  mustSeeDividends(c);
  const read = inputs.map((input, n) => readHousehold((typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>, p, inputs.length > 1 ? `rows[${n}].` : ''));
  const errors = read.flatMap((r) => r.errors);
  if (errors.length) throw badInput(errors);
  return insertHouseholds(p, c, read.map((r) => r.v), (n) => (inputs.length > 1 ? `rows[${n}].idNumber` : 'idNumber'));
}

/** The columns of the list table (民政低收入在册名单) as imported, by field. */
export const IMPORT_COLUMNS: Record<keyof HouseholdInput, string> = {
  headName: '户主姓名',
  idNumber: '身份证号',
  townshipCode: '乡镇代码',
  villageCode: '村代码',
  villageName: '村名',
  members: '家庭人口',
  listedFrom: '列入名单日期',
  listedTo: '退出名单日期',
};

/** Imports the list from an .xlsx or .csv (read within the upload bounds): every row or none; errors by row and field. */
export async function importHouseholds(p: Platform, c: Caller, content: Buffer, filename: string): Promise<{ imported: number }> {
  mustSeeDividends(c);
  const records = await readTable(content, filename);
  const missing = Object.values(IMPORT_COLUMNS).filter((h, n) => n < 7 && records.length && !(h in records[0]!));
  if (!records.length) throw fieldError('file', '表格没有数据行');
  if (missing.length) throw fieldError('file', `表格缺少列：${missing.join('、')}（第一行应为列名）`);
  if (records.length > 5000) throw fieldError('file', '一次最多导入 5000 户');
  const list: HouseholdInput[] = [];
  const errors: FieldError[] = [];
  records.forEach((rec, n) => {
    if (Object.values(rec).every((x) => !x.trim())) return;
    const raw = Object.fromEntries(Object.entries(IMPORT_COLUMNS).map(([k, h]) => [k, rec[h] ?? '']));
    const r = readHousehold(raw, p, `rows[${n + 2}].`);
    errors.push(...r.errors.map((e) => ({ path: e.path, message: `第 ${n + 2} 行：${e.message}` })));
    list.push(r.v);
  });
  if (errors.length) throw badInput(errors);
  if (!list.length) throw fieldError('file', '表格没有数据行');
  await insertHouseholds(p, c, list, (n) => `rows[${n + 2}].idNumber`);
  return { imported: list.length };
}

/** The list of 天台's households (masked), filtered by state, township or village. */
export async function listHouseholds(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<HouseholdView[]> {
  const regions = mustSeeDividends(c);
  const want = (k: string) => (typeof query[k] === 'string' && query[k] !== '' ? (query[k] as string) : undefined);
  let q = p.db.selectFrom('dividend_households').selectAll().where('region', 'in', regions);
  if (want('state') && want('state')! in STATE_LABELS) q = q.where('state', '=', want('state') as DividendHouseholdState);
  if (want('township')) q = q.where('township_code', '=', want('township')!);
  if (want('village')) q = q.where('village_code', '=', want('village')!);
  return (await q.orderBy('village_code').orderBy('id').limit(5000).execute()).map(householdView);
}

export async function getHousehold(p: Platform, c: Caller, id: unknown): Promise<HouseholdView> {
  const row = await loadHousehold(p.db, c, id);
  const events = await p.db.selectFrom('dividend_household_events').selectAll().where('household_id', '=', row.id).orderBy('id').execute();
  return {
    ...householdView(row),
    history: events.map((e) => ({ action: e.action, label: e.action === 'list' ? '列入低收入名单' : (ACTION_LABELS[e.action as Action] ?? '办理'), stateLabel: STATE_LABELS[e.to_state as DividendHouseholdState] ?? '', reason: e.reason, at: e.created_at.toISOString() })),
  };
}

/** The head's full name and ID number, for a clerk with a stated purpose; the read is audited. */
export async function revealHousehold(p: Platform, c: Caller, id: unknown, purpose: unknown): Promise<{ headName: string; idNumber: string }> {
  const row = await loadHousehold(p.db, c, id);
  const why = text(purpose);
  if (why.length < 2 || why.length > 100) throw fieldError('purpose', '请说明查看完整信息的用途（2–100 字，将记入审计日志）');
  await p.db.transaction().execute((trx) => appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'dividend_household.reveal', entity: 'dividend_household', entityId: row.id, region: row.region, detail: { fields: ['headName', 'idNumber'], purpose: why } }));
  return { headName: p.vault.decrypt(row.head_name_enc), idNumber: p.vault.decrypt(row.id_enc) };
}

// ---------------------------------------------------------------- the selection steps

/** One selection step on a household: each step's own fields checked (by name), then the engine's move. */
export async function selectionStep(p: Platform, c: Caller, id: unknown, action: unknown, input: unknown): Promise<HouseholdView> {
  await takeStep(p, c, id, action, input);
  return getHousehold(p, c, id);
}

/** The step itself, answering nothing (the demo takes several in a row). */
export async function takeStep(p: Platform, c: Caller, id: unknown, action: unknown, input: unknown): Promise<void> {
  mustSeeDividends(c);
  if (typeof action !== 'string' || !(action in SELECTION.actions)) throw fieldError('action', `办理步骤只能是：${Object.values(ACTION_LABELS).join('、')}`);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const today = todayString(p);
  await p.db.transaction().execute(async (trx) => {
    const row = await loadHousehold(trx, c, id);
    const patch: Record<string, unknown> = {};
    let reason = text(i.note ?? i.reason);
    const errors: FieldError[] = [];
    if (action === 'verify') {
      const day = readDay(i.selectionDate);
      if (!day) errors.push({ path: 'selectionDate', message: '请填写遴选日期（年-月-日）' });
      else if (day > today) errors.push({ path: 'selectionDate', message: `遴选日期不能晚于今天（${today}）` });
      else if (day < row.listed_from || (row.listed_to !== null && day > row.listed_to)) errors.push({ path: 'selectionDate', message: `该户在遴选日期 ${day} 不在民政低收入在册名单内（在册期间 ${row.listed_from} 至 ${row.listed_to ?? '今'}），不能列为持股对象` });
      if (reason.length < 2) errors.push({ path: 'note', message: '请填写村干部调查核实情况（核实人与劳动力、家庭、收入情况）' });
      patch.selection_date = day;
    } else if (action === 'review') {
      if (reason.length < 2) errors.push({ path: 'note', message: '请填写相关部门联审意见（参加部门与意见）' });
    } else if (action === 'publicize') {
      const from = readDay(i.noticeFrom);
      if (!from) errors.push({ path: 'noticeFrom', message: '请填写公示开始日期（年-月-日）' });
      else if (from > today) errors.push({ path: 'noticeFrom', message: `公示开始日期不能晚于今天（${today}）` });
      const days = i.noticeDays === undefined || i.noticeDays === null || i.noticeDays === '' ? DEFAULT_NOTICE_DAYS : int(i.noticeDays);
      if (days === null || days < 1 || days > 60) errors.push({ path: 'noticeDays', message: '公示天数应为 1–60 的整数' });
      patch.notice_from = from;
      patch.notice_days = days;
      reason = reason || `公示 ${days} 天`;
    } else if (action === 'file') {
      const ends = noticeTo(row);
      if (ends && today <= ends) errors.push({ path: 'noticeFrom', message: `公示期至 ${ends} 结束，期满后方可审定备案` });
      const company = text(i.company);
      if (company.length < 2 || company.length > 60) errors.push({ path: 'company', message: '请填写持股平台公司名称（2–60 字）' });
      const shares = int(i.shares);
      if (shares === null || shares < 1 || shares > 1_000_000) errors.push({ path: 'shares', message: '持股份数应为正整数' });
      Object.assign(patch, { company, shares, filed_on: today });
    } else if (reason.length < 2) errors.push({ path: 'reason', message: '请填写不列入持股对象的理由' });
    if (errors.length && SELECTION.actions[action as Action].from.includes(row.state)) throw badInput(errors);
    await move(trx, SELECTION, c, row, action, reason || null, errors.length ? {} : patch);
  });
}

// ---------------------------------------------------------------- the public notice

/**
 * The public-notice list (公示名单) as .xlsx: the households in notice (or, with state=filed, those
 * filed), names masked as public notices show them (张*明), ID numbers left out, every cell formula-safe.
 */
export async function exportNotice(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<Buffer> {
  const state = query.state === 'filed' ? 'filed' : 'notice';
  const rows = await listHouseholds(p, c, { state });
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('公示名单');
  ws.addRow([`天台县“和盈模式”持股对象${state === 'notice' ? '公示' : '备案'}名单`]).font = { bold: true };
  ws.addRow(['序号', '乡镇（街道）', '村', '户主', '家庭人口', '公示开始', '公示截止']).font = { bold: true };
  rows.forEach((h, n) => ws.addRow([n + 1, h.townshipName, h.villageName, h.headName, h.members, h.noticeFrom ?? '', h.noticeTo ?? '']));
  ws.addRow([]);
  ws.addRow(['说明：根据民政低收入在册名单，经村干部调查核实、相关部门联审、乡镇确认后公示；户主姓名按公示惯例部分隐去，身份证号不予公示。公示期内如有异议，请向所在乡镇（街道）反映。']);
  ws.columns.forEach((col) => (col.width = 14));
  safeWorkbook(wb);
  await p.db.transaction().execute((trx) => appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'dividend_household.notice_export', entity: 'dividend_household', entityId: null, region: DIVIDEND_REGION, detail: { state, households: rows.length } }));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
