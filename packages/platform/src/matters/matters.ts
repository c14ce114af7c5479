// The catalogue of service matters (事项) of every shipped policy package (衢委发〔2020〕7号, 椒江
// 2021, 衢江 2018): what can be applied for, by whom, under which clauses (the engine rules that
// compute it), with which materials — each marked when the registry already holds it, so it is not
// asked again (精简材料) — which departments review it jointly and what each of them checks, and the
// promised number of working days (承诺时限). A matter belongs to its package and is offered only
// where that package applies (its jurisdiction); every cash rule of every package has a matter.

import { loadPolicies, regionName } from '@rencai/policies';
import type { PersonsTable, Selectable } from '@rencai/store';
import { APARTMENT_MATTER } from './apartment.js';
import { HOUSING_VOUCHER_MATTER } from './housing-voucher.js';
import type { Material, Matter } from './matter.js';

export type { Material, MatterClaim, Matter } from './matter.js';

const DEPT = {
  talent: { code: 'talent_office', name: '人才办（组织部）' },
  hr: { code: 'hrss', name: '人力社保局' },
  finance: { code: 'finance', name: '财政局' },
  housing: { code: 'housing', name: '住建局' },
  science: { code: 'science', name: '科技局' },
  assoc: { code: 'sci_assoc', name: '科协' },
  // 附件第9项：“村播”人才的牵头单位（市农业农村局、市商务局）；直播运营主体的营销业绩由商务局核对。
  commerce: { code: 'commerce', name: '商务局' },
  // 子女就学（第22条、工作清单第15项）：学位安排由教育局落实。
  education: { code: 'education', name: '教育局' },
} as const;

/** A department's name by its code (the joint-review departments of every matter), or undefined. */
export const departmentName = (code: string): string | undefined => Object.values(DEPT).find((d) => d.code === code)?.name;

const dept = (d: { code: string; name: string }, checks: string) => ({ code: d.code, name: d.name, checks });

const ID_CARD: Material = { code: 'id_card', name: '居民身份证', heldBy: (p) => !!p, heldNote: '人才库已有身份证信息' };
const DEGREE: Material = { code: 'degree_certificate', name: '学历学位证书', heldBy: (p) => !!p && p.education.length > 0, heldNote: '人才库已有学历信息' };
const CONTRACT: Material = { code: 'labour_contract', name: '劳动（聘用）合同及社保缴纳证明', heldBy: (p) => !!p && p.employment.some((e) => !e.end && e.fullTime), heldNote: '人才库已有在职全职记录' };
const SELECTION: Material = { code: 'program_selection', name: '“引才计划”入选文件（自主申报）' };
const PROJECT_DOCS: Material[] = [
  { code: 'project_assessment', name: '项目评定文件（评定类别；申报升档资助另附升档评定文件，申报贡献奖励另附地方综合贡献核定文件）' },
  { code: 'settlement_proof', name: '项目落户（企业注册）证明' },
];
const PURCHASE: Material = { code: 'purchase_contract', name: '购房合同及发票', heldBy: (p) => !!p?.housing.purchase, heldNote: '人才库已有购房备案信息' };

export const MATTERS: Matter[] = [
  {
    code: 'tier_recognition',
    name: '人才层次认定',
    clauses: ['衢委发〔2020〕7号第19条', '衢委发〔2020〕7号第20条'],
    applicant: 'person',
    rules: [],
    materials: [ID_CARD, DEGREE, { code: 'qualification_evidence', name: '人才层次（荣誉、职称、技能、计划入选）证明材料' }],
    departments: [
      dept(DEPT.talent, '核对申请认定的资格（荣誉、职称、学历、技能、计划入选）与第19条、第20条所列层次是否相符，证明材料是否真实、在有效期内'),
      dept(DEPT.hr, '核对职称、职业资格（技能等级）证书和学历学位证书的真实性'),
    ],
    promisedDays: 10,
    proactive: 'none',
    description: '认定人才层次（第19条津贴层次、第20条购房补助层次），认定结果有效期内各事项直接采用，无需重复提交证明。',
  },
  {
    code: 'talent_allowance',
    policy: 'quzhou-2020',
    name: '人才津贴',
    clauses: ['衢委发〔2020〕7号第19条'],
    applicant: 'person',
    rules: ['art19.1', 'art19.2', 'art19.3', 'art19.4', 'art19.5', 'art19.6', 'art19.7', 'art19.8'],
    materials: [ID_CARD, DEGREE, CONTRACT],
    departments: [
      dept(DEPT.talent, '核对认定的人才层次及有效期、全职在衢工作（劳动合同和社保缴纳），确定第19条津贴档次'),
      dept(DEPT.finance, '核对资金来源与市、县（市、区）分担比例，确认未重复享受同类津贴'),
    ],
    promisedDays: 10,
    proactive: 'create',
    description: '按认定的人才层次按年发放人才津贴。',
  },
  {
    code: 'housing_purchase',
    policy: 'quzhou-2020',
    name: '购房补助',
    clauses: ['衢委发〔2020〕7号第20条'],
    applicant: 'person',
    rules: ['art20.1', 'art20.2', 'art20.3', 'art20.4', 'art20.5'],
    materials: [ID_CARD, CONTRACT, PURCHASE, { code: 'service_agreement', name: '服务协议（三年以上）' }],
    departments: [
      dept(DEPT.talent, '核对第20条人才层次、全职在衢工作和服务协议（三年以上）'),
      dept(DEPT.housing, '核对购房合同、发票和网签备案：五年内首次购房、购房时间和房价'),
      dept(DEPT.finance, '核对补助金额（不超过实际房价）、分期安排与资金来源'),
    ],
    promisedDays: 15,
    proactive: 'list',
    description: '五年内首次购房，按补助面积 × 购房所在半年度市区新建商品住宅均价给予补助，不超过实际房价。',
  },
  {
    code: 'rent_subsidy',
    policy: 'quzhou-2020',
    name: '租房补助',
    clauses: ['衢委发〔2020〕7号第20条'],
    applicant: 'person',
    rules: ['art20.rent'],
    materials: [ID_CARD, DEGREE, CONTRACT, { code: 'lease', name: '租房合同' }],
    departments: [
      dept(DEPT.talent, '核对全日制学历、全职在衢工作，以及未在衢购房'),
      dept(DEPT.hr, '核对劳动（聘用）合同和社保缴纳情况'),
    ],
    promisedDays: 10,
    proactive: 'list',
    description: '未购房的全日制高校毕业生等按最低工资标准的一定比例发放租房补助。',
  },
  {
    code: 'salary_subsidy',
    policy: 'quzhou-2020',
    name: '企业高层次人才薪酬补助',
    clauses: ['衢委发〔2020〕7号第16条'],
    applicant: 'employer',
    rules: ['art16.salary_subsidy'],
    materials: [{ code: 'salary_proof', name: '年薪支付凭证及个人所得税完税证明' }, { code: 'expert_recognition', name: '高层次人才认定材料' }],
    departments: [
      dept(DEPT.talent, '核对每位专家是否为本单位在职的高层次人才、是否经认定掌握关键核心技术，以及已享受补助的年数（每位最长 3 年）'),
      dept(DEPT.science, '核对企业属于重点产业领域，专家从事关键核心技术研发'),
      dept(DEPT.finance, '核对年薪支付凭证和个人所得税完税证明（年薪 80 万元以上），补助按年薪 30%、单个企业每年不超过 100 万元'),
    ],
    promisedDays: 15,
    proactive: 'none',
    description: '企业实际支付年薪 80 万元以上的高层次人才，按年薪 30% 给予企业补助，单个企业每年最高 100 万元，每位专家最长 3 年。',
  },
  {
    code: 'work_station',
    policy: 'quzhou-2020',
    name: '院士专家工作站、博士后工作站资助',
    clauses: ['衢委发〔2020〕7号第16条'],
    applicant: 'employer',
    rules: ['art16.academician_station', 'art16.academician_station_excellent', 'art16.postdoc_station'],
    // One station per application (its benefit period): the other station's rule is not this application's to decide.
    rulesFor: (data) => (data.academicianStation !== undefined ? ['art16.academician_station', 'art16.academician_station_excellent'] : ['art16.postdoc_station']),
    materials: [{ code: 'station_approval', name: '工作站设立（获批）文件' }, { code: 'cooperation_agreement', name: '合作协议' }],
    departments: [
      dept(DEPT.talent, '核对工作站为新设立（新获批），及设立（获批）文件的日期和级别'),
      dept(DEPT.assoc, '核对院士专家工作站的合作协议、进站院士专家和合作内容'),
      dept(DEPT.hr, '核对博士后科研工作站（创新实践基地）的获批文件'),
      dept(DEPT.finance, '核对资助金额、优秀工作站 1:1 配套与资金来源'),
    ],
    promisedDays: 20,
    proactive: 'none',
    description: '新设立院士专家工作站、新获批博士后科研工作站的建站资助，优秀工作站 1:1 配套。',
  },
  {
    code: 'talent_award',
    policy: 'quzhou-2020',
    name: '人才奖励（新115、151、拔尖人才、文化与技能奖项等）',
    clauses: ['衢委发〔2020〕7号第18条'],
    applicant: 'person',
    rules: ['art18.new115', 'art18.zj151', 'art18.top_talent', 'art18.young_top_talent', 'art18.distinguished', 'art18.culture_award', 'art18.matching_award', 'art18.social_worker', 'art18.assistant_social_worker'],
    materials: [ID_CARD, { code: 'award_evidence', name: '获奖（入选）文件' }],
    departments: [
      dept(DEPT.talent, '核对入选人才工程或获奖的文件、层次和时间'),
      dept(DEPT.finance, '核对奖励金额、配套比例与资金来源，确认未重复奖励'),
    ],
    promisedDays: 15,
    proactive: 'list',
    description: '入选人才工程、获得奖项的一次性奖励或配套奖励。',
  },
  {
    code: 'talent_program_matching',
    name: '“引才计划”入选人才1:1配套补助奖励',
    policy: 'quzhou-2020',
    clauses: ['衢委发〔2020〕7号第16条'],
    applicant: 'person',
    rules: ['art16.program_matching'],
    materials: [ID_CARD, SELECTION, { code: 'program_award', name: '国家、省补助奖励文件及到账凭证' }],
    departments: [
      dept(DEPT.talent, '核对自主申报入选省级以上“引才计划”的入选文件、层级和入选日期，与人才层次认定记录一致'),
      dept(DEPT.finance, '核对国家、省补助奖励额度及到账凭证，按 1:1 配套，确认未重复享受'),
    ],
    promisedDays: 15,
    proactive: 'list',
    description: '自主申报入选省级以上“引才计划”的人才，按国家、省补助奖励额度给予 1:1 配套补助奖励（入选情况以人才层次认定记录为准）。',
  },
  {
    code: 'talent_program_employer',
    name: '“引才计划”入选人才所在企业奖励',
    policy: 'quzhou-2020',
    clauses: ['衢委发〔2020〕7号第16条'],
    applicant: 'employer',
    subject: 'employee',
    rules: ['art16.program_employer'],
    materials: [SELECTION, { code: 'employment_proof', name: '入选人才在本企业的劳动（聘用）合同及社保缴纳证明' }],
    departments: [
      dept(DEPT.talent, '核对入选人才自主申报入选国家级（企业奖励 100 万元）或省级（50 万元）“引才计划”，入选时在本企业工作'),
      dept(DEPT.finance, '核对奖励金额与资金来源，确认同一入选人才的企业奖励只发放一次'),
    ],
    promisedDays: 15,
    proactive: 'none',
    description: '本企业人才自主申报入选国家级、省级“引才计划”的，分别给予企业一次性 100 万元、50 万元奖励；每位入选人才申报一次。',
  },
  {
    code: 'shuangling_project',
    name: '“衢时代双领”项目资助',
    policy: 'quzhou-2020',
    clauses: ['衢委发〔2020〕7号第16条'],
    applicant: 'employer',
    subject: 'project',
    claims: [
      { code: 'startup', name: '项目启动资助（A、B、C 类 600、400、200 万元）', rules: ['art16.shuangling_startup'] },
      { code: 'upgrade', name: '两年内升一档资助（差额）', rules: ['art16.shuangling_upgrade'] },
      { code: 'contribution', name: '五年内地方综合贡献奖励（最高 400 万元）', rules: ['art16.shuangling_contribution'] },
    ],
    rules: ['art16.shuangling_startup', 'art16.shuangling_upgrade', 'art16.shuangling_contribution'],
    materials: PROJECT_DOCS,
    departments: [
      dept(DEPT.talent, '核对项目经“衢时代双领”评定的类别和日期、领办合办的高层次人才，以及升档评定是否在评定后两年内、只升一档'),
      dept(DEPT.science, '核对高科技企业（创新项目）的产业化效益或重大技术突破（升档），以及生物医药类项目的认定'),
      dept(DEPT.finance, '核对启动资助档次、升档差额、地方综合贡献（贡献奖励不超过贡献且最高 400 万元）与资金来源，确认同一项目同一资助只发放一次'),
    ],
    promisedDays: 20,
    proactive: 'none',
    description: '经评定为 A、B、C 类并落户衢州的“衢时代双领”项目：启动资助，两年内升一档的差额资助，五年内按地方综合贡献最高 400 万元奖励。每个项目的每项资助分别申报一次（项目以单位档案中登记的人才创业项目为准）。',
  },
  {
    code: 'postdoc_living',
    name: '博士后生活补助',
    policy: 'quzhou-2020',
    clauses: ['衢委发〔2020〕7号第16条'],
    applicant: 'person',
    rules: ['art16.postdoc_living'],
    materials: [ID_CARD, { code: 'postdoc_admission', name: '博士后进站通知（所在工作站批文）' }],
    departments: [
      dept(DEPT.talent, '核对进站日期及所在博士后科研工作站的层级（国家级、省级），与人才层次认定记录一致'),
      dept(DEPT.hr, '核对博士后进站手续和在站情况（二年内每年核对）'),
      dept(DEPT.finance, '核对每人每年 20 万元、二年内的补助安排与资金来源'),
    ],
    promisedDays: 15,
    proactive: 'list',
    description: '国家级、省级博士后科研工作站招收的博士后，进站二年内每人每年 20 万元生活补助（按年发放）。',
  },
  {
    code: 'streamer_award',
    name: '“星级”主播培养奖励、知名主播贡献奖励',
    policy: 'quzhou-2020',
    clauses: ['衢委发〔2020〕7号第18条'],
    applicant: 'employer',
    subject: 'streamer',
    rules: ['art18.star_streamer', 'art18.famous_streamer'],
    materials: [{ code: 'streamer_recognition', name: '“星级”（知名）主播认定文件' }, { code: 'contribution_assessment', name: '地方综合贡献核定文件（知名主播）' }],
    departments: [
      dept(DEPT.talent, '核对直播运营主体落户衢州，主播经认定为“星级”主播（知名主播）及认定日期'),
      dept(DEPT.commerce, '核对主播的社会知名度、产业带动和营销业绩，以及直播运营主体的经营情况'),
      dept(DEPT.finance, '核对奖励金额（“星级”主播一次性 10 万元，知名主播不超过地方综合贡献的 100%）与资金来源，确认同一主播不重复奖励'),
    ],
    promisedDays: 15,
    proactive: 'none',
    description: '落户衢州的直播运营主体每培养一名“星级”主播给予一次性 10 万元奖励，按地方综合贡献给予知名主播最高 100% 的奖励。每位主播申报一次（主播以单位档案中登记的为准）。',
  },
  {
    code: 'jj_settling_grant',
    name: '椒江区高校毕业生安家补贴',
    policy: 'jiaojiang-2021',
    clauses: ['《椒江区盯才“扩中” 大力培育“中收”后备军》（2021）二、（一）'],
    applicant: 'person',
    rules: ['settle.1', 'settle.2', 'settle.3', 'settle.4'],
    materials: [ID_CARD, DEGREE, CONTRACT],
    departments: [
      dept(DEPT.talent, '核对学历（技能）层次：博士研究生、全日制硕士、全日制本科（技师）、全日制专科（高级工），就高享受一项'),
      dept(DEPT.hr, '核对 2021 年起在椒江全职就业（劳动合同和社保缴纳）及到岗日期'),
      dept(DEPT.finance, '核对一次性安家补贴金额（10 万、5 万、1 万、0.6 万元）与区级资金，确认未重复享受'),
    ],
    promisedDays: 10,
    proactive: 'list',
    description: '2021 年起全职来椒江就业的博士研究生、全日制硕士、全日制本科（技师）、全日制专科（高级工）一次性分别给予 10 万、5 万、1 万、0.6 万元安家补贴（就高一项）。',
  },
  {
    code: 'jj_housing_purchase',
    name: '椒江区人才购房补助',
    policy: 'jiaojiang-2021',
    clauses: ['《椒江区盯才“扩中” 大力培育“中收”后备军》（2021）二、（一）'],
    applicant: 'person',
    rules: ['purchase.1', 'purchase.2'],
    materials: [ID_CARD, DEGREE, CONTRACT, PURCHASE],
    departments: [
      dept(DEPT.talent, '核对博士研究生或全日制硕士学历，以及 2021 年起在椒江全职就业'),
      dept(DEPT.housing, '核对在椒江购房的购房合同、发票和网签备案，购房日期和房价'),
      dept(DEPT.finance, '核对补助金额（博士最高 40 万元、全日制硕士最高 20 万元，不超过实际房价）与区级资金'),
    ],
    promisedDays: 15,
    proactive: 'list',
    description: '全职来椒江就业并在椒江购房的博士研究生、全日制硕士，分别给予最高 40 万元、20 万元购房补助（经审核确定，不超过实际房价）。',
  },
  {
    code: 'qj_startup',
    name: '衢江区主导产业项目创业启动补助',
    policy: 'qujiang-2018',
    clauses: ['《衢江区“人才+产业”助力打造康养城》（2018）一、出台导向鲜明政策'],
    applicant: 'employer',
    subject: 'project',
    rules: ['startup'],
    materials: PROJECT_DOCS,
    departments: [
      dept(DEPT.talent, '核对项目为衢江区主导产业人才创业项目，经评定的类别（A、B、C）和评定日期'),
      dept(DEPT.science, '核对项目属于针灸康养、放心农业、机械制造、特种纸业等区域主导产业'),
      dept(DEPT.finance, '核对补助档次（600、400、200 万元）、项目落户衢江与区级资金，确认同一项目只补助一次'),
    ],
    promisedDays: 20,
    proactive: 'none',
    description: '针灸康养、放心农业、机械制造、特种纸业等区域主导产业项目，按评定类别给予 600 万元、400 万元、200 万元创业启动补助（每个项目申报一次，项目以单位档案中登记的为准）。',
  },
  {
    code: 'qj_disciple',
    name: '衢江区针灸专家亲传弟子及同级别人才补助',
    policy: 'qujiang-2018',
    clauses: ['《衢江区“人才+产业”助力打造康养城》（2018）一、出台导向鲜明政策'],
    applicant: 'person',
    rules: ['disciple'],
    materials: [ID_CARD, CONTRACT, { code: 'disciple_evidence', name: '针灸专家亲传弟子（同级别人才）证明材料' }],
    departments: [
      dept(DEPT.talent, '核对针灸专家亲传弟子或同级别人才的认定（与人才层次认定记录一致）'),
      dept(DEPT.hr, '核对 2018-11-26 后全职来衢江工作（劳动合同和社保缴纳）及到岗日期'),
      dept(DEPT.finance, '核对每人一次性合计 50 万元补助与区级资金，确认未重复享受'),
    ],
    promisedDays: 15,
    proactive: 'list',
    description: '针灸专家亲传弟子及同级别人才全职来衢江的，给予每人一次性合计 50 万元补助。',
  },
  // In-kind services (they pay nothing).
  APARTMENT_MATTER,
  HOUSING_VOUCHER_MATTER,
  {
    // 子女就学 (art. 22 / item 15): the request itself (the child's data, encrypted) is kept by the
    // in-kind services module (inkind), which files this application; the form holds only its number.
    code: 'child_schooling',
    policy: 'quzhou-2020',
    name: '人才子女就学',
    clauses: ['衢委发〔2020〕7号第22条', '衢委发〔2020〕7号第23条'],
    applicant: 'person',
    rules: [],
    // The child's hukou is stated on the request (户籍说明); the education bureau checks it with the public-security records.
    materials: [ID_CARD],
    departments: [
      dept(DEPT.talent, '核对申请人属于第19条所列高层次人才（市本级），或经市本级确认的县（市、区）推荐优秀人才（第22条）'),
      dept(DEPT.education, '核对子女学段、年级与户籍情况，按就近、相对集中原则提出学校安排意见'),
    ],
    promisedDays: 15,
    proactive: 'none',
    description: '高层次人才子女（含县（市、区）推荐、经市本级确认的优秀人才子女）入学、转学，由教育局统筹安排学校。',
  },
];

export const matterByCode = (code: string): Matter | undefined => MATTERS.find((m) => m.code === code);

/** The rules an application of `matter` with this form data decides. */
export function matterRules(matter: Matter, data: Record<string, unknown>): string[] {
  if (matter.rulesFor) return matter.rulesFor(data);
  const claim = matter.claims?.find((x) => x.code === data.claim);
  return claim ? claim.rules : matter.rules;
}

/** The package a matter belongs to (id, jurisdiction and its label), or undefined for a shared service. */
export function matterPackage(m: Matter): { id: string; label: string; jurisdiction: string[] } | undefined {
  if (!m.policy) return undefined;
  const pkg = loadPolicies().find((x) => x.meta.id === m.policy);
  if (!pkg) throw new Error(`matter ${m.code}: unknown policy package ${m.policy}`);
  return { id: pkg.meta.id, label: pkg.meta.jurisdictionLabel, jurisdiction: pkg.meta.jurisdiction };
}

/** Whether the matter is offered to an applicant working (registered) in `region`: its package applies there. */
export const matterOffered = (m: Matter, region: string): boolean => !m.policy || matterPackage(m)!.jurisdiction.includes(region);

/** Why the matter is not offered in `region` (for the 400 naming `matter`). */
export const notOfferedMessage = (m: Matter, region: string): string =>
  `「${m.name}」是${matterPackage(m)!.label}的政策事项，申报人工作地（注册地）${regionName(region)}不在其适用范围内，不能申报`;

/** The catalogue as the API shows it (no functions). */
export const matterView = (m: Matter, person?: Selectable<PersonsTable>) => ({
  code: m.code,
  name: m.name,
  clauses: m.clauses,
  applicant: m.applicant,
  applicantLabel: m.applicant === 'person' ? '个人' : '单位',
  policy: m.policy ?? null,
  policyLabel: m.policy ? matterPackage(m)!.label : '各地通用',
  subject: m.subject ?? null,
  claims: m.claims?.map((x) => ({ code: x.code, name: x.name })) ?? null,
  rules: m.rules,
  materials: m.materials.map((x) => ({ code: x.code, name: x.name, fromRegistry: !!x.heldBy, held: x.heldBy ? x.heldBy(person) : false, heldNote: x.heldNote })),
  departments: m.departments,
  promisedDays: m.promisedDays,
  proactive: m.proactive,
  description: m.description,
});
