// County recommendations (衢委发〔2020〕7号 art. 22, work item 15: “对县（市、区）推荐的优秀人才，在公寓
// 申租、子女就学、医疗保健等方面享受市本级相应层次的人才待遇”): a county's clerk recommends a talent of
// the county with the level (第19条 相应层次) and the reason; a city clerk accepts or refuses. On
// acceptance the registry records a recognition whose claim person.countyRecommended is true —
// versioned like every recognition (revocable, dated) and audited — so rule art22.county_recommended
// grants city-level treatment and 子女就学, 教育券 and 医疗保健 open for the talent.

import { regionName } from '@rencai/policies';
import { appendAudit } from '@rencai/store';
import { type Platform, type Caller, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, todayString, visibleRegions, type FieldError } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { getPersonRow, personRow, recordRecognition } from '../registry/index.js';
import { text } from './standing.js';

const STATUS_TEXT = { pending: '待市本级确认', accepted: '市本级已确认', refused: '市本级未确认' } as const;
const CITY = 'quzhou_city';

type Row = NonNullable<Awaited<ReturnType<typeof byId>>>;
const byId = (p: Platform, id: number) => p.db.selectFrom('inkind_county_recommendations').selectAll().where('id', '=', Number.isSafeInteger(id) ? id : -1).executeTakeFirst();

export interface RecommendationView {
  id: number;
  personId: number;
  personName: string;
  region: string;
  regionName: string;
  tier: number;
  tierText: string;
  reason: string;
  status: Row['status'];
  statusText: string;
  recommendedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

const view = (r: Row, personName: string): RecommendationView => ({
  id: r.id,
  personId: r.person_id,
  personName,
  region: r.region,
  regionName: regionName(r.region),
  tier: r.tier,
  tierText: `第19条第(${r.tier})项相应层次`,
  reason: r.reason,
  status: r.status,
  statusText: STATUS_TEXT[r.status],
  recommendedAt: new Date(r.recommended_at).toISOString(),
  decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
  decisionReason: r.decision_reason,
});

/** A county clerk recommends a talent of their county. */
export async function recommendTalent(p: Platform, c: Caller, input: { personId?: unknown; tier?: unknown; reason?: unknown }): Promise<RecommendationView> {
  if (c.role !== 'clerk' || c.region === CITY) throw forbidden('只有县（市、区）人才办经办人员可以推荐');
  const errors: FieldError[] = [];
  if (!Number.isSafeInteger(input.personId) || (input.personId as number) <= 0) errors.push({ path: 'personId', message: '请指定被推荐的人才（人才库编号）' });
  if (!Number.isInteger(input.tier) || (input.tier as number) < 1 || (input.tier as number) > 9) errors.push({ path: 'tier', message: '相应层次应为第19条第(1)至(9)项之一（1–9）' });
  const reason = text(input.reason, 4, 500);
  if (!reason) errors.push({ path: 'reason', message: '请写明推荐理由（4–500 个字）' });
  if (errors.length) throw badInput(errors);
  const person = await getPersonRow(p, c, input.personId as number).catch(() => {
    throw notFound('该人才（或不在本县（市、区））');
  });
  if (person.region !== c.region) throw notFound('该人才（或不在本县（市、区））');
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('inkind_county_recommendations').values({ person_id: person.id, region: person.region, tier: input.tier as number, reason: reason!, recommended_by: c.userId }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.recommend', entity: 'county_recommendation', entityId: r.id, region: person.region, detail: { personId: person.id, tier: r.tier } });
      return r;
    });
    return view(row, person.name);
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('该人才已有一份待市本级确认的推荐');
    throw e;
  }
}

/** Recommendations in the caller's regions (a county's own; the city sees all its counties'), newest first. */
export async function listRecommendations(p: Platform, c: Caller): Promise<RecommendationView[]> {
  if (!(c.role === 'clerk' || c.role === 'leader' || c.role === 'admin')) throw forbidden('只有人才办工作人员可以查看县（市、区）推荐');
  const regions = visibleRegions(c);
  const rows = await p.db.selectFrom('inkind_county_recommendations').selectAll().where('region', 'in', regions.length ? regions : ['-']).orderBy('id', 'desc').limit(500).execute();
  const out: RecommendationView[] = [];
  for (const r of rows) out.push(view(r, (await personRow(p.db, r.person_id))?.name ?? ''));
  return out;
}

/** A city clerk accepts (the registry records the county recommendation) or refuses with a reason. */
export async function decideRecommendation(p: Platform, c: Caller, id: number, input: { decision?: unknown; reason?: unknown }): Promise<RecommendationView> {
  if (c.role !== 'clerk' || c.region !== CITY) throw forbidden('只有市本级人才办经办人员可以确认县（市、区）推荐');
  const row = await byId(p, id);
  if (!row || !visibleRegions(c).includes(row.region)) throw notFound('该推荐（或无权查看）');
  if (input.decision !== 'accept' && input.decision !== 'refuse') throw fieldError('decision', '应为 accept（确认）或 refuse（不予确认）');
  const reason = input.reason === undefined || input.reason === null || input.reason === '' ? null : text(input.reason, 2, 200);
  if (reason === undefined || (input.decision === 'refuse' && !reason)) throw fieldError('reason', '不予确认时须说明理由（2–200 个字）');
  const person = (await personRow(p.db, row.person_id))!;
  const done = await p.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('inkind_county_recommendations')
      .set({ status: input.decision === 'accept' ? 'accepted' : 'refused', decided_by: c.userId, decided_at: new Date(), decision_reason: reason })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
    if (!r) throw conflict(`该推荐已办结（${STATUS_TEXT[row.status]}）`);
    if (r.status === 'accepted') {
      await recordRecognition(trx, { personId: row.person_id, qualifications: [], facts: { countyRecommended: true }, basis: `${regionName(row.region)}推荐的优秀人才（推荐 ${row.id}，第19条第(${row.tier})项相应层次）`, validFrom: todayString(p), recognisedBy: c.userId });
    }
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: r.status === 'accepted' ? 'inkind.recommend.accept' : 'inkind.recommend.refuse', entity: 'county_recommendation', entityId: row.id, region: row.region, detail: { personId: row.person_id, fact: r.status === 'accepted' ? { 'person.countyRecommended': true } : null, reason } });
    await sendMessages(trx, [
      {
        personId: row.person_id,
        text: r.status === 'accepted' ? `${regionName(row.region)}对您的推荐已经市本级确认：您在公寓承租、子女就学、医疗保健等方面享受市本级相应层次的人才待遇（第22条）。` : `${regionName(row.region)}对您的推荐未经市本级确认。理由：${reason}`,
      },
      { userId: row.recommended_by, text: `您推荐的人才（推荐 ${row.id}）${r.status === 'accepted' ? '已经市本级确认' : `未经市本级确认：${reason}`}。` },
    ]);
    return r;
  });
  return view(done, person.name);
}
