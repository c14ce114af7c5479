// Small helpers shared by the policy packages' rule modules: citations and payers.

import type { Clause, Payer } from '@rencai/engine';

/** A citation "doc第N条第(k)项" with its parts kept for grouping. */
export function clause(doc: string, article: number | string, item?: number | string, sub?: string): Clause {
  // A number is an enumerated item "第(3)项"; a string names another part as written ("第三句").
  const itemText = item === undefined ? '' : typeof item === 'number' ? `第(${item})项` : item;
  return { doc, article, ...(item !== undefined ? { item } : {}), cite: `${doc}第${article}条${itemText}${sub ?? ''}` };
}

export const PAYERS = {
  cityFinance: { code: 'city_finance', name: '市财政' },
  shared: { code: 'shared', name: '按现行财政体制分担' },
  employerUnit: { code: 'employer_unit', name: '所在事业单位' },
  districtFinance: { code: 'district_finance', name: '区（县）财政' },
} as const satisfies Record<string, Payer>;
