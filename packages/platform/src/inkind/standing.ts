// Who the in-kind services are for, read from the rules on the person's recognised registry facts:
// 市本级高层次人才 — rule art23.talent_card (第19条所列层次、全职在衢; the same reading as the
// “电子一卡通”) — and county-recommended talents the city accepted — rule art22.county_recommended
// (“在公寓承租、子女就学、医疗保健等方面享受市本级相应层次的人才待遇”).
//
// Interpretation (the documents do not say who among city talents gets 子女就学 and 教育券): art. 22
// grants county-recommended talents “市本级相应层次的人才待遇”, which presupposes that the city's own
// high-level talents have them; we read “市本级高层次人才” as the talents of art. 19's tiers, as art. 23
// does for the card. 医疗保健 is also opened by a card whose level opens 医疗绿色通道 (art23.services).

import { calculateRequest } from '@rencai/services';
import type { CardLevel } from '@rencai/store';
import { type Platform, type Caller, forbidden, notFound, todayString } from '../shared/index.js';
import { personProfile, personRow } from '../registry/index.js';
import { activeCard, cardEligibility, serviceOpen, type CardService } from '../cards/index.js';

type PersonRow = NonNullable<Awaited<ReturnType<typeof personRow>>>;

export interface Standing {
  /** 第19条所列高层次人才 (rule art23.talent_card granted). */
  cityTalent: boolean;
  /** 县（市、区）推荐、经市本级确认 (rule art22.county_recommended granted). */
  countyRecommended: boolean;
  /** The level of the talent's active card, if any. */
  cardLevel: CardLevel | null;
  /** 子女就学、教育券 are open. */
  eligible: boolean;
  reason: string;
}

export const NOT_ELIGIBLE = '不属于第19条所列高层次人才，也不是经市本级确认的县（市、区）推荐优秀人才（第22条）';

export async function standingOf(p: Platform, person: PersonRow): Promise<Standing> {
  const asOf = todayString(p);
  const result = calculateRequest({ profile: await personProfile(p.db, person, asOf), date: asOf });
  const granted = (rule: string) => result.inKind.some((e) => e.rule === rule && e.status === 'granted');
  const cityTalent = granted('art23.talent_card');
  const countyRecommended = granted('art22.county_recommended');
  const card = await activeCard(p.db, person.id);
  const eligible = cityTalent || countyRecommended;
  return {
    cityTalent,
    countyRecommended,
    cardLevel: card && card.valid_to >= asOf ? card.level : null,
    eligible,
    reason: cityTalent ? '第19条所列高层次人才' : countyRecommended ? '县（市、区）推荐、经市本级确认的优秀人才（第22条）' : NOT_ELIGIBLE,
  };
}

/** Whether a service of the card opens for the person: their card's level opens it, or (医疗保健) art. 22 does. */
export async function serviceOpenFor(p: Platform, person: PersonRow, service: CardService): Promise<{ open: boolean; reason: string }> {
  const s = await standingOf(p, person);
  if (service === 'medical_green_channel' && s.countyRecommended) return { open: true, reason: s.reason };
  if (s.cardLevel && serviceOpen(s.cardLevel, service, p.today())) return { open: true, reason: '持有人才卡' };
  if (service === 'bank_loan') {
    // 特优贷: the level the rules give today (a card issued before a higher recognition still says the old level).
    const e = await cardEligibility(p, person);
    if (e.eligible && e.level && serviceOpen(e.level, service, p.today())) return { open: true, reason: e.reason };
  }
  return { open: false, reason: s.cardLevel ? '您的人才卡卡级不享受该项服务' : '您尚未持有有效的人才卡' };
}

/** The calling talent's registry record. */
export async function talentPerson(p: Platform, c: Caller): Promise<PersonRow> {
  if (c.role !== 'talent' || !c.personId) throw forbidden('只有人才本人可以办理');
  const person = await personRow(p.db, c.personId);
  if (!person) throw notFound('本人在人才库中的记录');
  return person;
}

/** The calling talent's standing, for their page. */
export async function myStanding(p: Platform, c: Caller): Promise<Standing> {
  return standingOf(p, await talentPerson(p, c));
}

/** A trimmed text of `min`–`max` characters, or undefined. */
export const text = (v: unknown, min: number, max: number): string | undefined => {
  const s = typeof v === 'string' ? v.trim() : '';
  return s.length >= min && s.length <= max ? s : undefined;
};

export { REQUEST_KEY } from '../shared/index.js';

export const isStaffOfOffice = (c: Caller) => c.role === 'clerk' || c.role === 'admin' || c.role === 'leader';
