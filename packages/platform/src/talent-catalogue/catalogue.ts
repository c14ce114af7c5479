// 急需紧缺人才目录 (衢委发〔2020〕7号 work item 7 “建立数字经济急需紧缺人才目录”): versions the city's
// talent office compiles by industry — a draft whose entries (industry × major × optional post,
// with the demand behind each) it edits, then publishes with the date it is in force from. A
// published version is never changed: a new one is a new draft (copying the last published entries
// of that year) and a new version number. The rules' fact 急需紧缺专业 is a lookup of a person's
// majors (and post, where the entry names one) in the version in force on the date the rules
// evaluate at (`urgentMajorOn`), cited by version and entry.

import { appendAudit, type DB, type Db, type Selectable, type TalentCatalogueEntriesTable, type TalentCataloguesTable, type Transaction } from '@rencai/store';
import { badInput, conflict, forbidden, isStaff, isUniqueViolation, notFound, visibleRegions, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { coveringKeys, disciplineByKey, isDisciplineKey, majorLabel } from './disciplines.js';

type CatalogueRow = Selectable<TalentCataloguesTable>;
type EntryRow = Selectable<TalentCatalogueEntriesTable>;
type Q = Db | Transaction<DB>;

export interface CatalogueEntryInput {
  industry: string;
  majorCode: string;
  post?: string | null;
  demandCount?: number;
  headcount?: number;
  note?: string | null;
}

export interface CatalogueEntryView {
  id: number;
  industry: string;
  majorCode: string;
  majorCodeShown: string;
  majorName: string;
  majorLevel: string;
  post: string | null;
  demandCount: number;
  headcount: number;
  note: string | null;
}

export interface CatalogueView {
  id: number;
  year: number;
  version: number;
  title: string;
  status: 'draft' | 'published';
  statusName: string;
  effectiveFrom: string | null;
  note: string | null;
  createdAt: string;
  publishedAt: string | null;
  entries?: CatalogueEntryView[];
}

/** Who compiles and publishes the catalogue: the city's talent office (a city-level clerk) or an administrator. */
export const compilesCatalogue = (c: Caller): boolean => c.role === 'admin' || (c.role === 'clerk' && visibleRegions(c).length > 1);

function mustCompile(c: Caller): void {
  if (!compilesCatalogue(c)) throw forbidden('只有市人才办经办人员可以编制和发布急需紧缺人才目录');
}

const entryView = (e: EntryRow): CatalogueEntryView => {
  const d = disciplineByKey(e.major_code);
  return { id: e.id, industry: e.industry, majorCode: e.major_code, majorCodeShown: d?.code ?? e.major_code, majorName: d?.name ?? '未知专业', majorLevel: d?.levelName ?? '', post: e.post, demandCount: e.demand_count, headcount: e.headcount, note: e.note };
};

const view = (r: CatalogueRow, entries?: EntryRow[]): CatalogueView => ({
  id: r.id,
  year: r.year,
  version: r.version,
  title: r.title,
  status: r.status,
  statusName: r.status === 'draft' ? '草稿' : '已发布',
  effectiveFrom: r.effective_from,
  note: r.note,
  createdAt: r.created_at.toISOString(),
  publishedAt: r.published_at?.toISOString() ?? null,
  ...(entries ? { entries: entries.map(entryView) } : {}),
});

/** Versions the caller sees: staff all of them, everyone else the published ones. */
export async function listCatalogues(p: Platform, c: Caller): Promise<CatalogueView[]> {
  let q = p.db.selectFrom('talent_catalogues').selectAll();
  if (!isStaff(c)) q = q.where('status', '=', 'published');
  return (await q.orderBy('year', 'desc').orderBy('version', 'desc').execute()).map((r) => view(r));
}

async function loadCatalogue(db: Q, c: Caller, id: number, lock = false): Promise<CatalogueRow> {
  let q = db.selectFrom('talent_catalogues').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const r = Number.isSafeInteger(id) ? await q.executeTakeFirst() : undefined;
  if (!r || (r.status === 'draft' && !isStaff(c))) throw notFound('急需紧缺人才目录');
  return r;
}

const entriesOf = (db: Q, id: number) => db.selectFrom('talent_catalogue_entries').selectAll().where('catalogue_id', '=', id).orderBy('industry').orderBy('major_code').orderBy('id').execute();

export async function getCatalogue(p: Platform, c: Caller, id: number): Promise<CatalogueView> {
  const r = await loadCatalogue(p.db, c, id);
  return view(r, await entriesOf(p.db, id));
}

/** The published version in force on `asOf` (the latest effective on or before it), if any. */
export async function catalogueInForce(db: Q, asOf: string): Promise<CatalogueRow | undefined> {
  return db.selectFrom('talent_catalogues').selectAll().where('status', '=', 'published').where('effective_from', '<=', asOf).orderBy('effective_from', 'desc').orderBy('year', 'desc').orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export async function catalogueInForceView(p: Platform, c: Caller, asOf: string): Promise<CatalogueView | null> {
  const r = await catalogueInForce(p.db, asOf);
  return r ? view(r, await entriesOf(p.db, r.id)) : null;
}

const INDUSTRY = /^[A-T]$/;

function readEntry(i: unknown, path: string, errors: FieldError[]): CatalogueEntryInput {
  const o = (typeof i === 'object' && i !== null ? i : {}) as Record<string, unknown>;
  if (typeof o.industry !== 'string' || !INDUSTRY.test(o.industry)) errors.push({ path: `${path}.industry`, message: '请选择所属行业（国民经济行业分类门类）' });
  if (!isDisciplineKey(o.majorCode)) errors.push({ path: `${path}.majorCode`, message: '请从教育部学科专业目录中选择专业（专业类、专业或一级学科）' });
  const post = typeof o.post === 'string' && o.post.trim() ? o.post.trim() : null;
  if (post && post.length > 60) errors.push({ path: `${path}.post`, message: '岗位名称不超过 60 字' });
  const int = (k: string, label: string) => {
    const v = o[k] ?? 0;
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 1_000_000) errors.push({ path: `${path}.${k}`, message: `${label}应为不小于 0 的整数` });
    return v as number;
  };
  const note = typeof o.note === 'string' && o.note.trim() ? o.note.trim() : null;
  if (note && note.length > 500) errors.push({ path: `${path}.note`, message: '说明不超过 500 字' });
  return { industry: o.industry as string, majorCode: o.majorCode as string, post, demandCount: int('demandCount', '需求条数'), headcount: int('headcount', '需求人数'), note };
}

const entryValues = (catalogueId: number, e: CatalogueEntryInput) => ({ catalogue_id: catalogueId, industry: e.industry, major_code: e.majorCode, post: e.post ?? null, demand_count: e.demandCount ?? 0, headcount: e.headcount ?? 0, note: e.note ?? null });

/**
 * Opens the year's next version as a draft: with `entries` (compiled from declarations by the
 * enterprises module) or else a copy of the year's latest published version. One draft per year.
 */
export async function createDraft(p: Platform, c: Caller, input: unknown, entries?: CatalogueEntryInput[]): Promise<CatalogueView> {
  mustCompile(c);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const year = i.year;
  if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > 2100) errors.push({ path: 'year', message: '请填写目录年度（如 2025）' });
  const title = typeof i.title === 'string' && i.title.trim() ? i.title.trim() : `衢州市急需紧缺人才目录（${String(year)}年）`;
  if (title.length > 100) errors.push({ path: 'title', message: '目录名称不超过 100 字' });
  const note = typeof i.note === 'string' && i.note.trim() ? i.note.trim() : null;
  if (note && note.length > 2000) errors.push({ path: 'note', message: '编制说明不超过 2000 字' });
  if (errors.length) throw badInput(errors);
  try {
    return await p.db.transaction().execute(async (trx) => {
      const last = await trx.selectFrom('talent_catalogues').selectAll().where('year', '=', year as number).orderBy('version', 'desc').limit(1).executeTakeFirst();
      if (last?.status === 'draft') throw conflict(`${String(year)} 年的目录已有草稿（第 ${last.version} 版），请在草稿上修改后发布`);
      const row = await trx.insertInto('talent_catalogues').values({ year: year as number, version: (last?.version ?? 0) + 1, title, note, created_by: c.userId }).returningAll().executeTakeFirstOrThrow();
      const copy = entries ?? (last ? (await entriesOf(trx, last.id)).map((e) => ({ industry: e.industry, majorCode: e.major_code, post: e.post, demandCount: e.demand_count, headcount: e.headcount, note: e.note })) : []);
      if (copy.length) await trx.insertInto('talent_catalogue_entries').values(copy.map((e) => entryValues(row.id, e))).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'talent_catalogue.draft', entity: 'talent_catalogue', entityId: row.id, region: c.region, detail: { year, version: row.version, entries: copy.length, from: entries ? 'declarations' : last ? `version ${last.version}` : 'empty' } });
      return view(row, await entriesOf(trx, row.id));
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`${String(year)} 年的目录已有草稿，请在草稿上修改后发布`);
    throw err;
  }
}

async function draftForEdit(trx: Transaction<DB>, c: Caller, id: number): Promise<CatalogueRow> {
  mustCompile(c);
  const r = await loadCatalogue(trx, c, id, true);
  if (r.status !== 'draft') throw conflict(`第 ${r.version} 版已发布，不能修改；请新建下一版`);
  return r;
}

/** Adds an entry to a draft; the same industry, major and post twice is a 409. */
export async function addEntry(p: Platform, c: Caller, id: number, input: unknown): Promise<CatalogueView> {
  const errors: FieldError[] = [];
  const e = readEntry(input, 'entry', errors);
  if (errors.length) throw badInput(errors.map((x) => ({ ...x, path: x.path.replace(/^entry\./, '') })));
  try {
    await p.db.transaction().execute(async (trx) => {
      await draftForEdit(trx, c, id);
      await trx.insertInto('talent_catalogue_entries').values(entryValues(id, e)).execute();
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`目录中已有该行业的「${majorLabel(e.majorCode)}」${e.post ? `（岗位：${e.post}）` : ''}条目`);
    throw err;
  }
  return getCatalogue(p, c, id);
}

export async function removeEntry(p: Platform, c: Caller, id: number, entryId: number): Promise<CatalogueView> {
  await p.db.transaction().execute(async (trx) => {
    await draftForEdit(trx, c, id);
    const gone = await trx.deleteFrom('talent_catalogue_entries').where('catalogue_id', '=', id).where('id', '=', entryId).executeTakeFirst();
    if (!Number(gone.numDeletedRows)) throw notFound('目录条目');
  });
  return getCatalogue(p, c, id);
}

/** Publishes a draft, in force from `effectiveFrom` (not before the last published version's date). */
export async function publishCatalogue(p: Platform, c: Caller, id: number, input: unknown): Promise<CatalogueView> {
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const from = typeof i.effectiveFrom === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(i.effectiveFrom) && !Number.isNaN(Date.parse(i.effectiveFrom)) ? i.effectiveFrom : '';
  if (!from) throw badInput([{ path: 'effectiveFrom', message: '请填写施行日期（年-月-日）' }]);
  const row = await p.db.transaction().execute(async (trx) => {
    const r = await draftForEdit(trx, c, id);
    const n = await trx.selectFrom('talent_catalogue_entries').select((eb) => eb.fn.countAll<string>().as('n')).where('catalogue_id', '=', id).executeTakeFirstOrThrow();
    if (!Number(n.n)) throw badInput([{ path: 'entries', message: '目录还没有条目，不能发布' }]);
    const latest = await trx.selectFrom('talent_catalogues').select(['effective_from', 'year', 'version']).where('status', '=', 'published').orderBy('effective_from', 'desc').limit(1).executeTakeFirst();
    if (latest?.effective_from && from < latest.effective_from) throw badInput([{ path: 'effectiveFrom', message: `施行日期不能早于已发布的 ${latest.year} 年第 ${latest.version} 版（${latest.effective_from}）` }]);
    const out = await trx.updateTable('talent_catalogues').set({ status: 'published', effective_from: from, published_by: c.userId, published_at: new Date() }).where('id', '=', r.id).returningAll().executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'talent_catalogue.publish', entity: 'talent_catalogue', entityId: id, region: c.region, detail: { year: r.year, version: r.version, effectiveFrom: from, entries: Number(n.n) } });
    return out;
  });
  return view(row, await entriesOf(p.db, id));
}

export interface UrgentMajorAnswer {
  /** Yes, no, or undefined (undetermined: no coded major, no catalogue in force, or an entry's post not recorded). */
  value: boolean | undefined;
  /** The citation: which version and entry matched, or why it could not be told. */
  basis: string;
}

/**
 * 急需紧缺专业 on `asOf`: whether one of the person's majors (教育部 codes; a 本科专业 is covered by an
 * entry for its 专业类) is listed in the catalogue in force, for any industry; an entry naming a post
 * matches only that post (`postName`, the person's current post).
 */
export async function urgentMajorOn(db: Q, asOf: string, majors: string[], postName: string | undefined): Promise<UrgentMajorAnswer> {
  const coded = majors.filter(isDisciplineKey);
  if (!coded.length) return { value: undefined, basis: '人才档案未记录学科专业代码，无法对照急需紧缺人才目录' };
  const cat = await catalogueInForce(db, asOf);
  if (!cat) return { value: undefined, basis: `${asOf} 没有施行中的急需紧缺人才目录` };
  const keys = [...new Set(coded.flatMap(coveringKeys))];
  const hits = await db.selectFrom('talent_catalogue_entries').selectAll().where('catalogue_id', '=', cat.id).where('major_code', 'in', keys).orderBy('id').execute();
  const name = `《${cat.title}》第 ${cat.version} 版（${cat.effective_from} 起施行）`;
  const cite = (e: EntryRow) => `${name}条目 ${e.id}：${majorLabel(e.major_code)}${e.post ? `，岗位「${e.post}」` : ''}`;
  const plain = hits.find((e) => !e.post);
  if (plain) return { value: true, basis: cite(plain) };
  const post = hits.find((e) => postName !== undefined && e.post === postName.trim());
  if (post) return { value: true, basis: cite(post) };
  if (hits.length && postName === undefined) return { value: undefined, basis: `${cite(hits[0]!)}限定岗位，人才档案未记录当前岗位名称` };
  return { value: false, basis: `${name}未列入：${coded.map(majorLabel).join('、')}` };
}
