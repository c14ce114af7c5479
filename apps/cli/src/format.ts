// Readable Chinese text for the terminal: a calculation result, batch totals, policy listings.
// Pure functions from the services' results to strings (no I/O), so they are easy to test.

import { formatDay, formatValue, formatYuan, renderTrace, type CalculationResult, type Entitlement, type FactDef, type Reform, type TraceNode } from '@rencai/engine';
import type { BatchReport, PolicyDetail, PolicySummary } from '@rencai/services';
import { loadPolicies, regionName } from '@rencai/policies';

/** Ideographic space between fields on one line. */
const GAP = '\u3000';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const BENEFICIARY: Record<string, string> = { person: '个人', employer: '单位', project: '项目', station: '工作站' };
const KIND: Record<string, string> = { cash: '资金', in_kind: '非现金待遇', obligation: '义务', referral: '参照其他文件' };

/** Terminal columns a string takes (CJK and full-width characters take two). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - displayWidth(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - displayWidth(s))) + s;

/** A left-aligned first column and right-aligned number columns. */
export function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) => '  ' + r.map((c, i) => (i === 0 ? padEnd(c, widths[i]!) : padStart(c, widths[i]!))).join('  ').trimEnd();
  return [line(head), '  ' + widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

/**
 * The amount's arithmetic without the conditions: the trace rendered, minus condition lines (✓ ✗ ?)
 * and everything under them, down to `depth` levels.
 */
export function compactTrace(t: TraceNode, indent: string, depth = 3): string[] {
  const out: string[] = [];
  let skipBelow = Infinity;
  for (const line of renderTrace(t)) {
    const level = (line.length - line.trimStart().length) / 2;
    if (level > skipBelow) continue;
    skipBelow = Infinity;
    if (/^[✓✗?] /.test(line.trimStart())) {
      skipBelow = level;
      continue;
    }
    if (level <= depth) out.push(indent + line);
  }
  return out;
}

/**
 * A reform's settings as a reader gives them: the parameter's description, the value in its display
 * unit and the date it applies from ("购房所在半年度市区新建商品住宅均价 = 11,500 元/㎡（2021-01-01 起）"),
 * the path as secondary text.
 */
export function formatReform(reform: Reform): string {
  const defs = loadPolicies().map((p) => p.params);
  return Object.entries(reform)
    .map(([path, values]) => {
      const def = defs.map((p) => p.def(path)).find((d) => d !== undefined);
      const shown = values
        .map((v) => `${def ? (typeof v.value === 'string' && def.choices?.[v.value]) || formatValue(v.value, def.unit) : String(v.value)}${v.from !== undefined ? `（${formatDay(v.from)} 起）` : ''}`)
        .join('、');
      return `${def?.description ?? path} = ${shown}〔${path}〕`;
    })
    .join('；');
}

function entitlementLines(e: Entitlement, explain: boolean): string[] {
  const who = e.entity?.name ? `【${e.entity.name}】` : '';
  const lines = [`● ${e.name}${who}：${e.amountText ?? (e.status === 'up_to' ? '最高额待评定' : '可享受')}${e.status === 'up_to' ? '（原文为上限，待评定）' : ''}${e.example ? '（含示例值）' : ''}`];
  if (e.summary) lines.push(`  ${e.summary}`);
  lines.push(`  条款：${e.clause.cite}${GAP}受益：${BENEFICIARY[e.beneficiary] ?? e.beneficiary}${GAP}资金：${e.payer.name}`);
  if (e.schedule && e.dateMissing) lines.push(`  发放：${e.schedule.description}`);
  else if (e.schedule) {
    const all = e.totalFen !== e.dueFen ? `，全部 ${e.schedule.instalments.length} 期合计 ${formatYuan(e.totalFen ?? 0)}` : '';
    lines.push(`  发放：${e.schedule.description}；截至计算日已到期 ${formatYuan(e.dueFen ?? 0)}${all}`);
  }
  if (explain) {
    lines.push(`  原文：${e.text}`);
    if (e.explanation.amount) lines.push('  计算：', ...renderTrace(e.explanation.amount, '    '));
    lines.push('  条件：', ...renderTrace(e.explanation.eligibility, '    '));
    for (const i of e.interpretations ?? []) lines.push(`  解释口径：${i}`);
  } else if (e.explanation.amount) {
    lines.push('  计算：', ...compactTrace(e.explanation.amount, '    '));
  }
  return lines;
}

/** fact name → the question that decides it (or its label), from the result and the vocabulary. */
function questions(r: CalculationResult, defs: FactDef[]): (fact: string) => string {
  const m = new Map<string, string>();
  for (const d of defs) {
    m.set(d.name, d.question ?? d.label);
    for (const f of d.fields ?? []) m.set(`${d.name}[].${f.name}`, `${d.label}：${f.question ?? f.label}`);
  }
  for (const f of r.missingFacts) m.set(f.fact, f.question ?? f.label);
  return (fact) => {
    if (fact.startsWith('param:')) return `（等待官方数据：${fact.slice(6)}）`;
    if (fact === 'schedule') return '（首次发放日期晚于计算日期，尚无可计算的发放）';
    return m.get(fact) ?? m.get(fact.replace(/\[[^\]]+\]\.obtained$/, '')) ?? fact;
  };
}

export function formatResult(r: CalculationResult, opts: { explain: boolean; factDefs: FactDef[] }): string {
  const out: string[] = [];
  let n = 0;
  const section = (title: string) => out.push('', `${NUMERALS[n++] ?? n}、${title}`);
  out.push(`计算日期：${r.asOf}`);
  for (const p of r.policies) out.push(`政策：${p.docNumber}《${p.title}》（${p.id}，版本 ${p.version}）`);
  if (r.reform) out.push(`参数调整（仅本次计算）：${formatReform(r.reform)}`);

  section(`可享受的资金（${r.entitlements.length} 项）`);
  if (!r.entitlements.length) out.push('  （暂无确定的资金待遇）');
  for (const e of r.entitlements) out.push(...entitlementLines(e, opts.explain));

  const ask = questions(r, opts.factDefs);
  if (r.undetermined.length) {
    section(`待确定（${r.undetermined.length} 项）：回答以下问题即可确定`);
    for (const e of r.undetermined) {
      out.push(`● ${e.name}（${e.clause.cite}，${KIND[e.kind] ?? e.kind}${e.stakeFen !== undefined ? `，最高 ${formatYuan(e.stakeFen)}` : ''}）`);
      for (const m of e.missing ?? []) out.push(`  ? ${ask(m)}`);
    }
  }
  if (r.obligations.length) {
    section('应履行的义务');
    for (const e of r.obligations) out.push(`● ${e.name}：${e.amountFen !== undefined ? formatYuan(e.amountFen) : ''}（${e.clause.cite}）`, ...(e.summary ? [`  ${e.summary}`] : []));
  }
  if (r.inKind.length) {
    section('非现金待遇');
    for (const e of r.inKind) out.push(`● ${e.name}（${e.clause.cite}）`);
  }
  section('合计');
  out.push(`  确定金额 ${formatYuan(r.totals.grantedFen)}；最高额（待评定）${formatYuan(r.totals.upToFen)}；截至计算日已到期 ${formatYuan(r.totals.dueFen)}`);
  if (r.missingFacts.length) {
    out.push('', '最值得补充的信息（按可能影响的金额排序）：');
    for (const m of r.missingFacts.slice(0, 8)) out.push(`  ? ${m.question ?? m.label}（${m.stakeText}，涉及 ${m.unlocks.length} 项待遇）〔${m.fact}〕`);
  }
  if (r.entitlements.some((e) => e.example)) out.push('', '注意：标“含示例值”的金额按示例值计算（官方数值尚未录入），正式金额待官方公布。');
  if (r.awaitingData.length) {
    out.push('', '等待官方数据：');
    for (const a of r.awaitingData) out.push(`  · ${a.param}${a.date ? `（${a.date}）` : ''}：影响 ${a.unlocks.join('、')}`);
  }
  if (r.notEligible) {
    section(`不能享受的待遇及原因（${r.notEligible.length} 项）`);
    for (const e of r.notEligible) out.push(`● ${e.name}（${e.clause.cite}）：${e.reason ?? ''}`);
  }
  return out.join('\n');
}

type Bucket = Record<string, { fen: number; count: number; name?: string }>;

function totalsTable(title: string, rows: Bucket, label: (key: string, v: Bucket[string]) => string, byKey = false): string[] {
  const entries = Object.entries(rows).sort((a, b) => (byKey ? a[0].localeCompare(b[0]) : b[1].fen - a[1].fen));
  if (!entries.length) return [title, '  （无）'];
  return [title, ...table(['', '金额', '笔数'], entries.map(([k, v]) => [label(k, v), formatYuan(v.fen), v.count.toLocaleString('en-US')]))];
}

export function formatBatch(t: BatchReport): string {
  return [
    `计算日期：${t.asOf}${GAP}政策：${t.policies.map((p) => `${p.id}（${p.version}）`).join('、')}${t.file ? `${GAP}文件：${t.file}` : ''}`,
    `读取 ${t.rows.toLocaleString('en-US')} 行，计算 ${t.persons.toLocaleString('en-US')} 人，拒收 ${t.rejected.length} 行；速度 ${t.personsPerSecond.toLocaleString('en-US')} 人/秒（${t.seconds.toFixed(3)} 秒）`,
    `截至计算日到期的资金合计：${formatYuan(t.totalFen)}（${t.entitlements.toLocaleString('en-US')} 笔）；缺少信息而待确定：${t.undetermined.toLocaleString('en-US')} 项`,
    '',
    ...totalsTable('按待遇：', t.byBenefit, (k, v) => `${v.name ?? k}（${k}）`),
    '',
    ...totalsTable('按条款：', t.byClause, (k) => k),
    '',
    ...totalsTable('按资金来源：', t.byPayer, (k) => k),
    '',
    ...totalsTable('按地区：', t.byCounty, (k) => regionName(k)),
    '',
    ...totalsTable('按年度：', t.byYear, (k) => `${k} 年`, true),
  ].join('\n');
}

export function formatPolicyList(list: PolicySummary[]): string {
  const lines: string[] = [];
  for (const p of list) {
    lines.push(`● ${p.id}${GAP}${p.docNumber}`, `  ${p.title}`);
    lines.push(`  施行：${p.effectiveFrom} 起${p.effectiveTo ? `至 ${p.effectiveTo}` : ''}；适用：${p.jurisdictionLabel}；规则 ${p.rules} 条，参数 ${p.parameters} 个；版本 ${p.version}`);
    if (p.exampleParameters.length) lines.push(`  含示例值的参数：${p.exampleParameters.join('、')}`);
  }
  lines.push('', '查看某个政策包的条款原文、规则和参数：rencai policies <政策包>');
  return lines.join('\n');
}

function shownValue(unit: string, v: PolicyDetail['parameters'][number]['values'][number]): string {
  if ('yuan' in v && v.yuan !== undefined) return `${formatYuan(v.value as number)}${unit === 'fen_per_m2' ? '/㎡' : ''}`;
  const suffix: Record<string, string> = { m2: ' ㎡', percent: '%', years: ' 年', usd: ' 美元', count: '' };
  return `${String(v.value)}${suffix[unit] ?? ''}`;
}

export function formatPolicyDetail(d: PolicyDetail): string {
  const lines = [
    `${d.docNumber}《${d.title}》`,
    `发文：${d.issuer}（${d.issued}）${GAP}施行：${d.effectiveFrom} 起${d.effectiveTo ? `至 ${d.effectiveTo}` : ''}${GAP}适用：${d.jurisdictionLabel}（${d.jurisdiction.map(regionName).join('、')}）`,
    `版本：${d.version}${GAP}原文：${d.source}`,
  ];
  if (d.fundingNote) lines.push(`资金：${d.fundingNote}`);
  lines.push('', `条款原文（${d.clauses.length} 条）：`);
  for (const c of d.clauses) lines.push(`● ${c.cite}`, `  ${c.text}`);
  lines.push('', `规则（${d.rules.length} 条）：`);
  for (const r of d.rules) {
    const dates = r.validFrom || r.validTo ? `，适用于 ${r.validFrom ?? ''}—${r.validTo ?? ''}` : '';
    lines.push(`● ${r.id}${GAP}${r.name}（${r.clause.cite}；${KIND[r.kind] ?? r.kind}；受益：${BENEFICIARY[r.beneficiary] ?? r.beneficiary}；资金：${r.payer.name}${r.upTo ? '；原文为上限' : ''}${dates}）`);
    for (const i of r.interpretations) lines.push(`  解释口径：${i}`);
  }
  lines.push('', `参数（${d.parameters.length} 个；“示例值”为随产品附带的示意数值，须由主管部门录入正式数值）：`);
  for (const p of d.parameters) {
    lines.push(`● ${p.path}：${p.description}${p.periodic === 'half_year' ? '（按半年度）' : ''}`);
    for (const v of p.values) {
      const ref = v.reference;
      const article = ref.article === undefined ? '' : typeof ref.article === 'number' ? `第${ref.article}条` : ` ${ref.article}`;
      const item = ref.item === undefined ? '' : typeof ref.item === 'number' ? `第(${ref.item})项` : String(ref.item);
      const where = `${ref.doc}${article}${item}`;
      lines.push(`  ${v.from}${v.to ? ` 至 ${v.to}` : ' 起'}：${shownValue(p.unit, v)}${v.example ? '（示例值）' : ''}${GAP}出处：${where}${ref.source ? `（${ref.source}）` : ''}`);
      if (ref.text) lines.push(`    原文：${ref.text}`);
      if (ref.interpretation) lines.push(`    解释口径：${ref.interpretation}`);
    }
  }
  return lines.join('\n');
}
