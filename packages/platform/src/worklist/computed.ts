// Indicators the platform computes from what it holds instead of having them typed: each with its
// definition in words (shown next to the figure) and the query's counts by county. A unit may still
// report the same indicator; the progress view shows both and flags a difference over DIFF_TOLERANCE.

import type { COMPUTED_INDICATORS } from '@rencai/policies';
import type { DB, Db, Transaction } from '@rencai/store';
import { degreeArrivals, firstRecognitions } from '../registry/index.js';
import { projectStarts } from '../projects/index.js';
import { HIGH_SKILLED_DEFINITION, highSkilledFirsts } from '../skills/index.js';

/** A reported figure differing from the computed one by more than this share (of the computed one) is flagged. */
export const DIFF_TOLERANCE = 0.05;

export interface Computation {
  definition: string;
  /** Each counted item's day and county, from `from` to `to` (YYYY-MM-DD). */
  events(db: Db | Transaction<DB>, from: string, to: string): Promise<Array<{ on: string; region: string }>>;
}

/** The qualifications that count as 省级以上“引才计划”“万人”等领军型人才 (article 2). */
export const LEADING_TALENT_QUALIFICATIONS = ['national_talent_program', 'national_wanren_leading', 'provincial_talent_program', 'provincial_wanren_leading', 'provincial_leading_team_head'] as const;

export const COMPUTATIONS: Record<(typeof COMPUTED_INDICATORS)[number], Computation> = {
  recognised_leading_talents: {
    definition:
      '平台人才库中，自规划起始日起首次经认定具有国家或省“引才计划”、国家或省“万人计划”领军人才、省领军型创新创业团队带头人资格的人数（同一人多次认定只计一次；自生效日起即被撤销的认定不计），按人员所在县（市、区）统计。',
    events: async (db, from, to) => (await firstRecognitions(db, LEADING_TALENT_QUALIFICATIONS, from, to)).map((x) => ({ on: x.on, region: x.region })),
  },
  digital_phd_master_arrivals: {
    definition:
      '平台人才库中，具有博士或硕士研究生学历、自规划起始日起入职数字经济行业单位（单位所属行业为“数字经济”）的人数（以最早一次此类入职计，同一人只计一次），按人员所在县（市、区）统计；人才库未收录的人员不在其内。',
    events: async (db, from, to) => (await degreeArrivals(db, { degrees: ['phd', 'master'], sectors: ['digital_economy'], from, to })).map((x) => ({ on: x.on, region: x.region })),
  },
  // From the registry of projects, teams and platforms (module projects), by the record's county.
  hl_projects_landed: {
    definition: '项目库中经评定通过的“衢时代双领”项目，自规划起始日起落地（以登记的落地日期计）的个数，按项目所在县（市、区）统计；其他人才项目尚未登记入库的不在其内。',
    events: (db, from, to) => projectStarts(db, ['shuangling'], from, to),
  },
  engineer_centres: {
    definition: '项目库中的工程师协同创新中心，自规划起始日起设立（以登记的设立日期计）的个数，按所在县（市、区）统计。',
    events: (db, from, to) => projectStarts(db, ['engineer_centre'], from, to),
  },
  enclave_teams: {
    definition: '项目库中的“人才飞地”创新团队，自规划起始日起引进（以登记的设立（引进）日期计）的个数，按所属企业所在县（市、区）统计。',
    events: (db, from, to) => projectStarts(db, ['enclave_team'], from, to),
  },
  enclave_projects: {
    definition: '项目库中的“人才飞地”高新产业项目，自规划起始日起引进（以登记的设立（引进）日期计）的个数，按所属企业所在县（市、区）统计。',
    events: (db, from, to) => projectStarts(db, ['enclave_project'], from, to),
  },
  academician_stations: {
    definition: '项目库中级别为省级或市级的院士专家工作站，自规划起始日起设立（以登记的设立（获批）日期计）的个数，按所在县（市、区）统计。',
    events: (db, from, to) => projectStarts(db, ['academician_station'], from, to, ['provincial', 'city']),
  },
  postdoc_stations: {
    definition: '项目库中级别为省级或国家级的博士后科研工作站，自规划起始日起设立（以登记的设立（获批）日期计）的个数，按所在县（市、区）统计。',
    events: (db, from, to) => projectStarts(db, ['postdoc_station'], from, to, ['provincial', 'national']),
  },
  phd_stations: {
    definition: '项目库中级别为市级的博士工作站，自规划起始日起创建（以登记的设立（获批）日期计）的个数，按所在县（市、区）统计。',
    events: (db, from, to) => projectStarts(db, ['phd_station'], from, to, ['city']),
  },
  // From the 职业技能等级认定 records of licensed enterprises (module skills): 高技能人才 = 三级/高级工 and above.
  high_skilled_recognitions: {
    definition: HIGH_SKILLED_DEFINITION,
    events: (db, from, to) => highSkilledFirsts(db, from, to),
  },
};
