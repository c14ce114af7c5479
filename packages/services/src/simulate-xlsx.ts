// A simulation report as an Excel workbook (ExcelJS): a cover sheet marked 合成数据 SYNTHETIC, then
// one sheet per breakdown (clause, benefit, payer, county, tier, year), headcounts and changes.
// Amounts are shown in yuan, converted from exact fen only for display.

import { fenToYuanString } from '@rencai/engine';
import { safeWorkbook } from '@rencai/domain';
import type { Line, SimulationReport } from './simulate.js';

const yuan = (fen: number | undefined) => (fen === undefined ? null : Number(fenToYuanString(fen)));
const MONEY = '#,##0.00';

export async function simulationWorkbook(r: SimulationReport): Promise<Buffer> {
  // Loaded on first use: every other command and route starts without it.
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'rencai';
  wb.title = `rencai 预算模拟（${r.label}）`;
  const cover = wb.addWorksheet('说明');
  cover.columns = [{ width: 28 }, { width: 90 }];
  const info: Array<[string, string | number]> = [
    ['数据性质 data', r.label],
    ['人数 population', r.population],
    ['随机种子 seed', r.seed],
    ['年度 years', `${r.years.from}–${r.years.to}（每年按 12 月 31 日计算当年应付款项）`],
    ['政策包 policies', r.policies.map((p) => `${p.id}@${p.version}`).join('；')],
    ['改革方案 reform', r.reform ? JSON.stringify(r.reform) : '无（仅基线）'],
    ['基线合计（元）', r.totals.baselineYuan],
    ...(r.totals.reformYuan !== undefined ? ([['改革后合计（元）', r.totals.reformYuan], ['差额（元）', r.totals.diffYuan!]] as Array<[string, string]>) : []),
    ...(r.changes ? ([['受益增加人数 winners', r.changes.winners], ['受益减少人数 losers', r.changes.losers], ['不变人数 unchanged', r.changes.unchanged]] as Array<[string, number]>) : []),
    ['有款项的人数（基线）', r.headcount.paidBaseline],
    ['计算耗时（秒）', Number(r.seconds.toFixed(3))],
  ];
  for (const row of info) cover.addRow(row);
  cover.getRow(1).font = { bold: true, color: { argb: 'FFC00000' } };

  const sheet = (name: string, lines: Line[]) => {
    const ws = wb.addWorksheet(name);
    const withReform = r.reform !== undefined;
    ws.columns = [
      { header: '键 key', key: 'key', width: 26 },
      { header: '名称 name', key: 'name', width: 40 },
      { header: '基线金额（元）', key: 'b', width: 18, style: { numFmt: MONEY } },
      { header: '基线笔数', key: 'bc', width: 10 },
      ...(withReform
        ? [
            { header: '改革后金额（元）', key: 'r', width: 18, style: { numFmt: MONEY } },
            { header: '改革后笔数', key: 'rc', width: 10 },
            { header: '差额（元）', key: 'd', width: 18, style: { numFmt: MONEY } },
          ]
        : []),
      { header: '待确定笔数（基线）', key: 'u', width: 14 },
    ];
    for (const l of lines) ws.addRow({ key: l.key, name: l.name, b: yuan(l.baselineFen), bc: l.baselineCount, r: yuan(l.reformFen), rc: l.reformCount, d: yuan(l.diffFen), u: l.undeterminedBaseline ?? 0 });
    ws.getRow(1).font = { bold: true };
    ws.addRow([]);
    ws.addRow([r.label]);
  };
  sheet('按条款', r.byClause);
  sheet('按待遇', r.byBenefit);
  sheet('按资金来源', r.byPayer);
  sheet('按地区', r.byCounty);
  sheet('按层次', r.byTier);
  sheet('按年度', r.byYear);
  const hc = wb.addWorksheet('人数');
  hc.columns = [{ header: '维度', width: 10 }, { header: '键', width: 14 }, { header: '名称', width: 20 }, { header: '人数', width: 12 }, { header: '末年受益人数（基线）', width: 20 }, { header: '末年受益人数（改革后）', width: 20 }];
  for (const x of r.headcount.byCounty) hc.addRow(['地区', x.key, x.name, x.persons, x.beneficiariesLastYear, x.beneficiariesLastYearReform ?? null]);
  for (const x of r.headcount.byTier) hc.addRow(['层次', x.key, x.name, x.persons, x.beneficiariesLastYear, x.beneficiariesLastYearReform ?? null]);
  hc.getRow(1).font = { bold: true };
  if (r.changes) {
    const ch = wb.addWorksheet('变化最大');
    ch.columns = [{ header: '合成人员行号 row', width: 18 }, { header: '地区', width: 16 }, { header: '基线（元）', width: 16, style: { numFmt: MONEY } }, { header: '改革后（元）', width: 16, style: { numFmt: MONEY } }, { header: '差额（元）', width: 16, style: { numFmt: MONEY } }];
    for (const p of r.changes.largestPersons) ch.addRow([p.row, p.countyName, yuan(p.baselineFen), yuan(p.reformFen), yuan(p.diffFen)]);
    ch.getRow(1).font = { bold: true };
  }
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
