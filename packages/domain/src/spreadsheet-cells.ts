// Cells of every exported spreadsheet (CSV and Excel), made safe to open: a text cell that begins
// with = + - @, a tab or a carriage return would be read by Excel, WPS or LibreOffice as a formula
// (=HYPERLINK(…), =cmd|…), so it gets a leading apostrophe and shows as the text it is (OWASP's
// CSV-injection guidance). Numbers stay numbers; text that is just a number ("-3", "+12.5") is
// left alone, since it cannot run anything. `safeWorkbook` applies the same rule to every text cell
// of a finished workbook, so no export can forget a column.

/** Characters that make a spreadsheet read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** The text as a spreadsheet will show it, never as a formula. */
export function neutraliseText(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** A cell value for an export: text neutralised; numbers, dates, booleans and empty cells unchanged. */
export function neutraliseCell<T>(v: T): T | string {
  return typeof v === 'string' ? neutraliseText(v) : v;
}

/** One CSV field: neutralised, quoted when it holds a comma, quote or line break. */
export function csvField(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : neutraliseText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file (UTF-8 with BOM, so Excel reads the Chinese correctly), every field neutralised. */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n`;
}

/** The parts of a worksheet (ExcelJS's shape) that `safeWorksheet` touches. */
export interface SheetCells {
  eachRow(cb: (row: { eachCell(cb: (cell: { value: unknown }) => void): void }) => void): void;
}

/** Neutralises every text cell of a worksheet in place. */
export function safeWorksheet(ws: SheetCells): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') cell.value = neutraliseText(cell.value);
    }),
  );
}

/** Every worksheet of a workbook (ExcelJS's `Workbook`), neutralised in place before it is written. */
export function safeWorkbook(wb: { eachSheet(cb: (ws: SheetCells) => void): void }): void {
  wb.eachSheet((ws) => safeWorksheet(ws));
}
