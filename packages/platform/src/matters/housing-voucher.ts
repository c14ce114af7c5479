// The in-kind matter 椒江人才房票联审 (《椒江区盯才“扩中” 大力培育“中收”后备军》（2021）二、（一）第四句:
// “已完成首期人才房票发放，共有 29名人才通过房票联审，补贴 852.2万元”): the joint review (人才办、
// 住建局、财政局) decides who gets a 房票 and its amount; the approval issues the voucher (module
// housing-vouchers), whose value enters the ledger when a registered seller redeems it against a purchase
// contract. The text gives no amount and no term: both are entered by the approver within local
// parameters (parameters/local_voucher.yaml). Eligibility is the package's rule `voucher`.

import type { Matter } from './matter.js';

export const HOUSING_VOUCHER_MATTER: Matter = {
  code: 'jj_housing_voucher',
  policy: 'jiaojiang-2021',
  name: '椒江人才房票联审',
  clauses: ['《椒江区盯才“扩中” 大力培育“中收”后备军》（2021）二、（一）第四句'],
  applicant: 'person',
  rules: [],
  inKindRules: ['voucher'],
  materials: [
    { code: 'id_card', name: '居民身份证', heldBy: (p) => !!p, heldNote: '人才库已有身份证信息' },
    { code: 'degree_certificate', name: '学历学位证书（或技能等级证书）', heldBy: (p) => !!p && p.education.length > 0, heldNote: '人才库已有学历信息' },
    { code: 'labour_contract', name: '劳动（聘用）合同及社保缴纳证明', heldBy: (p) => !!p && p.employment.some((e) => !e.end && e.fullTime), heldNote: '人才库已有在职全职记录' },
    { code: 'housing_record', name: '本人及配偶在椒江的住房情况查询（不动产登记）' },
  ],
  departments: [
    { code: 'talent_office', name: '人才办（组织部）', checks: '核对全职在椒江就业及学历（技能）层次，属于房票发放对象；提出房票面额（不超过本地参数上限）和有效期' },
    { code: 'housing', name: '住建局', checks: '核对本人及配偶在椒江的住房情况，房票用于在椒江购买商品住房' },
    { code: 'finance', name: '财政局', checks: '核对房票面额在区级人才专项资金安排内，确认未重复享受房票' },
  ],
  promisedDays: 15,
  proactive: 'none',
  description: '原文：“截至目前，已完成首期人才房票发放，共有 29名人才通过房票联审，补贴 852.2万元。”全职在椒江就业的人才申请人才房票，经人才办、住建局、财政局联审确定面额和有效期后发放；房票绑定本人，在登记的售房单位购房时凭购房合同核销一次，核销时由区财政按面额兑付给售房单位（抵扣房款）。',
};
