// Export cells that a spreadsheet would run as formulas come out as text; numbers stay numbers.

import { describe, expect, it } from 'vitest';
import { csvField, csvText, neutraliseCell, neutraliseText, safeWorkbook } from './spreadsheet-cells.js';

describe('formula neutralisation (OWASP CSV injection)', () => {
  it('prefixes text that starts with = + - @, tab or carriage return with an apostrophe', () => {
    expect(neutraliseText('=HYPERLINK("http://x.cn","点我")')).toBe(`'=HYPERLINK("http://x.cn","点我")`);
    expect(neutraliseText('+1+cmd|\' /C calc\'!A0')).toBe(`'+1+cmd|' /C calc'!A0`);
    expect(neutraliseText('-2+3')).toBe(`'-2+3`);
    expect(neutraliseText('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseText('\t=1')).toBe(`'\t=1`);
    expect(neutraliseText('\r=1')).toBe(`'\r=1`);
  });
  it('leaves ordinary text, plain numbers written as text, and non-text values alone', () => {
    for (const s of ['中国工商银行衢州分行', '张三', 'a=b', '', ' =1', '330802********2011']) expect(neutraliseText(s)).toBe(s);
    for (const s of ['-3', '+12.5', '-0.01', '12']) expect(neutraliseText(s)).toBe(s);
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(null)).toBe(null);
    const d = new Date(0);
    expect(neutraliseCell(d)).toBe(d);
  });
  it('writes CSV fields neutralised and quoted where needed', () => {
    expect(csvField('=1+1')).toBe(`'=1+1`);
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField(-5)).toBe('-5');
    expect(csvText([['编号', '名称'], [1, '@x']])).toBe('\ufeff编号,名称\n1,\'@x\n');
  });
  it('neutralises every text cell of every sheet of a workbook', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').addRow(['=1+1', 5, '-5', '正常']);
    wb.addWorksheet('b').addRow([null, '@cmd']);
    safeWorkbook(wb);
    expect(wb.getWorksheet('a')!.getRow(1).values).toEqual([undefined, `'=1+1`, 5, '-5', '正常']);
    expect(wb.getWorksheet('b')!.getRow(1).getCell(2).value).toBe(`'@cmd`);
  });
});
