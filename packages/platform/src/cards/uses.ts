// Partners and the uses of cards: the partner organisations (a hospital's green channel, a scenic
// spot, the bus company, a bank) whose verifiers check codes; a verification that records the use
// (service, partner, time) once per request; the talent's own uses; the office's counts by service,
// partner, county and month.

import { sql } from 'kysely';
import { regionName, REGIONS } from '@rencai/policies';
import { appendAudit } from '@rencai/store';
import { type Platform, type Caller, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, visibleRegions } from '../shared/index.js';
import { personRow } from '../registry/index.js';
import { CARD_SERVICES, PARTNER_ONLY_SERVICES, isCardService, isPartnerService, serviceOpen, type CardService } from './levels.js';
import { currentStatusList, partnerOfCaller, type VerifierAnswer } from './verify.js';
import { activeCard } from './cards.js';

export interface PartnerInput {
  code?: unknown;
  name?: unknown;
  region?: unknown;
  services?: unknown;
}

/** Adds a partner organisation (the talent office's administrator). */
export async function addCardPartner(p: Platform, c: Caller | null, input: PartnerInput): Promise<{ code: string; name: string }> {
  if (c && c.role !== 'admin') throw forbidden('只有系统管理员可以登记合作单位');
  const errors = [];
  const code = typeof input.code === 'string' ? input.code : '';
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  const services = Array.isArray(input.services) ? input.services : [];
  if (!/^[a-z][a-z0-9_]{1,39}$/.test(code)) errors.push({ path: 'code', message: '合作单位代码为 2–40 位小写字母、数字或下划线，以字母开头' });
  if (!name || name.length > 100) errors.push({ path: 'name', message: '请填写合作单位名称（至多 100 字）' });
  if (!REGIONS.some((r) => r.code === input.region)) errors.push({ path: 'region', message: '未知的地区代码' });
  if (!services.length || !services.every(isPartnerService)) errors.push({ path: 'services', message: `服务应为 ${[...Object.keys(CARD_SERVICES), ...Object.keys(PARTNER_ONLY_SERVICES)].join('、')} 中的一项或多项` });
  if (errors.length) throw badInput(errors);
  try {
    await p.db.transaction().execute(async (trx) => {
      await trx.insertInto('card_partners').values({ code, name, region: input.region as string, services: JSON.stringify(services) }).execute();
      await appendAudit(trx, { actorId: c?.userId ?? null, actorRole: c?.role ?? 'system', action: 'card.partner.add', entity: 'card_partner', entityId: code, region: input.region as string, detail: { name, services } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`合作单位代码「${code}」已存在`);
    throw e;
  }
  return { code, name };
}

/** The verifier's own organisation and the services it provides. */
export async function myPartner(p: Platform, c: Caller): Promise<{ code: string; name: string; services: Array<{ code: string; name: string }> }> {
  const partner = await partnerOfCaller(p, c);
  return { code: partner.code, name: partner.name, services: (partner.services as string[]).filter(isPartnerService).map((s) => ({ code: s, name: isCardService(s) ? CARD_SERVICES[s] : PARTNER_ONLY_SERVICES[s] })) };
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,80}$/;

/**
 * A partner's verifier checks a code (typed, pasted or scanned) and, when it is valid and the card's
 * level opens the service, records the use — once per request id, however often it is sent.
 */
export async function verifyCard(p: Platform, c: Caller, input: { code?: unknown; service?: unknown; requestId?: unknown; refresh?: unknown }): Promise<VerifierAnswer> {
  const partner = await partnerOfCaller(p, c);
  const record = input.service !== undefined && input.service !== null && input.service !== '';
  if (record) {
    if (!isCardService(input.service) || !(partner.services as string[]).includes(input.service)) throw fieldError('service', '本单位不提供该项服务');
    if (typeof input.requestId !== 'string' || !REQUEST_ID.test(input.requestId)) throw fieldError('requestId', '请求编号应为 8–80 位字母、数字、下划线或连字符');
  }
  const list = await currentStatusList(p, { refresh: input.refresh === true });
  const check = await list.verifier.check(input.code);
  const base: VerifierAnswer = { status: check.status, statusText: check.statusText, reason: check.reason, maskedName: check.maskedName, levelName: check.levelName, listAgeSeconds: check.listAgeSeconds, use: null };
  if (!record || check.status !== 'valid' || !check.level || check.cardId === null) return base;
  const service = input.service as CardService;
  if (!serviceOpen(check.level, service, p.today())) return { ...base, reason: `${check.levelName}不享受“${CARD_SERVICES[service]}”` };
  const use = await recordUse(p, c, partner.code, check.cardId, service, input.requestId as string);
  return { ...base, use: { service, serviceName: CARD_SERVICES[service], usedAt: use.toISOString() } };
}

/** The partners providing a service (a talent choosing a bank, a hospital), by code and name. */
export async function partnersOffering(p: Platform, service: CardService): Promise<Array<{ code: string; name: string; region: string }>> {
  const rows = await p.db.selectFrom('card_partners').select(['code', 'name', 'region', 'services']).orderBy('code').execute();
  return rows.filter((r) => (r.services as string[]).includes(service)).map((r) => ({ code: r.code, name: r.name, region: r.region }));
}

/**
 * A use of the person's active card for a service the caller's partner delivered without a code
 * check (an attended health-check booking), once per request id; null when they hold no active card.
 */
export async function recordServiceUse(p: Platform, c: Caller, personId: number, service: CardService, requestId: string): Promise<Date | null> {
  const partner = await partnerOfCaller(p, c);
  if (!(partner.services as string[]).includes(service)) throw fieldError('service', '本单位不提供该项服务');
  const card = await activeCard(p.db, personId);
  if (!card) return null;
  return recordUse(p, c, partner.code, card.id, service, requestId);
}

async function recordUse(p: Platform, c: Caller, partner: string, cardId: number, service: CardService, requestId: string): Promise<Date> {
  const earlier = () => p.db.selectFrom('card_uses').select(['used_at', 'card_id']).where('verifier_id', '=', c.userId).where('request_id', '=', requestId).executeTakeFirst();
  const seen = await earlier();
  if (seen) {
    if (seen.card_id !== cardId) throw conflict('该请求编号已用于另一张人才卡');
    return new Date(seen.used_at);
  }
  const card = await p.db.selectFrom('talent_cards').select(['person_id']).where('id', '=', cardId).executeTakeFirst();
  if (!card) throw notFound('该人才卡');
  const person = await personRow(p.db, card.person_id);
  try {
    return await p.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('card_uses')
        .values({ card_id: cardId, person_id: card.person_id, region: person?.region ?? 'quzhou_city', partner, service, verifier_id: c.userId, request_id: requestId })
        .returning(['id', 'used_at'])
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'card.use', entity: 'talent_card', entityId: cardId, region: person?.region ?? null, detail: { partner, service, use: row.id } });
      return new Date(row.used_at);
    });
  } catch (e) {
    // The same request sent twice at once: the first one recorded it.
    if (isUniqueViolation(e)) {
      const again = await earlier();
      if (again) return new Date(again.used_at);
    }
    throw e;
  }
}

/** The talent's own uses of their cards, newest first. */
export async function myCardUses(p: Platform, c: Caller): Promise<Array<{ service: string; serviceName: string; partner: string; usedAt: string }>> {
  if (c.role !== 'talent' || !c.personId) throw forbidden('只有人才本人可以查看');
  const rows = await p.db
    .selectFrom('card_uses')
    .innerJoin('card_partners', 'card_partners.code', 'card_uses.partner')
    .select(['card_uses.service', 'card_partners.name as partner', 'card_uses.used_at'])
    .where('card_uses.person_id', '=', c.personId)
    .orderBy('card_uses.used_at', 'desc')
    .orderBy('card_uses.id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ service: r.service, serviceName: CARD_SERVICES[r.service as CardService] ?? r.service, partner: r.partner, usedAt: new Date(r.used_at).toISOString() }));
}

/** The office's counts of uses in the counties the caller oversees, by service, partner, county and month (China time). */
export async function cardUseStats(p: Platform, c: Caller): Promise<{ total: number; rows: Array<{ service: string; serviceName: string; partner: string; partnerName: string; region: string; regionName: string; month: string; uses: number }> }> {
  if (!(c.role === 'clerk' || c.role === 'leader' || c.role === 'admin')) throw forbidden('只有人才办工作人员和领导可以查看人才码使用统计');
  const regions = visibleRegions(c);
  const month = sql<string>`to_char(card_uses.used_at at time zone 'Asia/Shanghai', 'YYYY-MM')`;
  const rows = await p.db
    .selectFrom('card_uses')
    .innerJoin('card_partners', 'card_partners.code', 'card_uses.partner')
    .select(['card_uses.service', 'card_uses.partner', 'card_partners.name as partnerName', 'card_uses.region', month.as('month'), (eb) => eb.fn.countAll<string>().as('uses')])
    .where('card_uses.region', 'in', regions.length ? regions : ['-'])
    .groupBy(['card_uses.service', 'card_uses.partner', 'card_partners.name', 'card_uses.region', month])
    .orderBy(month, 'desc')
    .orderBy('card_uses.service')
    .execute();
  const out = rows.map((r) => ({ service: r.service, serviceName: CARD_SERVICES[r.service as CardService] ?? r.service, partner: r.partner, partnerName: r.partnerName, region: r.region, regionName: regionName(r.region), month: r.month, uses: Number(r.uses) }));
  return { total: out.reduce((s, r) => s + r.uses, 0), rows: out };
}
