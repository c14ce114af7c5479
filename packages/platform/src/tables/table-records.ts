// An uploaded table's rows as records ({column name: text}), one per sheet row below the header,
// remembering which cells Excel stored as numbers too long to keep every digit (an ID or an account
// typed as a number), so that the reader can refuse them by name.

import { readTableRows, type ParsedRow } from './table-read.js';

/** Cells of a read row that Excel stored as numbers too long to keep every digit (an ID or account typed as a number). */
const INEXACT = new WeakMap<object, ReadonlySet<string>>();

/** The columns of a record whose cells lost digits as numbers. */
export const inexactColumns = (record: Record<string, string>): ReadonlySet<string> => INEXACT.get(record) ?? new Set();

/** A read row as {column name: text}, remembering which cells lost digits as numbers. */
export function recordOf(header: string[], row: ParsedRow): Record<string, string> {
  const rec: Record<string, string> = {};
  header.forEach((h, i) => {
    if (h) rec[h] = row.cells[i] ?? '';
  });
  if (row.inexact?.length) INEXACT.set(rec, new Set(row.inexact.map((i) => header[i]!)));
  return rec;
}

/**
 * The rows of an uploaded table below its header, one record per sheet row from row 2 to the last
 * (blank rows as blank records), each read within the upload bounds (table-read.ts).
 */
export async function readTable(content: Buffer, filename: string): Promise<Array<Record<string, string>>> {
  const t = await readTableRows(content, filename);
  const blank = () => Object.fromEntries(t.header.filter(Boolean).map((h) => [h, '']));
  const out: Array<Record<string, string>> = [];
  for (const row of t.rows) {
    while (out.length + 2 < row.row) out.push(blank());
    out.push(recordOf(t.header, row));
  }
  return out;
}
