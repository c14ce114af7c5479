// Visit coverage per county and year, and its .xlsx export (formula-safe, like the demands export).
// What is counted: the verified enterprises of the county on the platform today (the denominator);
// those visited at least once in the year; visits; problems put into the pool from visits. The share
// of 规上 (above-designated-size) enterprises visited cannot be counted: an enterprise's size field
// holds 大型/中型/小型/微型 (统计上大中小微型企业划分办法), not whether it is 规上 (for industry, main
// revenue of 2000 万元 and more) — a 小型 enterprise may or may not be. So we count the 大中型
// (large and medium) enterprises and their share visited, and name 规上 as not determined.

import { safeWorkbook } from '@rencai/domain';
import { regionName } from '@rencai/policies';
import { isStaff, notFound, todayString, visibleRegions, type Caller, type Platform, newWorkbook } from '../shared/index.js';
import { verifiedEnterprisesIn } from '../enterprises/index.js';
import { listVisits } from './visits.js';

export interface CoverageRow {
  region: string;
  regionName: string;
  /** Verified enterprises of the county on the platform. */
  enterprises: number;
  /** Of them, visited at least once in the year. */
  visited: number;
  /** visited / enterprises, as a percentage with one decimal; null when the county has none. */
  share: number | null;
  /** 大中型 (large and medium) verified enterprises, and those visited. */
  largeMedium: number;
  largeMediumVisited: number;
  largeMediumShare: number | null;
  visits: number;
  /** Problems put into the pool from the year's visits. */
  problems: number;
}

export interface Coverage {
  year: string;
  rows: CoverageRow[];
  total: CoverageRow;
  /** What the size field allows, in words (规上 is not recorded). */
  note: string;
}

export const COVERAGE_NOTE = '企业规模按“统计上大中小微型企业划分办法”登记为大型、中型、小型、微型，未登记是否为规模以上企业（规上），规上企业走访覆盖率无法确定；表中以大中型企业统计。企业数为本平台已核验的企业。';

const pct = (a: number, b: number): number | null => (b ? Math.round((a / b) * 1000) / 10 : null);

/** Coverage per county of the caller's regions for a year (default: this year). */
export async function visitCoverage(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<Coverage> {
  if (!isStaff(c)) throw notFound('走访覆盖情况');
  const year = typeof query.year === 'string' && /^[0-9]{4}$/.test(query.year) ? query.year : todayString(p).slice(0, 4);
  const regions = visibleRegions(c);
  const ents = await verifiedEnterprisesIn(p, regions);
  const visits = await listVisits(p, c, { year });
  const empty = (region: string, name: string): CoverageRow => ({ region, regionName: name, enterprises: 0, visited: 0, share: null, largeMedium: 0, largeMediumVisited: 0, largeMediumShare: null, visits: 0, problems: 0 });
  const by = new Map(regions.map((r) => [r, empty(r, regionName(r))]));
  const total = empty('', '合计');
  const visited = new Set(visits.map((v) => v.enterpriseId));
  for (const e of ents) {
    const big = e.size === 'large' || e.size === 'medium';
    for (const a of [by.get(e.region)!, total]) {
      a.enterprises += 1;
      if (visited.has(e.id)) a.visited += 1;
      if (big) a.largeMedium += 1;
      if (big && visited.has(e.id)) a.largeMediumVisited += 1;
    }
  }
  for (const v of visits)
    for (const a of [by.get(v.region)!, total]) {
      a.visits += 1;
      a.problems += v.problemIds.length;
    }
  const done = (a: CoverageRow): CoverageRow => ({ ...a, share: pct(a.visited, a.enterprises), largeMediumShare: pct(a.largeMediumVisited, a.largeMedium) });
  return { year, rows: [...by.values()].map(done), total: done(total), note: COVERAGE_NOTE };
}

const share = (v: number | null) => (v === null ? '—' : `${v}%`);

/** The year's visits and the coverage table as .xlsx (formula-safe). */
export async function exportVisits(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<Buffer> {
  const cov = await visitCoverage(p, c, query);
  const visits = await listVisits(p, c, { year: cov.year, ...(query.mine === '1' ? { mine: '1' } : {}) });
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('走访记录');
  ws.addRow(['走访日期', '企业', '县（市、区）', '登记人', '同行人员', '走访主题', '走访情况', '发现问题数']).font = { bold: true };
  for (const v of visits) ws.addRow([v.visitedOn, v.enterpriseName, v.regionName, v.recordedBy, v.companions.join('、'), v.topicLabels.join('、'), v.notes, v.problemIds.length]);
  ws.columns.forEach((col) => (col.width = 16));
  const cs = wb.addWorksheet('走访覆盖');
  cs.addRow([`${cov.year} 年企业走访覆盖情况`]).font = { bold: true };
  cs.addRow(['县（市、区）', '已核验企业', '已走访企业', '覆盖率', '大中型企业', '已走访大中型企业', '大中型覆盖率', '走访次数', '走访发现问题']).font = { bold: true };
  for (const r of [...cov.rows, cov.total]) cs.addRow([r.regionName, r.enterprises, r.visited, share(r.share), r.largeMedium, r.largeMediumVisited, share(r.largeMediumShare), r.visits, r.problems]);
  cs.addRow([]);
  cs.addRow([`说明：${cov.note}`]);
  cs.columns.forEach((col) => (col.width = 14));
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
