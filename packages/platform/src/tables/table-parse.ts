// Reads the first sheet of an uploaded .xlsx, or a .csv, into a header and rows of text, within the
// bounds of table-limits.ts — the parsing half of every table upload (runs in a worker thread, see
// table-read.ts). An .xlsx is a zip archive: its central directory is read first (yauzl) and the
// entry count and every declared inflated size are checked before anything is inflated; while
// inflating, the bytes actually produced are counted against the declared size (a lying archive is
// refused at the first byte too many). The sheet and its shared strings are parsed as a stream of
// XML events (saxes: no DTD, no entity expansion), row by row, with caps on rows, columns, cell
// length and total text, so memory stays bounded whatever the file. A .csv is parsed as a stream
// (csv-parse) under the same caps.

import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { parse as parseCsv, CsvError } from 'csv-parse';
import { LIMIT_MESSAGES as M, type TableLimits } from './table-limits.js';

export interface ParsedRow {
  /** The row number the user sees (the sheet's row; for a CSV, the record number + 1). */
  row: number;
  /** Text of each column, aligned with the header ('' for a column without a name). */
  cells: string[];
  /** Columns holding a number too long for every digit to survive (an ID typed as a number). */
  inexact?: number[];
}

export interface ParsedTable {
  header: string[];
  /** The data rows that are not blank, in order. */
  rows: ParsedRow[];
}

/** A file refused with a Chinese reason (reported on the field `file`). */
export class TableError extends Error {}

export async function parseTable(content: Uint8Array, filename: string, limits: TableLimits): Promise<ParsedTable> {
  if (content.byteLength > limits.fileBytes) throw new TableError(M.fileBytes(limits));
  const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (/\.csv$/i.test(filename)) return readCsv(buf, limits);
  if (/\.xlsx$/i.test(filename)) return readXlsx(buf, limits);
  throw new TableError(M.kind());
}

// ---------------------------------------------------------------- rows, shared by both formats

/** Collects rows under the header, enforcing the caps on rows, columns, cells and total text. */
class RowSink {
  header: string[] = [];
  rows: ParsedRow[] = [];
  private seen = 0;
  private text = 0;
  constructor(private readonly limits: TableLimits) {}

  setHeader(cells: string[]): void {
    if (cells.length > this.limits.columns) throw new TableError(M.columns(this.limits, 1));
    this.header = cells.map((c) => c.trim());
  }

  /** Checks a row's number before its cells are read. */
  startRow(row: number): void {
    this.seen += 1;
    if (row > this.limits.rows + 1 || this.seen > this.limits.rows + 1) throw new TableError(M.rows(this.limits));
  }

  checkColumn(row: number, column: number): void {
    if (column > this.limits.columns) throw new TableError(M.columns(this.limits, row));
  }

  /** Whether a column is kept (it has a name in the header). */
  kept(column: number): boolean {
    return column <= this.header.length && this.header[column - 1] !== '';
  }

  /** A kept cell's text (null: longer than the cap). */
  cell(row: number, column: number, text: string | null): string {
    if (text === null || text.length > this.limits.cellChars) throw new TableError(M.cellChars(this.limits, row, this.header[column - 1]!));
    this.text += text.length;
    if (this.text > this.limits.textChars) throw new TableError(M.textChars(this.limits));
    return text;
  }

  addRow(row: number, cells: string[], inexact: number[]): void {
    if (!cells.some((c) => c !== '')) return;
    this.rows.push(inexact.length ? { row, cells, inexact } : { row, cells });
  }
}

// ---------------------------------------------------------------- CSV

async function readCsv(buf: Buffer, limits: TableLimits): Promise<ParsedTable> {
  const sink = new RowSink(limits);
  const parser = parseCsv({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, max_record_size: limits.cellChars * limits.columns });
  let index = -1;
  try {
    for await (const record of Readable.from([buf]).pipe(parser) as AsyncIterable<string[]>) {
      index += 1;
      if (index === 0) {
        sink.setHeader(record);
        continue;
      }
      const row = index + 1;
      sink.startRow(row);
      sink.checkColumn(row, record.length);
      const cells = sink.header.map((h, i) => (h ? sink.cell(row, i + 1, record[i] ?? '') : ''));
      sink.addRow(row, cells, []);
    }
  } catch (e) {
    parser.destroy();
    if (e instanceof TableError) throw e;
    if (e instanceof CsvError && e.code === 'CSV_MAX_RECORD_SIZE') throw new TableError(M.lineChars(limits, index + 2));
    throw new TableError(`CSV 无法解析：${e instanceof CsvError ? csvReason(e) : '格式有误'}`);
  }
  return { header: sink.header, rows: sink.rows };
}

/** csv-parse's message without the input it quotes (never echo the file back). */
function csvReason(e: CsvError): string {
  const line = (e as unknown as { lines?: number }).lines;
  const where = typeof line === 'number' ? `第 ${line} 行附近` : '';
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${where}引号未闭合`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `${where}引号位置有误`;
    default:
      return `${where}格式有误`;
  }
}

// ---------------------------------------------------------------- XLSX

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Built-in number formats that are dates (including the CJK ones, 27–36 and 50–58). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormat(code: string): boolean {
  const s = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/[_*]./g, '');
  return /[ymdhs]/i.test(s) && !/^general$/i.test(s.trim());
}

/** Excel's day serial (1900 or 1904 system) as YYYY-MM-DD. */
function serialToDay(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
}

/** OOXML's escapes for characters XML cannot hold (_x000D_ is a carriage return). */
const unescapeX = (s: string) => (s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);

/** 'AB12' → 28. */
function columnOfRef(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
    if (n > 1_000_000) break;
  }
  return n;
}

interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(name: string): void;
  text?(t: string): void;
}

/** A streaming XML reader that refuses any single token (text node, tag) beyond the cap. */
function xmlReader(limits: TableLimits, h: XmlHandlers) {
  const parser = new SaxesParser({ position: false });
  let quiet = 0;
  parser.on('error', () => {
    throw new TableError(M.notXlsx());
  });
  parser.on('opentag', (t) => {
    quiet = 0;
    h.open?.(t as SaxesTagPlain);
  });
  parser.on('closetag', (t) => {
    quiet = 0;
    h.close?.(t.name);
  });
  parser.on('text', (t) => {
    quiet = 0;
    h.text?.(t);
  });
  parser.on('cdata', (t) => {
    quiet = 0;
    h.text?.(t);
  });
  return {
    write(s: string) {
      if (!s) return;
      quiet += s.length;
      parser.write(s);
      if (quiet > limits.xmlTokenChars) throw new TableError(M.xmlToken(limits));
    },
    end() {
      parser.close();
    },
  };
}

const localName = (n: string) => {
  const i = n.indexOf(':');
  return i < 0 ? n : n.slice(i + 1);
};

class Xlsx {
  private readonly entries = new Map<string, Entry>();
  constructor(
    private readonly zip: ZipFile,
    private readonly limits: TableLimits,
  ) {}

  /** Reads the central directory: entry count, names, declared sizes — nothing inflated yet. */
  async index(): Promise<void> {
    const { zip, limits } = this;
    if (zip.entryCount > limits.zipEntries) throw new TableError(M.zipEntries(limits, zip.entryCount));
    let total = 0;
    for await (const e of zip.eachEntry()) {
      const name = e.fileName.toLowerCase();
      if (this.entries.has(name)) throw new TableError(M.notXlsx());
      if (e.uncompressedSize > limits.entryBytes) throw new TableError(M.entryBytes(limits, e.fileName));
      total += e.uncompressedSize;
      if (total > limits.totalBytes) throw new TableError(M.totalBytes(limits));
      this.entries.set(name, e);
    }
  }

  close(): void {
    this.zip.close();
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  /** Streams one entry's XML to `h`, counting the inflated bytes against the declared size. */
  async xml(path: string, h: XmlHandlers): Promise<void> {
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) throw new TableError(M.notXlsx());
    if (entry.uncompressedSize > this.limits.entryBytes) throw new TableError(M.entryBytes(this.limits, path));
    if (entry.isEncrypted()) throw new TableError(M.notXlsx());
    const reader = xmlReader(this.limits, h);
    const decoder = new StringDecoder('utf8');
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch {
      throw new TableError(M.notXlsx());
    }
    let bytes = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > entry.uncompressedSize) throw new TableError(M.sizeMismatch(path));
        reader.write(decoder.write(chunk));
      }
      reader.write(decoder.end());
      reader.end();
    } catch (e) {
      stream.destroy();
      if (e instanceof TableError) throw e;
      // yauzl's own count of the inflated bytes against the declared size.
      if (e instanceof Error && /too many bytes|not enough bytes/i.test(e.message)) throw new TableError(M.sizeMismatch(path));
      throw new TableError(M.notXlsx());
    }
  }
}

/** 'worksheets/sheet1.xml' relative to xl/ (or '/xl/…' absolute) → 'xl/worksheets/sheet1.xml'. */
function resolvePart(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

/** Opens an .xlsx and checks its central directory (entry count, declared sizes) — nothing inflated. */
async function openXlsx(buf: Buffer, limits: TableLimits): Promise<Xlsx> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, strictFileNames: false, autoClose: false });
  } catch {
    throw new TableError(M.notXlsx());
  }
  const x = new Xlsx(zip, limits);
  try {
    await x.index();
  } catch (e) {
    zip.close();
    if (e instanceof TableError) throw e;
    throw new TableError(M.notXlsx());
  }
  if (!x.has('xl/workbook.xml')) {
    zip.close();
    throw new TableError(M.notXlsx());
  }
  return x;
}

/**
 * The checks that need no inflating (file size, kind, and for an .xlsx its entry count and declared
 * sizes): cheap enough to run before a worker thread is started, so the usual bomb is refused at once.
 */
export async function precheckTable(content: Buffer, filename: string, limits: TableLimits): Promise<void> {
  if (content.byteLength > limits.fileBytes) throw new TableError(M.fileBytes(limits));
  if (/\.csv$/i.test(filename)) return;
  if (!/\.xlsx$/i.test(filename)) throw new TableError(M.kind());
  (await openXlsx(content, limits)).close();
}

async function readXlsx(buf: Buffer, limits: TableLimits): Promise<ParsedTable> {
  const x = await openXlsx(buf, limits);
  try {

    // The workbook: the date system and the first sheet's relationship id.
    let date1904 = false;
    let firstSheetRel: string | undefined;
    await x.xml('xl/workbook.xml', {
      open(t) {
        const name = localName(t.name);
        if (name === 'workbookPr') date1904 = t.attributes.date1904 === '1' || t.attributes.date1904 === 'true';
        if (name === 'sheet' && firstSheetRel === undefined) firstSheetRel = Object.entries(t.attributes).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1];
      },
    });
    // Where the sheet, the shared strings and the styles are.
    const rels = new Map<string, { type: string; target: string }>();
    if (x.has('xl/_rels/workbook.xml.rels')) {
      await x.xml('xl/_rels/workbook.xml.rels', {
        open(t) {
          if (localName(t.name) === 'Relationship' && t.attributes.Id && t.attributes.Target) rels.set(t.attributes.Id, { type: t.attributes.Type ?? '', target: t.attributes.Target });
        },
      });
    }
    const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
    const sheetTarget = firstSheetRel !== undefined ? rels.get(firstSheetRel)?.target : undefined;
    const sheetPath = sheetTarget ? resolvePart(sheetTarget) : 'xl/worksheets/sheet1.xml';
    const stringsPath = resolvePart(byType('/sharedStrings') ?? 'sharedStrings.xml');
    const stylesPath = resolvePart(byType('/styles') ?? 'styles.xml');
    if (!x.has(sheetPath)) throw new TableError(M.notXlsx());

    const dateStyles = x.has(stylesPath) ? await readDateStyles(x, stylesPath) : [];
    const shared = x.has(stringsPath) ? await readSharedStrings(x, stringsPath, limits) : [];
    return await readSheet(x, sheetPath, limits, { date1904, dateStyles, shared });
  } finally {
    x.close();
  }
}

/** For each cell format (cellXfs index), whether it shows a date. */
async function readDateStyles(x: Xlsx, path: string): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inCellXfs = false;
  await x.xml(path, {
    open(t) {
      const name = localName(t.name);
      if (name === 'numFmt') custom.set(Number(t.attributes.numFmtId), t.attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(t.attributes.numFmtId ?? 0);
        const code = custom.get(id);
        out.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id));
      }
    },
    close(name) {
      if (localName(name) === 'cellXfs') inCellXfs = false;
    },
  });
  return out;
}

/** The shared strings (null: one longer than a cell may be). Phonetic runs (rPh) are not text. */
async function readSharedStrings(x: Xlsx, path: string, limits: TableLimits): Promise<Array<string | null>> {
  const out: Array<string | null> = [];
  let cur = '';
  let long = false;
  let inT = false;
  let rph = 0;
  await x.xml(path, {
    open(t) {
      const name = localName(t.name);
      if (name === 'si') {
        cur = '';
        long = false;
      } else if (name === 't' && rph === 0) inT = true;
      else if (name === 'rPh') rph += 1;
    },
    text(s) {
      if (!inT || long) return;
      cur += s;
      if (cur.length > limits.cellChars * 8) long = true;
    },
    close(n) {
      const name = localName(n);
      if (name === 't') inT = false;
      else if (name === 'rPh') rph -= 1;
      else if (name === 'si') {
        if (out.length >= limits.sharedStrings) throw new TableError(M.sharedStrings(limits));
        const s = long ? null : unescapeX(cur).trim();
        out.push(s !== null && s.length > limits.cellChars ? null : s);
      }
    },
  });
  return out;
}

async function readSheet(x: Xlsx, path: string, limits: TableLimits, ctx: { date1904: boolean; dateStyles: boolean[]; shared: Array<string | null> }): Promise<ParsedTable> {
  const sink = new RowSink(limits);
  let row = 0;
  let column = 0;
  let cells: string[] = [];
  let headerCells: string[] = [];
  let inexact: number[] = [];
  // The cell being read.
  let type = 'n';
  let style = 0;
  let v = '';
  let inline = '';
  let long = false;
  let inV = false;
  let inT = false;
  let inIs = false;
  let rph = 0;
  let inSheetData = false;
  const append = (cur: string, s: string) => {
    if (long) return cur;
    const next = cur + s;
    if (next.length > limits.cellChars * 8) long = true;
    return next;
  };

  /** The cell's text as the user typed it; `inexact` when a long number lost digits. */
  const cellValue = (): { text: string | null; inexact: boolean } => {
    if (long) return { text: null, inexact: false };
    switch (type) {
      case 's': {
        const s = ctx.shared[Number(v)];
        return { text: s === undefined ? '' : s, inexact: false };
      }
      case 'inlineStr':
        return { text: unescapeX(inline).trim(), inexact: false };
      case 'str':
      case 'e':
        return { text: unescapeX(v).trim(), inexact: false };
      case 'b':
        return { text: v === '1' ? 'true' : v === '0' ? 'false' : v.trim(), inexact: false };
      case 'd': {
        const d = new Date(v.trim());
        return { text: Number.isNaN(d.getTime()) ? v.trim() : d.toISOString().slice(0, 10), inexact: false };
      }
      default: {
        const raw = v.trim();
        if (raw === '') return { text: '', inexact: false };
        const num = Number(raw);
        if (!Number.isFinite(num)) return { text: raw, inexact: false };
        if (ctx.dateStyles[style]) return { text: serialToDay(num, ctx.date1904), inexact: false };
        return { text: String(num), inexact: Math.abs(num) > MAX_SAFE };
      }
    }
  };

  await x.xml(path, {
    open(t) {
      const name = localName(t.name);
      if (name === 'sheetData') inSheetData = true;
      if (!inSheetData) return;
      switch (name) {
        case 'row': {
          const r = t.attributes.r !== undefined ? Number(t.attributes.r) : row + 1;
          if (!Number.isInteger(r) || r < 1) throw new TableError(M.notXlsx());
          row = r;
          column = 0;
          if (row > 1) sink.startRow(row);
          cells = row > 1 ? sink.header.map(() => '') : [];
          headerCells = [];
          inexact = [];
          break;
        }
        case 'c': {
          column = t.attributes.r !== undefined ? columnOfRef(t.attributes.r) : column + 1;
          if (column < 1) throw new TableError(M.notXlsx());
          sink.checkColumn(row, column);
          type = t.attributes.t ?? 'n';
          style = t.attributes.s !== undefined ? Number(t.attributes.s) : 0;
          v = '';
          inline = '';
          long = false;
          break;
        }
        case 'v':
          inV = true;
          break;
        case 'is':
          inIs = true;
          break;
        case 't':
          if (inIs && rph === 0) inT = true;
          break;
        case 'rPh':
          rph += 1;
          break;
      }
    },
    text(s) {
      if (inV) v = append(v, s);
      else if (inT) inline = append(inline, s);
    },
    close(n) {
      const name = localName(n);
      switch (name) {
        case 'sheetData':
          inSheetData = false;
          break;
        case 'v':
          inV = false;
          break;
        case 't':
          inT = false;
          break;
        case 'is':
          inIs = false;
          break;
        case 'rPh':
          rph -= 1;
          break;
        case 'c': {
          if (!inSheetData) break;
          if (row === 1) {
            const { text } = cellValue();
            if (text === null || text.length > limits.cellChars) throw new TableError(M.cellChars(limits, 1, `第 ${column} 列的列名`));
            headerCells[column - 1] = text;
          } else if (row > 1 && sink.kept(column)) {
            const value = cellValue();
            cells[column - 1] = sink.cell(row, column, value.text);
            if (value.inexact) inexact.push(column - 1);
          }
          break;
        }
        case 'row':
          if (!inSheetData) break;
          if (row === 1) sink.setHeader(Array.from(headerCells, (c) => c ?? ''));
          else if (row > 1) sink.addRow(row, cells, inexact);
          break;
      }
    },
  });
  return { header: sink.header, rows: sink.rows };
}
