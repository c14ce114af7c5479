// The card's levels and the services each opens, read from 衢委发〔2020〕7号's dated parameters
// (policies/quzhou-2020/parameters/art23.yaml): 金卡 for art. 19 tiers (1)–(3), 银卡 for (4)–(6),
// 普通卡 for the rest of the eligible talents; each service names the lowest level it is open to.

import { type Day } from '@rencai/engine';
import { policyParam } from '../shared/index.js';
import type { CardLevel } from '@rencai/store';

export const LEVEL_NAMES: Record<CardLevel, string> = { gold: '人才金卡', silver: '人才银卡', standard: '人才普通卡' };
const RANK: Record<CardLevel, number> = { gold: 3, silver: 2, standard: 1 };

/** The services of art. 23 a partner may provide, each with its Chinese name. */
export const CARD_SERVICES = {
  medical_green_channel: '医疗绿色通道',
  scenic_free: '景区免票',
  bus: '公交乘车优惠',
  bank_loan: '银行人才特优贷快速通道',
  exit_entry: '出入境证件办理便捷通道',
  education_voucher: '高层次人才“教育券”',
} as const;
export type CardService = keyof typeof CARD_SERVICES;
/** Services a partner provides that no card level opens: a seller (售房单位) redeeming 椒江's 人才房票 (module housing-vouchers). */
export const PARTNER_ONLY_SERVICES = { housing_voucher: '椒江人才房票核销（售房单位）' } as const;
export const isPartnerService = (s: unknown): s is CardService | keyof typeof PARTNER_ONLY_SERVICES => isCardService(s) || (typeof s === 'string' && Object.hasOwn(PARTNER_ONLY_SERVICES, s));
export const isCardService = (s: unknown): s is CardService => typeof s === 'string' && Object.hasOwn(CARD_SERVICES, s);

const param = (path: string, at: Day) => policyParam('quzhou-2020', path, at);

/** The level of an eligible talent of art. 19 tier `tier` on `at`. */
export function levelOfTier(tier: number, at: Day): CardLevel {
  if (tier <= Number(param('art23.card.gold_max_tier', at))) return 'gold';
  if (tier <= Number(param('art23.card.silver_max_tier', at))) return 'silver';
  return 'standard';
}

/** Whether a card of `level` opens `service` on `at`. */
export function serviceOpen(level: CardLevel, service: CardService, at: Day): boolean {
  const least = param(`art23.services.${service}`, at) as CardLevel;
  return RANK[level] >= RANK[least];
}

/** Every service with whether `level` opens it, on `at`. */
export const servicesOf = (level: CardLevel, at: Day) =>
  (Object.keys(CARD_SERVICES) as CardService[]).map((code) => ({ code, name: CARD_SERVICES[code], open: serviceOpen(level, code, at) }));
