// The year's talent demand white paper (人才需求白皮书, after 椒江's 《年度人才项目重点需求白皮书》) and
// the 急需紧缺人才目录 draft, both from enterprises' declarations of that year within the caller's
// regions: totals and tables by industry, county, degree and major group, with the figures drawn
// server-side by ECharts' SVG renderer; exported as Word (.docx, the `docx` library: tables, figures,
// a methodology page) and Excel (ExcelJS, formula-safe). Compiling the catalogue tallies the coded
// majors by industry into a new draft version, which the office then edits and publishes.

import { safeWorkbook } from '@rencai/domain';
import { badInput, chinaTime, notFound, type Caller, type Platform, newWorkbook } from '../shared/index.js';
import { compilesCatalogue, createDraft, disciplineByKey, disciplines, type CatalogueEntryInput, type CatalogueView } from '../talent-catalogue/index.js';
import { listDemands, type DemandView } from './demands.js';
import { seesEnterprises } from './registration.js';

export interface Tally {
  key: string;
  label: string;
  demands: number;
  headcount: number;
}

export interface WhitePaper {
  year: number;
  title: string;
  generatedAt: string;
  regions: string[];
  totals: { demands: number; enterprises: number; headcount: number; coded: number; urgent: number };
  byIndustry: Tally[];
  byRegion: Tally[];
  byDegree: Tally[];
  byMajorGroup: Tally[];
  topMajors: Tally[];
  methodology: string[];
}

const UNCODED = '未按学科专业目录填写';

function tally(rows: DemandView[], keyOf: (d: DemandView) => [string, string]): Tally[] {
  const m = new Map<string, Tally>();
  for (const d of rows) {
    const [key, label] = keyOf(d);
    const t = m.get(key) ?? { key, label, demands: 0, headcount: 0 };
    t.demands += 1;
    t.headcount += d.headcount;
    m.set(key, t);
  }
  return [...m.values()].sort((a, b) => b.headcount - a.headcount || a.key.localeCompare(b.key));
}


function readYear(y: unknown): number {
  const n = typeof y === 'string' ? Number(y) : y;
  if (!Number.isInteger(n) || (n as number) < 2000 || (n as number) > 2100) throw badInput([{ path: 'year', message: '请填写年度（如 2025）' }]);
  return n as number;
}

/** The white paper of `year` from the declarations the caller sees (the talent office and leaders; their regions). */
export async function whitePaper(p: Platform, c: Caller, yearInput: unknown): Promise<WhitePaper> {
  if (!seesEnterprises(c)) throw notFound('人才需求白皮书');
  const year = readYear(yearInput);
  const rows = await listDemands(p, c, { period: String(year) });
  const group = (d: DemandView): [string, string] => {
    const disc = d.majorCode ? disciplineByKey(d.majorCode) : undefined;
    return disc ? [disc.category, disc.categoryName] : ['-', UNCODED];
  };
  const src = disciplines('', 0).sources.map((s) => `${s.doc}（${s.issuer}）`).join('、');
  return {
    year,
    title: `${year}年度人才需求白皮书`,
    generatedAt: new Date().toISOString(),
    regions: [...new Set(rows.map((d) => d.regionName))],
    totals: {
      demands: rows.length,
      enterprises: new Set(rows.map((d) => d.enterpriseId)).size,
      headcount: rows.reduce((s, d) => s + d.headcount, 0),
      coded: rows.filter((d) => d.majorCode).length,
      urgent: rows.filter((d) => d.urgency !== 'normal').length,
    },
    byIndustry: tally(rows, (d) => [d.industry, d.industryName]),
    byRegion: tally(rows, (d) => [d.region, d.regionName]),
    byDegree: tally(rows, (d) => [d.degree, d.degreeName]),
    byMajorGroup: tally(rows, group),
    topMajors: tally(
      rows.filter((d) => d.majorCode),
      (d) => [d.majorCode!, d.majorName ?? ''],
    ).slice(0, 15),
    methodology: [
      `数据来源：本平台${year}年度（按需求截止日期所在年份）已核验企业申报的人才需求，共 ${rows.length} 条，截至 ${chinaTime(new Date())}（北京时间）。`,
      '统计口径：“需求条数”为企业申报的岗位需求数（同一企业同一岗位同一年度只申报一次），“需求人数”为各岗位需求人数之和。',
      '行业按《国民经济行业分类》（GB/T 4754-2017）门类，取企业注册时登记的行业；县（市、区）取企业注册地。',
      `专业按${src}归类到学科门类；此前以文字填写、未选学科专业代码的需求计入“${UNCODED}”。`,
      '学历为岗位的最低学历要求；紧急程度由企业自报（一般、紧急、特别紧急）。',
      '范围：只含编制人管辖地区的企业；企业名称等明细见 Excel 附表，白皮书只公布汇总数。',
    ],
  };
}

/** The dimensions the white paper tabulates (and draws), in order. */
export const FIGURES: Array<[keyof Pick<WhitePaper, 'byIndustry' | 'byRegion' | 'byDegree' | 'byMajorGroup'>, string]> = [
  ['byIndustry', '按行业'],
  ['byRegion', '按县（市、区）'],
  ['byDegree', '按学历要求'],
  ['byMajorGroup', '按专业（学科门类）'],
];

/** The white paper's tables as .xlsx (formula-safe): one sheet per dimension, the declarations, and the methodology. */
export async function whitePaperXlsx(p: Platform, c: Caller, year: unknown): Promise<Buffer> {
  const w = await whitePaper(p, c, year);
  const wb = await newWorkbook();
  const sum = wb.addWorksheet('总体情况');
  sum.addRow([w.title]).font = { bold: true };
  sum.addRows([['申报企业数', w.totals.enterprises], ['需求条数', w.totals.demands], ['需求人数', w.totals.headcount], ['紧急或特别紧急（条）', w.totals.urgent], ['按学科专业目录填写专业（条）', w.totals.coded]]);
  for (const [k, title] of [...FIGURES, ['topMajors', '需求人数最多的专业'] as const]) {
    const ws = wb.addWorksheet(title);
    ws.addRow([title.replace(/^按/, ''), '需求条数', '需求人数']).font = { bold: true };
    for (const r of w[k]) ws.addRow([r.label, r.demands, r.headcount]);
    ws.getColumn(1).width = 36;
  }
  const m = wb.addWorksheet('编制说明');
  for (const line of w.methodology) m.addRow([line]);
  m.getColumn(1).width = 120;
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Compiles the year's 急需紧缺人才目录 draft from the declarations: one entry per industry and coded
 * major, with the number of demands and headcount behind it. The office then removes or adds
 * entries by its own judgement and publishes the version.
 */
export async function compileCatalogue(p: Platform, c: Caller, input: unknown): Promise<CatalogueView> {
  if (!compilesCatalogue(c)) throw notFound('急需紧缺人才目录');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const year = readYear(i.year);
  const rows = await listDemands(p, c, { period: String(year) });
  const m = new Map<string, CatalogueEntryInput>();
  for (const d of rows) {
    if (!d.majorCode) continue;
    const k = `${d.industry}|${d.majorCode}`;
    const e = m.get(k) ?? { industry: d.industry, majorCode: d.majorCode, post: null, demandCount: 0, headcount: 0 };
    e.demandCount! += 1;
    e.headcount! += d.headcount;
    m.set(k, e);
  }
  const uncoded = rows.filter((d) => !d.majorCode).length;
  const note = `由 ${year} 年度 ${rows.length} 条企业需求申报汇总生成${uncoded ? `（其中 ${uncoded} 条未按学科专业目录填写专业，未计入）` : ''}，经人才办研究调整后发布。`;
  return createDraft(p, c, { year, title: i.title, note: typeof i.note === 'string' && i.note.trim() ? i.note : note }, [...m.values()]);
}

