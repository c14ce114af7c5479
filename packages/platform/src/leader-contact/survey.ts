// The yearly satisfaction survey of talents (seed 000 开化: satisfaction "从82.3%上升到96.7%"). The
// questions are data, kept with each year's survey: the overall satisfaction (很满意/满意/基本满意/
// 不满意), a few items — policy cash, services, environment — on the same scale, and a free comment.
// A clerk opens a year's survey; a talent answers it once (a second answer is refused on the field
// year). An answer keeps the respondent only so that a talent answers once per year: results never
// say who said what. Results by county: responses, share 满意 (很满意+满意) with one decimal, per item;
// a county with fewer than 5 responses shows 样本不足 instead of shares (small-cell protection; the
// total too when the hidden counties together hold fewer than 5, so that it cannot be subtracted), and
// comments are shown only for counties with at least 5 responses, in text order.

import { regionName } from '@rencai/policies';
import { appendAudit, type SatisfactionLevel, type SurveyQuestion } from '@rencai/store';
import { badInput, fieldError, forbidden, isUniqueViolation, notFound, PlatformError, todayString, visibleRegions, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { personRow } from '../registry/index.js';
import { managesContact } from './contacts.js';

export const SATISFACTION_LEVELS: Record<SatisfactionLevel, string> = { very_satisfied: '很满意', satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' };
export const SURVEY_ITEMS: SurveyQuestion[] = [
  { code: 'policy_cash', label: '人才政策兑现' },
  { code: 'services', label: '人才服务' },
  { code: 'environment', label: '创新创业和生活环境' },
];
/** Below this many responses a county's shares are not shown. */
export const MIN_RESPONSES = 5;
export const SMALL_CELL_NOTE = `为保护填写人，答卷少于 ${MIN_RESPONSES} 份的县（市、区）不显示满意率和意见，只显示“样本不足”；这些县合计也少于 ${MIN_RESPONSES} 份时，合计同样不显示（以免由合计反推）。满意率 =（很满意 + 满意）÷ 答卷数。`;

const yearOf = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^[0-9]{4}$/.test(v) ? Number(v) : NaN);

export interface SurveyView {
  id: number;
  year: number;
  overall: { label: string; levels: Array<{ code: string; label: string }> };
  items: SurveyQuestion[];
  openedAt: string;
}

const surveyView = (r: { id: number; year: number; questions: { items: SurveyQuestion[] }; opened_at: Date }): SurveyView => ({
  id: r.id,
  year: r.year,
  overall: { label: '总体满意度', levels: Object.entries(SATISFACTION_LEVELS).map(([code, label]) => ({ code, label })) },
  items: r.questions.items,
  openedAt: r.opened_at.toISOString(),
});

/** A clerk opens the survey of a year (this year or the next), once. */
export async function openSurvey(p: Platform, c: Caller, input: unknown): Promise<SurveyView> {
  if (!managesContact(c)) throw c.role === 'leader' ? forbidden('只有人才办经办人员可以发起满意度调查') : notFound('满意度调查');
  const year = yearOf((typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {}).year);
  const now = Number(todayString(p).slice(0, 4));
  if (!(year === now || year === now + 1)) throw fieldError('year', `调查年度应为今年（${now}）或明年`);
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('satisfaction_surveys').values({ year, questions: JSON.stringify({ items: SURVEY_ITEMS }), opened_by: c.userId }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'satisfaction_survey.open', entity: 'satisfaction_survey', entityId: r.id, region: c.region, detail: { year } });
      return r;
    });
    return surveyView(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw new PlatformError(409, `${year} 年的满意度调查已发起`, [{ path: 'year', message: `${year} 年的满意度调查已发起，每年一次` }]);
    throw err;
  }
}

/** The surveys opened, newest first (staff of any region see the list). */
export async function listSurveys(p: Platform, c: Caller): Promise<SurveyView[]> {
  if (!managesContact(c) && c.role !== 'leader') throw notFound('满意度调查');
  return (await p.db.selectFrom('satisfaction_surveys').selectAll().orderBy('year', 'desc').execute()).map(surveyView);
}

/** The calling talent's survey of this year: the questions and whether they have answered (null when none is open). */
export async function mySurvey(p: Platform, c: Caller): Promise<{ survey: SurveyView | null; answered: boolean }> {
  if (c.role !== 'talent' || !c.personId) throw notFound('满意度调查');
  const year = Number(todayString(p).slice(0, 4));
  const s = await p.db.selectFrom('satisfaction_surveys').selectAll().where('year', '=', year).executeTakeFirst();
  if (!s) return { survey: null, answered: false };
  const done = await p.db.selectFrom('satisfaction_answers').select('id').where('survey_id', '=', s.id).where('respondent_person_id', '=', c.personId).executeTakeFirst();
  return { survey: surveyView(s), answered: !!done };
}

/** A talent answers this year's survey once: the overall level, each item's level, an optional comment. */
export async function answerSurvey(p: Platform, c: Caller, input: unknown): Promise<{ year: number; answered: true }> {
  if (c.role !== 'talent' || !c.personId) throw notFound('满意度调查');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const year = yearOf(i.year);
  const now = Number(todayString(p).slice(0, 4));
  if (year !== now) throw fieldError('year', `只能填写今年（${now}）的满意度调查`);
  const s = await p.db.selectFrom('satisfaction_surveys').selectAll().where('year', '=', year).executeTakeFirst();
  if (!s) throw fieldError('year', `${year} 年的满意度调查尚未发起`);
  const levels = Object.values(SATISFACTION_LEVELS).join('、');
  const errors: FieldError[] = [];
  if (typeof i.overall !== 'string' || !(i.overall in SATISFACTION_LEVELS)) errors.push({ path: 'overall', message: `请选择总体满意度（${levels}）` });
  const got = (typeof i.items === 'object' && i.items !== null ? i.items : {}) as Record<string, unknown>;
  const items: Record<string, SatisfactionLevel> = {};
  for (const q of s.questions.items) {
    const v = got[q.code];
    if (typeof v !== 'string' || !(v in SATISFACTION_LEVELS)) errors.push({ path: `items.${q.code}`, message: `请选择“${q.label}”的满意度（${levels}）` });
    else items[q.code] = v as SatisfactionLevel;
  }
  const comment = typeof i.comment === 'string' ? i.comment.trim() : '';
  if (comment.length > 500) errors.push({ path: 'comment', message: '意见建议不超过 500 字' });
  if (errors.length) throw badInput(errors);
  const person = await personRow(p.db, c.personId);
  if (!person) throw notFound('本人在人才库中的记录');
  const twice = () => new PlatformError(409, `您已填写过 ${year} 年的满意度调查`, [{ path: 'year', message: `${year} 年的满意度调查每人只能填写一次，您已填写` }]);
  if (await p.db.selectFrom('satisfaction_answers').select('id').where('survey_id', '=', s.id).where('respondent_person_id', '=', c.personId).executeTakeFirst()) throw twice();
  try {
    await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('satisfaction_answers').values({ survey_id: s.id, respondent_person_id: c.personId!, region: person.region, overall: i.overall as SatisfactionLevel, items: JSON.stringify(items), comment }).returning('id').executeTakeFirstOrThrow();
      // The audit says that an answer was given, not what it says.
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'satisfaction_survey.answer', entity: 'satisfaction_answer', entityId: r.id, region: person.region, detail: { year } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw twice();
    throw err;
  }
  return { year, answered: true };
}

export interface ResultRow {
  region: string;
  regionName: string;
  responses: number;
  /** Fewer than MIN_RESPONSES: no shares, no comments. */
  insufficient: boolean;
  /** Share 满意 (很满意+满意) in percent with one decimal; null when insufficient. */
  share: number | null;
  items: Array<{ code: string; label: string; share: number | null }>;
  comments: string[];
}

const share = (n: number, of: number) => Math.round((n / of) * 1000) / 10;
const good = (l: SatisfactionLevel | undefined) => l === 'very_satisfied' || l === 'satisfied';

/** Results of a year's survey by county of the caller's regions, and in total. */
export async function surveyResults(p: Platform, c: Caller, yearInput: unknown): Promise<{ year: number; rows: ResultRow[]; total: ResultRow; note: string }> {
  if ((!managesContact(c) && c.role !== 'leader') || !visibleRegions(c).length) throw notFound('满意度调查结果');
  const year = yearOf(yearInput);
  const s = Number.isInteger(year) ? await p.db.selectFrom('satisfaction_surveys').selectAll().where('year', '=', year).executeTakeFirst() : undefined;
  if (!s) throw notFound(`${Number.isInteger(year) ? year : ''} 年的满意度调查`);
  const regions = visibleRegions(c);
  const answers = await p.db.selectFrom('satisfaction_answers').select(['region', 'overall', 'items', 'comment']).where('survey_id', '=', s.id).where('region', 'in', regions).execute();
  const row = (region: string, name: string, list: typeof answers): ResultRow => {
    const insufficient = list.length < MIN_RESPONSES;
    return {
      region,
      regionName: name,
      responses: list.length,
      insufficient,
      share: insufficient ? null : share(list.filter((a) => good(a.overall)).length, list.length),
      items: s.questions.items.map((q) => ({ code: q.code, label: q.label, share: insufficient ? null : share(list.filter((a) => good(a.items[q.code])).length, list.length) })),
      comments: insufficient ? [] : list.map((a) => a.comment).filter(Boolean).sort(),
    };
  };
  const rows = regions.map((r) => row(r, regionName(r), answers.filter((a) => a.region === r))).filter((r) => r.responses > 0);
  // The total is hidden too when the hidden counties together hold fewer than MIN_RESPONSES answers:
  // else the total less the counties shown would give a hidden county's share.
  const hidden = rows.filter((r) => r.insufficient).reduce((n, r) => n + r.responses, 0);
  const total = { ...row('', '合计', answers), comments: [] };
  if (hidden > 0 && hidden < MIN_RESPONSES) Object.assign(total, { insufficient: true, share: null, items: total.items.map((x) => ({ ...x, share: null })) });
  return { year, rows, total, note: SMALL_CELL_NOTE };
}

