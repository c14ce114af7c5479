// Inputs for the facts the rules read, driven by the fact catalogue (GET /api/v1/facts): the
// label, the choices and their Chinese names come from there. A yes/no fact is asked explicitly —
// 是 / 否 / 未登记 — and never defaulted; clearing a choice leaves the fact unknown. Strings of the
// fact forms (person facts, awards, per-rule decisions) live here too, Chinese first.

import { useCallback } from 'react';
import { Input, InputNumber, Radio, Select } from 'antd';
import { Field } from '../field';
import type { Fact } from '../api';
import { useI18n } from '../i18n';
import { yuanError } from '../applications/validate';

const zh = {
  yes: '是',
  no: '否',
  unknown: '未登记',
  dateHint: 'YYYY-MM-DD',
  dateBad: '日期应为 YYYY-MM-DD',
  talentFacts: '人才事实',
  talentFactsTitle: '规则读取的人才事实',
  talentFactsHint: '是 / 否须明确选择；未登记的事实在计算中为“待确定”，不会当作“否”。',
  currentPost: '当前岗位',
  noCurrentPost: '人才库中没有当前在职的岗位，请先补充工作经历。',
  personFacts: '人才事实（与岗位无关）',
  factsReason: '依据（记入版本历史）',
  factsReasonDefault: '补录规则读取的人才事实',
  saved: '已保存',
  save: '保存',
  awardApply: '填写奖项并申报',
  awardTitle: '人才奖励：奖项情况',
  cultureAward: '文化类权威奖项',
  hasMatching: '是否有需配套奖励的奖项或入选（“四个一批”、青年英才、技能奖项）',
  addAward: '添加奖项',
  remove: '删除',
  chooseYesNo: '请选择是或否',
  chooseOne: '请选择',
  ruleDecisions: '逐条核定',
  decisionNo: '第 {n} 次决定',
  openRules: '待定的规则（缺少事实）',
  openRulesHint: '待定的规则不影响其他规则的核定与兑付；补录所缺事实后“补充核定”，无法补齐的可“结束待定”。',
  missingWhere: '记录于',
  decideOpen: '补充核定',
  closeOpen: '结束待定',
  closeReason: '结束待定的理由（至少 4 个字）',
  fillForm: '补录本申报表单中缺少的事实（只能补缺，不能修改已有事实）',
  granted: '给予',
  upTo: '最高额度（经评定）',
  notEligible: '不符合',
  closed: '结束（不予核定）',
  computed: '规则计算',
  approvedTotal: '核定',
  pendingSecond: '待第二人复核',
  adjustOptional: '调整金额（元；不填即按规则计算的金额核定）',
  reasonIfAdjusted: '理由（调整金额时必填，将由第二人复核）',
};
type Key = keyof typeof zh;
const en: Record<Key, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not recorded',
  dateHint: 'YYYY-MM-DD',
  dateBad: 'Date must be YYYY-MM-DD',
  talentFacts: 'Talent facts',
  talentFactsTitle: 'Facts the rules read',
  talentFactsHint: 'Yes / no must be chosen explicitly; a fact not recorded is “undetermined” in the calculation, never “no”.',
  currentPost: 'Current post',
  noCurrentPost: 'The registry holds no current post; add the employment first.',
  personFacts: 'Talent facts (not tied to a post)',
  factsReason: 'Basis (kept in the version history)',
  factsReasonDefault: '补录规则读取的人才事实',
  saved: 'Saved',
  save: 'Save',
  awardApply: 'Describe the awards and apply',
  awardTitle: 'Talent awards: what was won',
  cultureAward: 'Culture award',
  hasMatching: 'Any award or selection to be matched (four batches, young talent, skill awards)?',
  addAward: 'Add award',
  remove: 'Remove',
  chooseYesNo: 'Choose yes or no',
  chooseOne: 'Choose one',
  ruleDecisions: 'Decisions rule by rule',
  decisionNo: 'Decision {n}',
  openRules: 'Open rules (facts missing)',
  openRulesHint: 'Open rules do not hold up the others; record the missing facts and decide them, or close them.',
  missingWhere: 'Recorded in',
  decideOpen: 'Decide open rules',
  closeOpen: 'Close open rules',
  closeReason: 'Reason for closing (at least 4 characters)',
  fillForm: 'Fill facts missing from this application’s form (only missing ones)',
  granted: 'Granted',
  upTo: 'Ceiling (evaluated)',
  notEligible: 'Not met',
  closed: 'Closed (not decided)',
  computed: 'Rules give',
  approvedTotal: 'Approved',
  pendingSecond: 'Awaiting second approver',
  adjustOptional: 'Adjusted amount (yuan; leave empty to approve what the rules give)',
  reasonIfAdjusted: 'Reason (required for an adjusted amount; a second approver confirms it)',
};

export function useFT(): (k: Key, vars?: Record<string, string | number>) => string {
  const { lang } = useI18n();
  return useCallback((k: Key, vars?: Record<string, string | number>) => {
    let s = lang === 'en' ? en[k] : zh[k];
    for (const [n, v] of Object.entries(vars ?? {})) s = s.replace(`{${n}}`, String(v));
    return s;
  }, [lang]);
}

/** The catalogue definition of a fact (a list field as `list[].field`). */
export function factDef(facts: Fact[] | undefined, name: string): Fact | undefined {
  const [list, field] = name.split('[].');
  const d = facts?.find((f) => f.name === list);
  return field ? d?.fields?.find((f) => f.name === field) : d;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The problem with a value as typed, for the fact's type (undefined when fine or empty). */
export function factValueError(def: Fact, v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (def.type === 'date' && (typeof v !== 'string' || !DATE.test(v))) return zh.dateBad;
  if (def.type === 'money' && typeof v === 'string') return yuanError(v);
  return undefined;
}

/** 是 / 否 / 未登记 — never preselected. */
export function YesNo({ value, onChange, testId }: { value: boolean | undefined; onChange: (v: boolean | undefined) => void; testId?: string }) {
  const ft = useFT();
  return (
    <Radio.Group value={value === undefined ? 'unknown' : value ? 'yes' : 'no'} onChange={(e) => onChange(e.target.value === 'unknown' ? undefined : e.target.value === 'yes')} data-testid={testId}>
      <Radio value="yes">{ft('yes')}</Radio>
      <Radio value="no">{ft('no')}</Radio>
      <Radio value="unknown">{ft('unknown')}</Radio>
    </Radio.Group>
  );
}

/** One fact's input, by its catalogue type, with its label and an error under it. */
export function FactField({ def, value, onChange, error, label, testId }: { def: Fact; value: unknown; onChange: (v: unknown) => void; error?: string; label?: string; testId?: string }) {
  const ft = useFT();
  const err = error ?? factValueError(def, value);
  let input;
  switch (def.type) {
    case 'bool':
      input = <YesNo value={value as boolean | undefined} onChange={onChange} testId={testId} />;
      break;
    case 'enum':
      input = <Select allowClear placeholder={ft('chooseOne')} value={(value as string | undefined) ?? undefined} onChange={(v) => onChange(v ?? undefined)} options={def.options ?? []} data-testid={testId} className="fact-select" />;
      break;
    case 'int':
      input = <InputNumber value={(value as number | undefined) ?? null} onChange={(v) => onChange(v ?? undefined)} min={def.minimum} max={def.maximum} precision={0} data-testid={testId} />;
      break;
    default:
      input = <Input value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value.trim() || undefined)} placeholder={def.type === 'date' ? ft('dateHint') : undefined} inputMode={def.type === 'money' ? 'decimal' : undefined} data-testid={testId} />;
  }
  return (
    <Field label={label ?? def.label} validateStatus={err ? 'error' : undefined} help={err}>
      {input}
    </Field>
  );
}
