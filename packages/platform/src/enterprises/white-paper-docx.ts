// The demand white paper as a Word document, with a bar chart per dimension drawn by ECharts'
// server-side SVG renderer. Loaded only when a document is asked for (white-paper-word.ts), never at start-up:
// docx and ECharts take seconds to load, which every process start would otherwise pay.

import * as echarts from 'echarts';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { chinaTime } from '../shared/index.js';
import { FIGURES, type Tally, type WhitePaper } from './white-paper.js';


/** A bar chart of needed headcount, as SVG (ECharts' server-side renderer). */
export function figureSvg(title: string, rows: Tally[]): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 320 });
  chart.setOption({
    animation: false,
    title: { text: `需求人数${title}`, left: 'center', textStyle: { fontSize: 14 } },
    grid: { left: 160, right: 30, top: 40, bottom: 20 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [{ type: 'bar', data: rows.map((r) => r.headcount), label: { show: true, position: 'right' } }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

// Word shows the SVG; viewers without SVG support show this 1×1 fallback (the table beside each figure carries the numbers).
const FALLBACK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function table(head: string, rows: Tally[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell(head, true), cell('需求条数', true), cell('需求人数', true)] }),
      ...rows.map((r) => new TableRow({ children: [cell(r.label), cell(String(r.demands)), cell(String(r.headcount))] })),
    ],
  });
}

/** The white paper as a Word document: title, totals, a table and a figure per dimension, the top majors, and the methodology page. */
export async function whitePaperDocument(w: WhitePaper): Promise<Buffer> {
  const t = w.totals;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: w.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(`范围：${w.regions.join('、') || '（无申报）'}，生成时间：${chinaTime(new Date(w.generatedAt))}（北京时间）`)] }),
    new Paragraph({ text: '一、总体情况', heading: HeadingLevel.HEADING_1 }),
    new Paragraph(`${w.year}年度共有 ${t.enterprises} 家企业申报人才需求 ${t.demands} 条、需求 ${t.headcount} 人；其中紧急或特别紧急的 ${t.urgent} 条，按教育部学科专业目录填写专业的 ${t.coded} 条。`),
  ];
  let n = 2;
  const numerals = ['', '一', '二', '三', '四', '五', '六', '七'];
  for (const [k, title] of FIGURES) {
    children.push(new Paragraph({ text: `${numerals[n++]}、需求${title}`, heading: HeadingLevel.HEADING_1 }));
    children.push(table(title.replace(/^按/, ''), w[k]));
    if (w[k].length) children.push(new Paragraph({ children: [new ImageRun({ type: 'svg', data: Buffer.from(figureSvg(title, w[k])), transformation: { width: 560, height: 280 }, fallback: { type: 'png', data: FALLBACK_PNG } })] }));
  }
  children.push(new Paragraph({ text: `${numerals[n++]}、需求人数最多的专业`, heading: HeadingLevel.HEADING_1 }), table('专业', w.topMajors));
  children.push(new Paragraph({ children: [new PageBreak()] }), new Paragraph({ text: '编制说明', heading: HeadingLevel.HEADING_1 }), ...w.methodology.map((m) => new Paragraph(m)));
  const doc = new Document({ creator: 'rencai', title: w.title, styles: { default: { document: { run: { font: 'SimSun' } } } }, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

