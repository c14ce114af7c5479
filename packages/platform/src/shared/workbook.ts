// A new Excel workbook (ExcelJS), the library loaded on the first export rather than at start-up:
// it takes most of a second to load, which every process start — each command-line run, each server —
// would otherwise pay.

import type ExcelJS from 'exceljs';

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  return new Excel.Workbook();
}
