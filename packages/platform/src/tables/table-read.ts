// Reading an uploaded table (.xlsx or .csv) where a hostile file cannot take the server down: the
// checks that need no inflating (size, kind, the archive's entry count and declared sizes) run
// first, here; the parse itself (table-parse.ts) runs in a worker thread with a capped heap
// (resourceLimits) and a deadline, and only a few run at once. A file beyond a bound, one that
// needs more memory than the cap or more time than the deadline is refused with a Chinese reason
// on the field `file`; the thread is discarded either way and the server carries on.

import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { fieldError, PlatformError } from '../shared/index.js';
import { LIMIT_MESSAGES as M, TABLE_LIMITS, type TableLimits } from './table-limits.js';
import { precheckTable, TableError, type ParsedTable } from './table-parse.js';

export type { ParsedRow, ParsedTable } from './table-parse.js';

let running = 0;
const waiting: Array<() => void> = [];

async function turn(limits: TableLimits): Promise<void> {
  if (running < limits.concurrent) {
    running += 1;
    return;
  }
  if (waiting.length >= limits.waiting) throw new PlatformError(429, M.busy());
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function done(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

function startWorker(workerData: unknown, limits: TableLimits): Worker {
  const here = import.meta.url;
  const resourceLimits = { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 };
  if (here.endsWith('.ts')) {
    // Running from TypeScript sources (tsx, vitest): the worker registers tsx's loader itself, since
    // `execArgv: ['--import', 'tsx']` does not apply to a worker's entry module on Node 20.
    const api = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const entry = new URL('./table-worker.ts', here).href;
    return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData, resourceLimits });
  }
  return new Worker(new URL('./table-worker.js', here), { workerData, resourceLimits });
}

/** The header and non-blank rows of an uploaded table, read within `limits` (see table-limits.ts). */
export async function readTableRows(content: Buffer, filename: string, limits: TableLimits = TABLE_LIMITS): Promise<ParsedTable> {
  try {
    await precheckTable(content, filename, limits);
  } catch (e) {
    throw e instanceof TableError ? fieldError('file', e.message) : e;
  }
  await turn(limits);
  try {
    return await new Promise<ParsedTable>((resolve, reject) => {
      const worker = startWorker({ content: new Uint8Array(content), filename, limits }, limits);
      let settled = false;
      const finish = (f: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        f();
        void worker.terminate();
      };
      const timer = setTimeout(() => finish(() => reject(fieldError('file', M.seconds(limits)))), limits.seconds * 1000);
      worker.on('message', (m: { ok: true; table: ParsedTable } | { ok: false; message: string }) => finish(() => (m.ok ? resolve(m.table) : reject(fieldError('file', m.message)))));
      worker.on('error', (e: Error & { code?: string }) => finish(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? fieldError('file', M.heap(limits)) : e)));
      worker.on('exit', (code) => finish(() => reject(new Error(`表格解析线程异常退出 table worker exited with code ${code}`))));
    });
  } finally {
    done();
  }
}
