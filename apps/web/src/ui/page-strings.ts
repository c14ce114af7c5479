// Strings of the calculator's example-value note, the explanation's parameter line and the policy
// browser's parameter headings (Chinese first, English with the app's toggle).
import { useCallback } from 'react';
import { useI18n } from '../i18n';

const zh = {
  exampleTag: '含示例值',
  exampleNoteTitle: '金额按示例值计算，尚非正式金额',
  exampleNoteIntro: '以下待遇的计算用到了示例值（官方数据尚未录入，暂以示例数据代替）：',
  exampleNoteEnd: '正式金额待官方公布上述数据后确定。',
  basis: '出处',
  since: '起',
  paramPath: '参数',
  choices: '可选值',
  affects: '影响',
  ruleId: '规则编号',
  searchParams: '搜索参数（名称或路径）',
  summaryTitle: '结果摘要',
  summaryEmpty: '根据目前的回答，还没有确定可享受的待遇。',
  process: '查看计算过程',
  processHint: '点击各项展开条款原文、发放安排和每一步计算。',
  arithmetic: '算式',
  mayAffect: '可能影响',
  printedAsOf: '计算日期',
  dateLater: '发放时间待定',
} as const;

export type PageKey = keyof typeof zh;

const en: Record<PageKey, string> = {
  exampleTag: 'uses example values',
  exampleNoteTitle: 'Amounts use example values, not official figures yet',
  exampleNoteIntro: 'These benefits are computed with example values (the official figures are not entered yet):',
  exampleNoteEnd: 'The actual amount follows once the official figures are published.',
  basis: 'Source',
  since: 'from',
  paramPath: 'Parameter',
  choices: 'Choices',
  affects: 'affects',
  ruleId: 'Rule id',
  searchParams: 'Search parameters (name or path)',
  summaryTitle: 'Summary',
  summaryEmpty: 'No benefit is certain yet from the answers so far.',
  process: 'How it is computed',
  processHint: 'Open a benefit for its clause, schedule and every step of the calculation.',
  arithmetic: 'Arithmetic',
  mayAffect: 'May affect',
  printedAsOf: 'Calculation date',
  dateLater: 'payment date to be given',
};

export function usePageT(): (k: PageKey) => string {
  const { lang } = useI18n();
  return useCallback((k: PageKey) => (lang === 'en' ? en[k] : zh[k]), [lang]);
}
