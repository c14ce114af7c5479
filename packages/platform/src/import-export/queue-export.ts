// The application queue as a spreadsheet for staff (GET /api/v1/export/applications): exactly the
// rows the caller's queue shows with the same filters, read page by page through listApplications
// (so the queue's scoping and filters apply here unchanged), as .xlsx or CSV with every text cell
// neutralised against formulas, and the export recorded in the audit log.

import { fenToYuanString } from '@rencai/engine';
import { csvText, safeWorkbook } from '@rencai/domain';
import { appendAudit } from '@rencai/store';
import { type Platform, isStaff, type Caller, conflict, fieldError, forbidden, newWorkbook } from '../shared/index.js';
import { listApplications, type ApplicationSummary } from '../applications/index.js';

/** Rows one export may hold; a larger queue is narrowed with filters first. */
export const QUEUE_EXPORT_MAX_ROWS = 50_000;
const PAGE = 200;

export interface QueueFilters {
  state?: string;
  matter?: string;
  overdue?: boolean;
  awaitingMyReview?: boolean;
  /** The queue's search text, passed through as the queue reads it. */
  q?: string;
}

const HEADER = ['编号', '事项', '申报人', '地区', '状态', '提交日', '承诺办结日', '剩余工作日', '核定金额（元）'];

const line = (a: ApplicationSummary) => [a.id, a.matterName, a.applicantName ?? '', a.regionName, a.stateLabel, a.submittedOn ?? '', a.dueOn ?? '', a.workdaysLeft ?? '', a.amountFen === null ? '' : Number(fenToYuanString(a.amountFen))];

export async function exportApplications(p: Platform, c: Caller, format: unknown, filters: QueueFilters): Promise<Buffer> {
  if (!isStaff(c)) throw forbidden('只有工作人员可以导出申报件');
  if (format !== 'xlsx' && format !== 'csv') throw fieldError('format', '导出格式应为 xlsx 或 csv');
  const rows: ApplicationSummary[] = [];
  const seen = new Set<number>();
  for (let page = 1; ; page++) {
    const q: Parameters<typeof listApplications>[2] = { ...filters, page, pageSize: PAGE };
    const got = await listApplications(p, c, q);
    if (got.total > QUEUE_EXPORT_MAX_ROWS) throw conflict(`符合条件的申报件有 ${got.total} 件，一次最多导出 ${QUEUE_EXPORT_MAX_ROWS} 件，请按状态、事项等缩小范围`);
    // The queue may move while it is read: each application once.
    for (const a of got.items) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      rows.push(a);
    }
    if (got.items.length < PAGE || page * PAGE >= got.total) break;
  }
  let out: Buffer;
  if (format === 'csv') out = Buffer.from(csvText([HEADER, ...rows.map(line)]), 'utf8');
  else {
    const wb = await newWorkbook();
    wb.creator = 'rencai';
    const ws = wb.addWorksheet('申报件', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [{ width: 8 }, { width: 24 }, { width: 24 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 16, style: { numFmt: '#,##0.00' } }];
    ws.addRow(HEADER).font = { bold: true };
    for (const a of rows) {
      const r = ws.addRow(line(a));
      if (a.overdue) r.font = { color: { argb: 'FFC00000' } };
    }
    safeWorkbook(wb);
    out = Buffer.from(await wb.xlsx.writeBuffer());
  }
  await p.db.transaction().execute((trx) =>
    appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.export', entity: 'application', entityId: null, region: c.region, detail: { format, filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '' && v !== false)), rows: rows.length } }),
  );
  return out;
}
