// Readable Chinese text for the terminal: a calculation result, batch totals, policy listings.

import { formatYuan, renderTrace, type BatchTotals, type CalculationResult, type Entitlement } from '@rencai/engine';

const STATUS: Record<string, string> = { granted: '可享受', up_to: '最高可享受（待评定）', undetermined: '待确定', not_eligible: '不符合' };

function entitlementLines(e: Entitlement, explain: boolean): string[] {
  const who = e.entity?.name ? `【${e.entity.name}】` : '';
  const lines = [`● ${e.name}${who}：${e.amountText ?? STATUS[e.status]}${e.status === 'up_to' ? '（上限，待评定）' : ''}`];
  lines.push(`  条款：${e.clause.cite}  受益：${e.beneficiary === 'person' ? '个人' : '单位/项目'}  资金：${e.payer.name}`);
  if (e.schedule) {
    lines.push(`  发放：${e.schedule.description}；已到期合计 ${formatYuan(e.dueFen ?? 0)}${e.totalFen !== e.dueFen ? `，全部合计 ${formatYuan(e.totalFen ?? 0)}` : ''}`);
  }
  lines.push(`  原文：${e.text}`);
  if (explain) {
    if (e.explanation.amount) lines.push('  计算：', ...renderTrace(e.explanation.amount, '    '));
    lines.push('  条件：', ...renderTrace(e.explanation.eligibility, '    '));
  }
  for (const i of e.interpretations ?? []) lines.push(`  解释口径：${i}`);
  return lines;
}

export function formatResult(r: CalculationResult, opts: { explain: boolean; labels: Map<string, string> }): string {
  const out: string[] = [];
  out.push(`计算日期：${r.asOf}`);
  for (const p of r.policies) out.push(`政策：${p.docNumber}（${p.id}，版本 ${p.version}）`);
  if (r.reform) out.push(`参数调整：${Object.entries(r.reform).map(([k, v]) => `${k}=${v.map((x) => String(x.value)).join('/')}`).join('；')}`);
  out.push('', `一、可享受的资金（${r.entitlements.length} 项）`);
  if (!r.entitlements.length) out.push('  （无）');
  for (const e of r.entitlements) out.push(...entitlementLines(e, opts.explain));
  out.push('', `合计：确定 ${formatYuan(r.totals.grantedFen)}，最高 ${formatYuan(r.totals.upToFen)}，截至计算日已到期 ${formatYuan(r.totals.dueFen)}`);
  if (r.inKind.length) {
    out.push('', '二、非现金待遇');
    for (const e of r.inKind) out.push(`● ${e.name}（${e.clause.cite}）`);
  }
  if (r.obligations.length) {
    out.push('', '三、应履行的义务');
    for (const e of r.obligations) out.push(`● ${e.name}：${formatYuan(e.amountFen ?? 0)}（${e.clause.cite}）`);
  }
  if (r.undetermined.length) {
    out.push('', `四、待确定（${r.undetermined.length} 项，需要补充信息）`);
    for (const e of r.undetermined) out.push(`● ${e.name}：需要 ${(e.missing ?? []).map((m) => opts.labels.get(m) ?? m).join('、')}`);
  }
  if (r.missingFacts.length) {
    out.push('', '建议补充的信息（按可决定的待遇数排序）：');
    for (const m of r.missingFacts.slice(0, 10)) out.push(`  ? ${m.question ?? m.label}（可决定 ${m.unlocks.length} 项）`);
  }
  if (r.awaitingData.length) {
    out.push('', '等待官方数据：');
    for (const a of r.awaitingData) out.push(`  · ${a.param}${a.date ? `（${a.date}）` : ''}：影响 ${a.unlocks.join('、')}`);
  }
  if (r.notEligible?.length) {
    out.push('', '五、不能享受的待遇及原因');
    for (const e of r.notEligible) out.push(`● ${e.name}（${e.clause.cite}）：${e.reason ?? ''}`);
  }
  return out.join('\n');
}

function table(title: string, rows: Record<string, { fen: number; count: number; name?: string }>): string[] {
  const entries = Object.entries(rows).sort((a, b) => b[1].fen - a[1].fen);
  return [title, ...entries.map(([k, v]) => `  ${(v.name ?? k).padEnd(24, '  ')} ${formatYuan(v.fen).padStart(22)}  ${String(v.count).padStart(8)} 笔`)];
}

export function formatBatch(t: BatchTotals & { rows: number; rejected: unknown[]; seconds: number; personsPerSecond: number }): string {
  return [
    `计算日期：${t.asOf}  档案 ${t.rows} 行，计算 ${t.persons} 人，拒收 ${t.rejected.length} 行`,
    `资金合计（截至计算日到期）：${formatYuan(t.totalFen)}（${t.entitlements} 笔），待确定 ${t.undetermined} 项`,
    `速度：${t.personsPerSecond.toLocaleString('en-US')} 人/秒（${t.seconds.toFixed(3)} 秒）`,
    '',
    ...table('按待遇：', t.byBenefit),
    '',
    ...table('按条款：', t.byClause),
    '',
    ...table('按资金来源：', t.byPayer),
    '',
    ...table('按地区：', t.byCounty),
    '',
    ...table('按年度：', t.byYear),
  ].join('\n');
}
