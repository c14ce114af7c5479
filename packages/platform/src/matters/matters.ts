// The catalogue of service matters (事项) implied by 衢委发〔2020〕7号: what can be applied for, by
// whom, under which clauses (the engine rules that compute it), with which materials — each marked
// when the registry already holds it, so it is not asked again (精简材料) — which departments
// review it jointly and what each of them checks, and the promised number of working days (承诺时限).

import type { PersonsTable, Selectable } from '@rencai/store';

export interface Material {
  code: string;
  name: string;
  /** When set: the registry holds this material if the test passes on the person's record. */
  heldBy?: (person: Selectable<PersonsTable> | undefined) => boolean;
  heldNote?: string;
}

export interface Matter {
  code: string;
  name: string;
  clauses: string[];
  applicant: 'person' | 'employer';
  /** Engine rules whose granted amounts the decision pays; empty for a matter that pays nothing. */
  rules: string[];
  /** The rules one application decides, when its form claims only some of them (one station of work_station). */
  rulesFor?: (data: Record<string, unknown>) => string[];
  materials: Material[];
  /** The joint-review departments, each with what it checks for this matter (shown to its reviewers). */
  departments: Array<{ code: string; name: string; checks: string }>;
  promisedDays: number;
  /** 免申即享: the proactive job creates the application itself (otherwise it only lists candidates). */
  proactive: 'create' | 'list' | 'none';
  description: string;
}

const DEPT = {
  talent: { code: 'talent_office', name: '人才办（组织部）' },
  hr: { code: 'hrss', name: '人力社保局' },
  finance: { code: 'finance', name: '财政局' },
  housing: { code: 'housing', name: '住建局' },
  science: { code: 'science', name: '科技局' },
  assoc: { code: 'sci_assoc', name: '科协' },
} as const;

/** A department's name by its code (the joint-review departments of every matter), or undefined. */
export const departmentName = (code: string): string | undefined => Object.values(DEPT).find((d) => d.code === code)?.name;

const dept = (d: { code: string; name: string }, checks: string) => ({ code: d.code, name: d.name, checks });

const ID_CARD: Material = { code: 'id_card', name: '居民身份证', heldBy: (p) => !!p, heldNote: '人才库已有身份证信息' };
const DEGREE: Material = { code: 'degree_certificate', name: '学历学位证书', heldBy: (p) => !!p && p.education.length > 0, heldNote: '人才库已有学历信息' };
const CONTRACT: Material = { code: 'labour_contract', name: '劳动（聘用）合同及社保缴纳证明', heldBy: (p) => !!p && p.employment.some((e) => !e.end && e.fullTime), heldNote: '人才库已有在职全职记录' };
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
];

export const matterByCode = (code: string): Matter | undefined => MATTERS.find((m) => m.code === code);

/** The rules an application of `matter` with this form data decides. */
export const matterRules = (matter: Matter, data: Record<string, unknown>): string[] => (matter.rulesFor ? matter.rulesFor(data) : matter.rules);

/** The catalogue as the API shows it (no functions). */
export const matterView = (m: Matter, person?: Selectable<PersonsTable>) => ({
  code: m.code,
  name: m.name,
  clauses: m.clauses,
  applicant: m.applicant,
  applicantLabel: m.applicant === 'person' ? '个人' : '单位',
  rules: m.rules,
  materials: m.materials.map((x) => ({ code: x.code, name: x.name, fromRegistry: !!x.heldBy, held: x.heldBy ? x.heldBy(person) : false, heldNote: x.heldNote })),
  departments: m.departments,
  promisedDays: m.promisedDays,
  proactive: m.proactive,
  description: m.description,
});
