// The bounds every uploaded table (.xlsx or .csv: registry imports, the bank's result file) is read
// within, so that no file, however crafted, can exhaust the server's memory or time. A file beyond
// any bound is refused with a Chinese message naming the bound (see table-parse.ts).

export interface TableLimits {
  /** The uploaded file itself (bytes). */
  fileBytes: number;
  /** Entries in the .xlsx (zip) archive. */
  zipEntries: number;
  /** Inflated size of any one entry read (declared in the archive, and counted while inflating). */
  entryBytes: number;
  /** Inflated size of the whole archive, as declared. */
  totalBytes: number;
  /** Data rows (below the header row); a row numbered beyond this is refused too. */
  rows: number;
  /** Columns of any row. */
  columns: number;
  /** Characters of one cell. */
  cellChars: number;
  /** Characters of all kept cells together. */
  textChars: number;
  /** Distinct shared strings in an .xlsx. */
  sharedStrings: number;
  /** Characters of XML between two tags (an endless text node or attribute). */
  xmlTokenChars: number;
  /** Heap of the thread that parses (MB): a file needing more is stopped, the server carries on. */
  heapMb: number;
  /** Time the parse may take. */
  seconds: number;
  /** Parses running at once; more wait their turn … */
  concurrent: number;
  /** … up to this many waiting, beyond which the request is refused (429). */
  waiting: number;
}

export const TABLE_LIMITS: TableLimits = {
  fileBytes: 10 * 1024 * 1024,
  zipEntries: 1_000,
  entryBytes: 128 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
  rows: 100_000,
  columns: 64,
  cellChars: 1_000,
  textChars: 20_000_000,
  sharedStrings: 1_000_000,
  xmlTokenChars: 1024 * 1024,
  heapMb: 256,
  seconds: 60,
  concurrent: 2,
  waiting: 16,
};

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const int = (n: number) => n.toLocaleString('en-US');

/** The Chinese reason for each bound (the path is always `file`). */
export const LIMIT_MESSAGES = {
  fileBytes: (l: TableLimits) => `文件过大，上限 ${MB(l.fileBytes)}`,
  zipEntries: (l: TableLimits, n: number) => `不是正常的 Excel 文件：压缩包内有 ${int(n)} 个条目，上限 ${int(l.zipEntries)} 个`,
  entryBytes: (l: TableLimits, name: string) => `文件解压后过大：「${name}」超过 ${MB(l.entryBytes)}（疑似压缩炸弹），已拒绝`,
  totalBytes: (l: TableLimits) => `文件解压后过大：合计超过 ${MB(l.totalBytes)}（疑似压缩炸弹），已拒绝`,
  sizeMismatch: (name: string) => `文件已损坏或被篡改：「${name}」解压后的实际大小与声明不符，已拒绝`,
  rows: (l: TableLimits) => `数据行过多：每个文件最多 ${int(l.rows)} 行（不含列名行），请拆分后分批导入`,
  columns: (l: TableLimits, row: number) => `第 ${row} 行的列数过多：最多 ${l.columns} 列`,
  cellChars: (l: TableLimits, row: number, column: string) => `第 ${row} 行「${column}」单元格过长：最多 ${int(l.cellChars)} 个字符`,
  lineChars: (l: TableLimits, row: number) => `第 ${row} 行过长：最多 ${int(l.cellChars * l.columns)} 个字符`,
  textChars: (l: TableLimits) => `文件中的文字过多：合计最多 ${int(l.textChars)} 个字符，请拆分后分批导入`,
  sharedStrings: (l: TableLimits) => `文件中的不同文字过多：最多 ${int(l.sharedStrings)} 个`,
  xmlToken: (l: TableLimits) => `文件内容异常：单个单元格或标记超过 ${int(l.xmlTokenChars)} 个字符，已拒绝`,
  heap: (l: TableLimits) => `文件过于复杂：解析所需内存超过 ${l.heapMb} MB，已停止；请删除多余内容或拆分后重试`,
  seconds: (l: TableLimits) => `文件解析超时（上限 ${l.seconds} 秒），已停止；请删除多余内容或拆分后重试`,
  busy: () => '同时导入的文件过多，请稍后再试',
  notXlsx: () => '不是有效的 Excel（.xlsx）文件',
  kind: () => '只支持 .xlsx 或 .csv 文件',
};
