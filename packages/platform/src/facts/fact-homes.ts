// Where each fact the rules read lives on the platform (its “home”): a field of the registry — a
// person's record, their current post, housing or talent facts, a tier recognition, an employer's
// record — kept versioned and audited, or the application form of one matter, validated against
// the fact catalogue when the application is created. One typed map keyed by every catalogue name,
// so a new fact without a home does not compile; a test walks every rule of every policy package
// and checks that each fact a matter's rules read is a registry fact or one of that matter's own
// application fields. docs/platform.md has the same table in words.

import type { FactName } from '@rencai/policies';

export type HomeKind =
  /** 人才档案：基本信息（地区、姓名）。 */
  | 'person'
  /** 人才档案：工作经历中当日所在的岗位（全职、到岗、岗位类别与性质）。 */
  | 'employment'
  /** 人才档案：住房情况。 */
  | 'housing'
  /** 人才档案：人才事实（急需紧缺专业、应届毕业、毕业院校）。 */
  | 'personFacts'
  /** 人才层次认定：经联审核准的认定记录（资格、层次及认定的入选、推荐、进站事实）。 */
  | 'recognition'
  /** 急需紧缺人才目录：按人才档案的学科专业代码对照施行中的目录版本。 */
  | 'catalogue'
  /** 单位档案：类型、重点产业、所属领域。 */
  | 'employer'
  /** 单位档案：单位事实（“星级”主播、人才创业项目）。 */
  | 'employerFacts'
  /** 兑付台账：平台按已核定的补助统计。 */
  | 'ledger'
  /** 申报表单：只属于该事项的申报件，创建时按事实目录校验。 */
  | 'application';

export interface FactHome {
  kind: HomeKind;
  /** Where in the record or the form (API field path). */
  field: string;
  /** For application facts: the matters whose form holds it. */
  matters?: readonly string[];
  /** Who records it. */
  who: string;
  /** The evidence behind it, when the policy needs one. */
  evidence: string | null;
}

const CLERK = '人才办经办人员';
const CLERK_HR = '人才办经办人员（用人单位经办人确认在职）';
const RECOGNISED = '人才办认定（人才层次认定申报件经联审核准）';
const APPLICANT = '申报人填写，联审部门核对';

const person = (field: string, evidence: string | null = null): FactHome => ({ kind: 'person', field, who: CLERK, evidence });
const post = (field: string, evidence: string | null = '劳动（聘用）合同及社保缴纳证明'): FactHome => ({ kind: 'employment', field: `employment[].${field}`, who: CLERK_HR, evidence });
const housing = (field: string, evidence: string | null = '购房合同及发票（不动产登记）'): FactHome => ({ kind: 'housing', field: `housing.${field}`, who: CLERK, evidence });
const talentFact = (field: string, evidence: string): FactHome => ({ kind: 'personFacts', field: `facts.${field}`, who: CLERK, evidence });
const recognised = (field: string, evidence: string): FactHome => ({ kind: 'recognition', field: `data.${field}`, who: RECOGNISED, evidence });
const employer = (field: string): FactHome => ({ kind: 'employer', field, who: CLERK, evidence: null });
const employerFact = (field: string, evidence: string): FactHome => ({ kind: 'employerFacts', field: `facts.${field}`, who: `${CLERK}（修改须写明认定、评定文件）`, evidence });
const form = (matter: string, field: string, evidence: string | null, who = APPLICANT): FactHome => ({ kind: 'application', field: `data.${field}`, matters: [matter], who, evidence });

const PROGRAM = '“引才计划”入选文件及补助奖励文件';
const ART17 = '投资项目主体推荐函及项目认定文件';
const POSTDOC = '博士后进站通知（工作站批文）';
const STREAMER = '“星级”主播认定文件';
const PROJECT = '人才创业项目评定文件';
const STATION = '工作站设立（获批）文件';
const AWARD = '获奖（入选）文件';

export const FACT_HOMES: Record<FactName, FactHome> = {
  region: { kind: 'person', field: 'region（个人：当日岗位所在地区，无岗位时为档案地区；单位：注册地区）', who: CLERK, evidence: null },
  'person.name': person('name', '居民身份证'),
  'person.qualifications': recognised('qualifications', '人才层次（荣誉、职称、技能、计划入选）证明材料'),
  'person.recognizedTier.art19': recognised('tierArt19', '人才层次证明材料及“相应层次”认定意见'),
  'person.recognizedTier.art20': recognised('tierArt20', '人才层次证明材料及“相应层次”认定意见'),
  'person.recognizedTier.basis': { kind: 'recognition', field: 'basis（认定申报件编号）', who: RECOGNISED, evidence: null },
  'person.fullTime': post('fullTime'),
  'person.arrivalDate': post('start（连续全职岗位的最早入职日）'),
  'person.post': post('post'),
  'person.employerType': employer('kind（人才当日岗位所在单位的类型）'),
  'person.keyIndustryEnterprise': employer('keyIndustry（人才当日岗位所在企业）'),
  'person.professionalPost': post('professionalPost'),
  'person.employedAsSocialWorker': post('employedAsSocialWorker'),
  'person.shortageFrontlinePost': post('shortageFrontlinePost', '劳动合同及紧缺职业（工种）目录中的岗位证明'),
  'person.urgentMajor': { kind: 'personFacts', field: 'education[].majorCode（按施行中的急需紧缺人才目录对照）；facts.urgentMajor 为注明原因的人工认定，优先于对照结果', who: '平台按人才办发布的急需紧缺人才目录对照（人工认定：人才办经办人员）', evidence: '学历学位证书及急需紧缺人才目录' },
  'person.urgentMajorBasis': { kind: 'catalogue', field: '对照所用的目录版本及条目', who: '平台按急需紧缺人才目录对照', evidence: null },
  'person.healthSystem': post('healthSystem', '卫健系统单位的引进（招聘）文件'),
  'person.serviceAgreementYears': post('serviceAgreementYears', '服务协议'),
  'person.selfEmployed': post('selfEmployed', '营业执照及创业（出资）证明'),
  'person.hasPurchased': housing('hasPurchased'),
  'person.purchase.date': housing('purchase.date'),
  'person.purchase.price': housing('purchase.price'),
  'person.purchase.isFirst': housing('purchase.isFirst', '不动产登记查询（首次购房）'),
  'person.purchase.sold': housing('purchase.sold', '不动产交易登记'),
  'person.purchase.soldDate': housing('purchase.soldDate', '不动产交易登记'),
  'person.countyRecommended': recognised('facts.countyRecommended', '县（市、区）推荐文件'),
  'person.talentApartment': housing('talentApartment', '人才公寓租住协议'),
  'person.freshGraduate': talentFact('freshGraduate', '毕业证书（毕业时间）及就业协议'),
  'person.graduateOf': talentFact('graduateOf', '毕业证书（“定制班”另附定制培养协议）'),
  'person.talentProgram.level': recognised('facts.talentProgram.level', PROGRAM),
  'person.talentProgram.selfApplied': recognised('facts.talentProgram.selfApplied', PROGRAM),
  'person.talentProgram.award': recognised('facts.talentProgram.award', PROGRAM),
  'person.talentProgram.selectedDate': recognised('facts.talentProgram.selectedDate', PROGRAM),
  'person.art17.recommended': recognised('facts.art17.recommended', ART17),
  'person.art17.globalCompany': recognised('facts.art17.globalCompany', ART17),
  'person.art17.foreignCapitalUsd': recognised('facts.art17.foreignCapitalUsd', ART17),
  'person.art17.fixedAssetInvestment': recognised('facts.art17.fixedAssetInvestment', ART17),
  'person.art17.majorProject': recognised('facts.art17.majorProject', ART17),
  'person.cultureAward.level': form('talent_award', 'cultureAward.level', AWARD),
  'person.cultureAward.date': form('talent_award', 'cultureAward.date', AWARD),
  'person.matchingAwards': form('talent_award', 'matchingAwards', AWARD),
  'person.matchingAwards[].name': form('talent_award', 'matchingAwards[].name', AWARD),
  'person.matchingAwards[].category': form('talent_award', 'matchingAwards[].category', AWARD),
  'person.matchingAwards[].award': form('talent_award', 'matchingAwards[].award', '上级奖励文件（金额）'),
  'person.matchingAwards[].date': form('talent_award', 'matchingAwards[].date', AWARD),
  'person.postdoc.stationLevel': recognised('facts.postdoc.stationLevel', POSTDOC),
  'person.postdoc.startDate': recognised('facts.postdoc.startDate', POSTDOC),
  'enterprise.name': employer('name'),
  'enterprise.sector': employer('sector'),
  'enterprise.experts': form('salary_subsidy', 'experts', '年薪支付凭证及个人所得税完税证明'),
  'enterprise.experts[].name': form('salary_subsidy', 'experts[].personId（人才库中的本单位在职人员）', null),
  'enterprise.experts[].qualified': form('salary_subsidy', 'experts[].qualified', '高层次人才认定材料'),
  'enterprise.experts[].salary': form('salary_subsidy', 'experts[].salary', '年薪支付凭证及个人所得税完税证明'),
  'enterprise.experts[].yearsSubsidized': { kind: 'ledger', field: '该专家（按人才库编号）已核定薪酬补助的其他年度数', who: '平台按兑付台账统计', evidence: null },
  'enterprise.academicianStation.established': form('work_station', 'academicianStation.established', STATION),
  'enterprise.academicianStation.academicians': form('work_station', 'academicianStation.academicians', '合作协议'),
  'enterprise.academicianStation.excellent': form('work_station', 'academicianStation.excellent', '优秀工作站评定文件'),
  'enterprise.academicianStation.excellentDate': form('work_station', 'academicianStation.excellentDate', '优秀工作站评定文件'),
  'enterprise.academicianStation.excellentAward': form('work_station', 'academicianStation.excellentAward', '上级补助文件'),
  'enterprise.postdocStation.level': form('work_station', 'postdocStation.level', STATION),
  'enterprise.postdocStation.established': form('work_station', 'postdocStation.established', STATION),
  'enterprise.streamers': employerFact('streamers', STREAMER),
  'enterprise.streamers[].name': employerFact('streamers[].name', STREAMER),
  'enterprise.streamers[].platform': employerFact('streamers[].platform', STREAMER),
  'enterprise.streamers[].starred': employerFact('streamers[].starred', STREAMER),
  'enterprise.streamers[].recognizedDate': employerFact('streamers[].recognizedDate', STREAMER),
  'enterprise.streamers[].famous': employerFact('streamers[].famous', STREAMER),
  'enterprise.streamers[].localContribution': employerFact('streamers[].localContribution', '地方综合贡献核定文件'),
  projects: employerFact('projects', PROJECT),
  'projects[].name': employerFact('projects[].name', PROJECT),
  'projects[].programme': employerFact('projects[].programme', PROJECT),
  'projects[].class': employerFact('projects[].class', PROJECT),
  'projects[].industry': employerFact('projects[].industry', PROJECT),
  'projects[].settled': employerFact('projects[].settled', '落户（注册）证明'),
  'projects[].assessedDate': employerFact('projects[].assessedDate', PROJECT),
  'projects[].upgradedClass': employerFact('projects[].upgradedClass', '升档评定文件'),
  'projects[].upgradeDate': employerFact('projects[].upgradeDate', '升档评定文件'),
  'projects[].localContribution': employerFact('projects[].localContribution', '地方综合贡献核定文件'),
  'projects[].biomedicine': employerFact('projects[].biomedicine', PROJECT),
};

/** The home of a fact the rules read (a list field `list[].field` has its own entry). */
export const homeOf = (name: string): FactHome | undefined => (FACT_HOMES as Record<string, FactHome>)[name];

/** Whether a home is in the registry (or held by the platform), rather than one matter's form. */
export const inRegistry = (h: FactHome): boolean => h.kind !== 'application';

/** The catalogue names whose home is the form of `matter` (top-level, e.g. person.cultureAward.level). */
export const applicationFacts = (matter: string): string[] =>
  Object.entries(FACT_HOMES as Record<string, FactHome>)
    .filter(([name, h]) => h.kind === 'application' && h.matters?.includes(matter) && !name.includes('[]'))
    .map(([name]) => name);

/** The catalogue names a recognition may establish besides qualifications and tiers (facts.*). */
export const recognitionFacts = (): string[] =>
  Object.entries(FACT_HOMES as Record<string, FactHome>)
    .filter(([, h]) => h.kind === 'recognition' && h.field.startsWith('data.facts.'))
    .map(([name]) => name);
