// Special-ability standards (专项职业能力考核规范, seed 000 开化): a county's standard is a versioned
// document — name, definition, who it applies to, ability standards, assessment content, pass mark
// and max score — where a change is a new version (dated, by whom, why) and the old ones are kept;
// a version is a draft until published. Each standard has a training and assessment syllabus (大纲,
// text sections) and a question bank (题库: 单选, 判断, 实操 items with options, answer and points).
// Staff of the standard's county read it; its clerks (and administrators) edit it and alone see the
// answers — lists, leaders' views and the candidate-facing paper never carry them. Anything outside
// the caller's regions is 404.

import { regionName } from '@rencai/policies';
import { appendAudit, type Selectable, type SkillItemKind, type SkillItemsTable, type SkillStandardStatus, type SkillStandardVersionsTable, type SkillStandardsTable } from '@rencai/store';
import { badInput, fieldError, isStaff, isUniqueViolation, notFound, visibleRegions, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { displayNames } from '../accounts/index.js';

type StandardRow = Selectable<SkillStandardsTable>;
type VersionRow = Selectable<SkillStandardVersionsTable>;
type ItemRow = Selectable<SkillItemsTable>;

export const ITEM_KINDS: Record<SkillItemKind, string> = { single: '单选题', judge: '判断题', practical: '实操题' };
export const STANDARD_STATUS: Record<SkillStandardStatus, string> = { draft: '草稿', published: '已发布' };

export interface StandardVersionView {
  version: number;
  name: string;
  definition: string;
  appliesTo: string;
  abilityStandards: string;
  assessmentContent: string;
  passMark: number;
  maxScore: number;
  status: SkillStandardStatus;
  statusLabel: string;
  source: string;
  reason: string;
  changedBy: string;
  changedAt: string;
}

export interface ItemView {
  id: number;
  kind: SkillItemKind;
  kindLabel: string;
  question: string;
  options: string[];
  points: number;
  /** Only for the standard's editors. */
  answer?: string;
}

export interface StandardView {
  id: number;
  code: string;
  region: string;
  regionName: string;
  /** The latest version (draft or published). */
  latest: StandardVersionView;
  /** The latest published version's number, or null when none is published yet. */
  publishedVersion: number | null;
  items: number;
  /** Read alone: every version (newest first), the syllabus and the question bank. */
  versions?: StandardVersionView[];
  syllabus?: Array<{ title: string; body: string }>;
  bank?: ItemView[];
  /** Whether the caller may edit it (and sees the answers). */
  editable: boolean;
}

/** Who reads standards: staff of their regions. */
export const seesSkills = isStaff;
/** Who edits a standard of a region (and sees the answers): its clerks and administrators. */
export const editsSkills = (c: Caller, region: string): boolean => (c.role === 'clerk' || c.role === 'admin') && visibleRegions(c).includes(region);

const text = (v: unknown, min: number, max: number): string | undefined => (typeof v === 'string' && v.trim().length >= min && v.trim().length <= max ? v.trim() : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) ? v : typeof v === 'string' && /^-?\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : undefined);
export const positiveId = (v: unknown): number | undefined => {
  const n = int(v);
  return n !== undefined && n > 0 ? n : undefined;
};

const versionView = (r: VersionRow, who: Map<number, string>): StandardVersionView => ({
  version: r.version,
  name: r.name,
  definition: r.definition,
  appliesTo: r.applies_to,
  abilityStandards: r.ability_standards,
  assessmentContent: r.assessment_content,
  passMark: r.pass_mark,
  maxScore: r.max_score,
  status: r.status,
  statusLabel: STANDARD_STATUS[r.status],
  source: r.source,
  reason: r.reason,
  changedBy: who.get(r.changed_by) ?? '',
  changedAt: r.changed_at.toISOString(),
});

const itemView = (r: ItemRow, withAnswer: boolean): ItemView => ({ id: r.id, kind: r.kind, kindLabel: ITEM_KINDS[r.kind], question: r.question, options: r.options, points: r.points, ...(withAnswer ? { answer: r.answer } : {}) });

interface DocInput {
  name: string;
  definition: string;
  appliesTo: string;
  abilityStandards: string;
  assessmentContent: string;
  passMark: number;
  maxScore: number;
  status: SkillStandardStatus;
  source: string;
}

/** Reads a standard's document; fields absent fall back to `base` (the latest version) when given. */
function readDoc(i: Record<string, unknown>, base?: VersionRow): { v: DocInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const pick = <T>(key: string, read: (x: unknown) => T | undefined, fallback: T | undefined, message: string): T => {
    const raw = i[key];
    if ((raw === undefined || raw === null || raw === '') && fallback !== undefined) return fallback;
    const v = read(raw);
    if (v === undefined) errors.push({ path: key, message });
    return v as T;
  };
  const name = pick('name', (x) => text(x, 2, 60), base?.name, '请填写考核规范名称（2–60 字）');
  const definition = pick('definition', (x) => text(x, 2, 4000), base?.definition, '请填写专项职业能力定义（2–4000 字）');
  const appliesTo = pick('appliesTo', (x) => text(x, 2, 2000), base?.applies_to, '请填写适用对象（2–2000 字）');
  const abilityStandards = pick('abilityStandards', (x) => text(x, 2, 8000), base?.ability_standards, '请填写能力标准（2–8000 字）');
  const assessmentContent = pick('assessmentContent', (x) => text(x, 2, 8000), base?.assessment_content, '请填写鉴定（考核）内容（2–8000 字）');
  const maxScore = pick('maxScore', (x) => { const n = int(x); return n !== undefined && n >= 1 && n <= 1000 ? n : undefined; }, base?.max_score, '满分应为 1–1000 的整数');
  const passMark = pick('passMark', (x) => { const n = int(x); return n !== undefined && n >= 1 ? n : undefined; }, base?.pass_mark, '合格分数线应为正整数');
  if (passMark !== undefined && maxScore !== undefined && passMark > maxScore) errors.push({ path: 'passMark', message: `合格分数线不能高于满分（${maxScore} 分）` });
  const status = pick('status', (x) => (x === 'draft' || x === 'published' ? x : undefined), 'draft' as SkillStandardStatus, '状态只能是草稿或已发布');
  const source = i.source === undefined || i.source === null ? (base?.source ?? '') : (text(i.source, 0, 2000) ?? (errors.push({ path: 'source', message: '出处不超过 2000 字' }), ''));
  return { v: { name, definition, appliesTo, abilityStandards, assessmentContent, passMark, maxScore, status, source }, errors };
}

async function versionsOf(p: Platform, ids: number[]): Promise<VersionRow[]> {
  if (!ids.length) return [];
  return p.db.selectFrom('skill_standard_versions').selectAll().where('standard_id', 'in', ids).orderBy('standard_id').orderBy('version', 'desc').execute();
}

async function views(p: Platform, c: Caller, rows: StandardRow[]): Promise<StandardView[]> {
  const versions = await versionsOf(p, rows.map((r) => r.id));
  const who = await displayNames(p.db, versions.map((v) => v.changed_by));
  const counts = rows.length ? await p.db.selectFrom('skill_items').select(['standard_id', (eb) => eb.fn.countAll<number>().as('n')]).where('standard_id', 'in', rows.map((r) => r.id)).groupBy('standard_id').execute() : [];
  return rows.map((r) => {
    const mine = versions.filter((v) => v.standard_id === r.id);
    return {
      id: r.id,
      code: r.code,
      region: r.region,
      regionName: regionName(r.region),
      latest: versionView(mine[0]!, who),
      publishedVersion: mine.find((v) => v.status === 'published')?.version ?? null,
      items: Number(counts.find((x) => x.standard_id === r.id)?.n ?? 0),
      editable: editsSkills(c, r.region),
    };
  });
}

/** A standard the caller may read, or 404 (not found and another county's look the same). */
export async function loadStandard(p: Platform, c: Caller, id: unknown, what = '该考核规范'): Promise<StandardRow> {
  const n = positiveId(id);
  const regions = seesSkills(c) ? visibleRegions(c) : [];
  const row = n && regions.length ? await p.db.selectFrom('skill_standards').selectAll().where('id', '=', n).where('region', 'in', regions).executeTakeFirst() : undefined;
  if (!row) throw notFound(what);
  return row;
}

async function editable(p: Platform, c: Caller, id: unknown): Promise<StandardRow> {
  const row = await loadStandard(p, c, id);
  if (!editsSkills(c, row.region)) throw notFound('该考核规范（只有所在县（市、区）人才办经办人员可以编辑）');
  return row;
}

/** A version of a standard (the latest published one when `version` is absent), for sessions. */
export async function standardVersion(p: Platform, standardId: number, version?: number): Promise<VersionRow | undefined> {
  let q = p.db.selectFrom('skill_standard_versions').selectAll().where('standard_id', '=', standardId);
  q = version !== undefined ? q.where('version', '=', version) : q.where('status', '=', 'published');
  return q.orderBy('version', 'desc').executeTakeFirst();
}

/** The standards of the caller's regions, by code. */
export async function listStandards(p: Platform, c: Caller): Promise<StandardView[]> {
  if (!seesSkills(c)) throw notFound('考核规范');
  const regions = visibleRegions(c);
  if (!regions.length) return [];
  return views(p, c, await p.db.selectFrom('skill_standards').selectAll().where('region', 'in', regions).orderBy('code').execute());
}

/** One standard with every version, its syllabus and its question bank (answers for its editors only). */
export async function getStandard(p: Platform, c: Caller, id: unknown): Promise<StandardView> {
  const row = await loadStandard(p, c, id);
  const v = (await views(p, c, [row]))[0]!;
  const versions = await versionsOf(p, [row.id]);
  const who = await displayNames(p.db, versions.map((x) => x.changed_by));
  const items = await p.db.selectFrom('skill_items').selectAll().where('standard_id', '=', row.id).orderBy('id').execute();
  return { ...v, versions: versions.map((x) => versionView(x, who)), syllabus: row.syllabus, bank: items.map((x) => itemView(x, v.editable)) };
}

/** The candidate-facing paper: the published version's name, the syllabus and the items — never an answer. */
export async function standardPaper(p: Platform, c: Caller, id: unknown): Promise<{ code: string; name: string; maxScore: number; passMark: number; syllabus: Array<{ title: string; body: string }>; items: ItemView[] }> {
  const row = await loadStandard(p, c, id);
  const v = await standardVersion(p, row.id);
  if (!v) throw notFound('该考核规范的已发布版本');
  const items = await p.db.selectFrom('skill_items').selectAll().where('standard_id', '=', row.id).orderBy('id').execute();
  return { code: row.code, name: v.name, maxScore: v.max_score, passMark: v.pass_mark, syllabus: row.syllabus, items: items.map((x) => itemView(x, false)) };
}

/** A clerk drafts (or publishes) a new standard of their county: version 1. */
export async function createStandard(p: Platform, c: Caller, input: unknown): Promise<StandardView> {
  if (c.role !== 'clerk' && c.role !== 'admin') throw notFound('考核规范');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const code = typeof i.code === 'string' && /^[A-Z0-9-]{2,30}$/.test(i.code.trim().toUpperCase()) ? i.code.trim().toUpperCase() : '';
  if (!code) errors.push({ path: 'code', message: '规范编号应为 2–30 位大写字母、数字或连字符' });
  const regions = visibleRegions(c);
  const region = i.region === undefined || i.region === null || i.region === '' ? (regions.length === 1 ? regions[0]! : '') : String(i.region);
  if (!region || !regions.includes(region)) errors.push({ path: 'region', message: '请选择本人管辖的县（市、区）' });
  const { v, errors: docErrors } = readDoc(i);
  errors.push(...docErrors);
  if (errors.length) throw badInput(errors);
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('skill_standards').values({ code, region, created_by: c.userId }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('skill_standard_versions').values({ standard_id: r.id, version: 1, name: v.name, definition: v.definition, applies_to: v.appliesTo, ability_standards: v.abilityStandards, assessment_content: v.assessmentContent, pass_mark: v.passMark, max_score: v.maxScore, status: v.status, source: v.source, reason: '首次制定', changed_by: c.userId }).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.standard.create', entity: 'skill_standard', entityId: r.id, region, detail: { code, status: v.status } });
      return r.id;
    });
    return getStandard(p, c, id);
  } catch (e) {
    if (isUniqueViolation(e)) throw fieldError('code', `规范编号 ${code} 已被使用`);
    throw e;
  }
}

/** A new version of a standard: the whole document (fields not given are copied from the latest), with why; the old versions stay. */
export async function reviseStandard(p: Platform, c: Caller, id: unknown, input: unknown): Promise<StandardView> {
  const row = await editable(p, c, id);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const [latest] = await versionsOf(p, [row.id]);
  const { v, errors } = readDoc(i, latest);
  const reason = text(i.reason, 2, 500);
  if (!reason) errors.unshift({ path: 'reason', message: '请说明修订原因（2–500 字）' });
  if (errors.length) throw badInput(errors);
  try {
    await p.db.transaction().execute(async (trx) => {
      await trx.insertInto('skill_standard_versions').values({ standard_id: row.id, version: latest!.version + 1, name: v.name, definition: v.definition, applies_to: v.appliesTo, ability_standards: v.abilityStandards, assessment_content: v.assessmentContent, pass_mark: v.passMark, max_score: v.maxScore, status: v.status, source: v.source, reason: reason!, changed_by: c.userId }).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.standard.revise', entity: 'skill_standard', entityId: row.id, region: row.region, detail: { version: latest!.version + 1, status: v.status, reason } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw fieldError('version', '该规范刚刚被他人修订，请刷新后重试');
    throw e;
  }
  return getStandard(p, c, row.id);
}

/** Publishes a draft version (it stays as written; publishing is dated in the audit log). */
export async function publishStandardVersion(p: Platform, c: Caller, id: unknown, version: unknown): Promise<StandardView> {
  const row = await editable(p, c, id);
  const n = positiveId(version);
  const v = n ? await standardVersion(p, row.id, n) : undefined;
  if (!v) throw notFound('该版本');
  if (v.status !== 'published') {
    await p.db.transaction().execute(async (trx) => {
      await trx.updateTable('skill_standard_versions').set({ status: 'published' }).where('standard_id', '=', row.id).where('version', '=', v.version).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.standard.publish', entity: 'skill_standard', entityId: row.id, region: row.region, detail: { version: v.version } });
    });
  }
  return getStandard(p, c, row.id);
}

/** Replaces the syllabus (大纲): 1–50 sections of a title and a body. */
export async function saveSyllabus(p: Platform, c: Caller, id: unknown, input: unknown): Promise<StandardView> {
  const row = await editable(p, c, id);
  const list = (typeof input === 'object' && input !== null ? (input as Record<string, unknown>).sections : undefined) as unknown;
  if (!Array.isArray(list) || list.length > 50) throw fieldError('sections', '大纲应为章节列表（不超过 50 节）');
  const errors: FieldError[] = [];
  const sections = list.map((s, n) => {
    const o = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    const title = text(o.title, 1, 100);
    const body = text(o.body, 1, 8000);
    if (!title) errors.push({ path: `sections[${n}].title`, message: '请填写章节标题（不超过 100 字）' });
    if (!body) errors.push({ path: `sections[${n}].body`, message: '请填写章节内容（不超过 8000 字）' });
    return { title: title ?? '', body: body ?? '' };
  });
  if (errors.length) throw badInput(errors);
  await p.db.transaction().execute(async (trx) => {
    await trx.updateTable('skill_standards').set({ syllabus: JSON.stringify(sections) }).where('id', '=', row.id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.syllabus.save', entity: 'skill_standard', entityId: row.id, region: row.region, detail: { sections: sections.length } });
  });
  return getStandard(p, c, row.id);
}

/** Adds an item to the question bank: 单选 (2–8 options, the answer one of their letters), 判断 (对/错), 实操 (the marking points as the answer). */
export async function addItem(p: Platform, c: Caller, id: unknown, input: unknown): Promise<ItemView> {
  const row = await editable(p, c, id);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const kind = typeof i.kind === 'string' && i.kind in ITEM_KINDS ? (i.kind as SkillItemKind) : undefined;
  if (!kind) errors.push({ path: 'kind', message: `题型只能是：${Object.values(ITEM_KINDS).join('、')}` });
  const question = text(i.question, 2, 2000);
  if (!question) errors.push({ path: 'question', message: '请填写题目（2–2000 字）' });
  let options: string[] = [];
  let answer = typeof i.answer === 'string' ? i.answer.trim() : '';
  if (kind === 'single') {
    options = Array.isArray(i.options) ? i.options.map((o) => (typeof o === 'string' ? o.trim() : '')).filter(Boolean) : [];
    if (options.length < 2 || options.length > 8 || options.some((o) => o.length > 500)) errors.push({ path: 'options', message: '单选题应有 2–8 个选项，每项不超过 500 字' });
    const letters = 'ABCDEFGH'.slice(0, Math.max(options.length, 2));
    answer = answer.toUpperCase();
    if (!(answer.length === 1 && letters.includes(answer))) errors.push({ path: 'answer', message: `单选题的答案应为选项字母（${letters.split('').join('、')} 之一）` });
  } else if (kind === 'judge') {
    if (answer !== '对' && answer !== '错') errors.push({ path: 'answer', message: '判断题的答案应为“对”或“错”' });
  } else if (kind === 'practical') {
    if (answer.length < 2 || answer.length > 2000) errors.push({ path: 'answer', message: '请填写实操题的评分要点（2–2000 字）' });
  }
  const points = int(i.points);
  if (points === undefined || points < 1 || points > 100) errors.push({ path: 'points', message: '分值应为 1–100 的整数' });
  if (errors.length) throw badInput(errors);
  const item = await p.db.transaction().execute(async (trx) => {
    const r = await trx.insertInto('skill_items').values({ standard_id: row.id, kind: kind!, question: question!, options: JSON.stringify(options), answer, points: points!, created_by: c.userId }).returningAll().executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.item.add', entity: 'skill_standard', entityId: row.id, region: row.region, detail: { item: r.id, kind } });
    return r;
  });
  return itemView(item, true);
}
