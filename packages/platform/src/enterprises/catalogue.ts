// The enterprise services' catalogues as data: industries by GB/T 4754-2017 门类 (the national
// classification of economic activities, its 20 sections A–T), enterprise sizes (统计上大中小微型企业
// 划分办法), problem categories with the department answerable for each and the working days promised
// (our own commitment, set here, in the spirit of 椒江's 问题池), and the degrees and urgencies of demands.

import type { DemandDegree, DemandUrgency, EnterpriseSize, ProblemCategory } from '@rencai/store';

export const INDUSTRIES_GBT4754: Record<string, string> = {
  A: '农、林、牧、渔业',
  B: '采矿业',
  C: '制造业',
  D: '电力、热力、燃气及水生产和供应业',
  E: '建筑业',
  F: '批发和零售业',
  G: '交通运输、仓储和邮政业',
  H: '住宿和餐饮业',
  I: '信息传输、软件和信息技术服务业',
  J: '金融业',
  K: '房地产业',
  L: '租赁和商务服务业',
  M: '科学研究和技术服务业',
  N: '水利、环境和公共设施管理业',
  O: '居民服务、修理和其他服务业',
  P: '教育',
  Q: '卫生和社会工作',
  R: '文化、体育和娱乐业',
  S: '公共管理、社会保障和社会组织',
  T: '国际组织',
};

export const ENTERPRISE_SIZES: Record<EnterpriseSize, string> = { large: '大型', medium: '中型', small: '小型', micro: '微型' };

/** Departments that answer problems (codes as in accounts' department; 教育局 has no reviewer account in the demo). */
export const PROBLEM_DEPARTMENTS: Record<string, string> = {
  talent_office: '人才办（组织部）',
  hrss: '人力社保局',
  housing: '住建局',
  education: '教育局',
  finance: '财政局',
  science: '科技局',
};

export const PROBLEM_CATEGORIES: Record<ProblemCategory, { label: string; department: string; workdays: number }> = {
  talent: { label: '人才招引', department: 'hrss', workdays: 5 },
  housing: { label: '住房', department: 'housing', workdays: 10 },
  schooling: { label: '子女就学', department: 'education', workdays: 10 },
  policy: { label: '政策兑现', department: 'talent_office', workdays: 5 },
  other: { label: '其他', department: 'talent_office', workdays: 7 },
};

export const DEMAND_DEGREES: Record<DemandDegree, string> = { none: '不限', college: '大专', bachelor: '本科', master: '硕士研究生', doctor: '博士研究生' };
export const DEMAND_URGENCIES: Record<DemandUrgency, string> = { normal: '一般', urgent: '紧急', critical: '特别紧急' };

export const industryName = (code: string): string => INDUSTRIES_GBT4754[code] ?? '未知行业';
export const departmentLabel = (code: string): string => PROBLEM_DEPARTMENTS[code] ?? '未知部门';

/** Options for the pages: code and label of each catalogue. */
export function enterpriseCatalogues() {
  const list = (r: Record<string, string>) => Object.entries(r).map(([code, label]) => ({ code, label }));
  return {
    industries: list(INDUSTRIES_GBT4754),
    sizes: list(ENTERPRISE_SIZES),
    departments: list(PROBLEM_DEPARTMENTS),
    categories: Object.entries(PROBLEM_CATEGORIES).map(([code, v]) => ({ code, label: v.label, department: v.department, departmentName: departmentLabel(v.department), workdays: v.workdays })),
    degrees: list(DEMAND_DEGREES),
    urgencies: list(DEMAND_URGENCIES),
  };
}
