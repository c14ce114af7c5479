// Worker-thread entry of a table upload's parse (table-parse.ts): parses the bytes it is given and
// posts back the table, or the Chinese reason the file is refused. It runs with a capped heap and
// a deadline (table-read.ts), so a hostile file can at worst end this thread, never the server.

import { parentPort, workerData } from 'node:worker_threads';
import { parseTable, TableError } from './table-parse.js';
import { LIMIT_MESSAGES, type TableLimits } from './table-limits.js';

const job = workerData as { content: Uint8Array; filename: string; limits: TableLimits };
parseTable(job.content, job.filename, job.limits).then(
  (table) => parentPort!.postMessage({ ok: true, table }),
  // Anything else a malformed file makes the parser throw is still the file's fault: a 400, not a 500.
  (e: unknown) => parentPort!.postMessage({ ok: false, message: e instanceof TableError ? e.message : /\.csv$/i.test(job.filename) ? 'CSV 无法解析：格式有误' : LIMIT_MESSAGES.notXlsx() }),
);
