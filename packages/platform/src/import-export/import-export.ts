// Bulk import and export of persons and employers as Excel (.xlsx) or CSV. Uploads are read within
// fixed bounds in a worker thread (table-read.ts). Each row is checked on its own: good rows go in,
// bad rows write nothing and come back in a report (row number, column name, reason in Chinese).
// Exports carry masked personal data, every text cell neutralised against formulas.

import { REGIONS, regionName } from '@rencai/policies';
import { csvText, safeWorkbook } from '@rencai/domain';
import { type Platform, visibleRegions, type Caller, fieldError, forbidden, PlatformError, newWorkbook } from '../shared/index.js';
import { createEmployer, employerIdsByCode, employersToExport, insertImportedPersons, personsToExport, readPerson, registeredByHash, type PersonValues } from '../registry/index.js';
import { inexactColumns, readTableRows, recordOf, type ParsedTable } from '../tables/index.js';

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  kind: 'persons' | 'employers';
  total: number;
  inserted: number;
  rejected: number;
  errors: RowError[];
  ids: number[];
}

const PERSON_COLUMNS = ['身份证号', '姓名', '手机号', '地区', '单位统一社会信用代码', '最高学历', '全日制', '入职日期', '岗位', '人才资格', '开户银行', '银行账号'] as const;
const EMPLOYER_COLUMNS = ['统一社会信用代码', '单位名称', '地区', '单位类型', '重点产业', '所属领域', '开户银行', '银行账号'] as const;

const FIELD_TO_COLUMN: Record<string, string> = {
  idNumber: '身份证号',
  name: '姓名',
  phone: '手机号',
  region: '地区',
  employerId: '单位统一社会信用代码',
  'education[0].degree': '最高学历',
  'education[0].fullTime': '全日制',
  'employment[0].start': '入职日期',
  'employment[0].post': '岗位',
  'employment[0].fullTime': '全日制',
  'employment[0].region': '地区',
  uscc: '统一社会信用代码',
  kind: '单位类型',
  keyIndustry: '重点产业',
  sector: '所属领域',
  bankName: '开户银行',
  bankAccount: '银行账号',
};

/** The optional 收款账户 columns of an import row (both or neither; checked by the registry). */
function bankColumns(r: Record<string, string>, input: Record<string, unknown>): void {
  if (r['开户银行'] || r['银行账号']) {
    input.bankName = r['开户银行'] ?? '';
    input.bankAccount = r['银行账号'] ?? '';
  }
}
const columnOf = (path: string, kind: 'persons' | 'employers') =>
  FIELD_TO_COLUMN[path] ?? (path.startsWith('qualifications') ? '人才资格' : kind === 'employers' && path === 'name' ? '单位名称' : path);

const DEGREES: Record<string, string> = { 博士: 'phd', 博士研究生: 'phd', 硕士: 'master', 硕士研究生: 'master', 本科: 'bachelor', 大学本科: 'bachelor', 专科: 'college', 大专: 'college' };
const POSTS: Record<string, string> = { 教师: 'teacher', 医生: 'doctor', 其他: 'other' };

/** Whether the caller may import at all: checked before the upload is read. */
export function mayImport(c: Caller, kind: 'persons' | 'employers'): void {
  if (!(c.role === 'clerk' || c.role === 'admin')) throw forbidden(kind === 'persons' ? '只有人才办经办人员可以导入人才' : '只有人才办经办人员可以导入单位');
}




function inexactCells(r: Record<string, string>, rowNo: number): RowError[] {
  return [...inexactColumns(r)].map((column) => ({ row: rowNo, column, message: '该单元格是数字格式，超过 15 位的数字已丢失末几位；请将该列设为“文本”格式后重新填写' }));
}

function requireColumns(t: ParsedTable, needed: readonly string[]) {
  if (!t.rows.length) throw fieldError('file', '文件中没有数据行');
  const missing = needed.filter((c) => !t.header.includes(c));
  if (missing.length) throw fieldError('file', `缺少列：${missing.join('、')}（第一行应为列名）`);
}

/** Rows written per transaction by the persons import. */
const IMPORT_CHUNK = 500;

interface PersonCandidate {
  row: number;
  values: PersonValues;
  hash: string;
}

/** An import row as the registry's input, with the errors found in the row's own cells. */
function personInput(r: Record<string, string>, rowNo: number, employerIds: Map<string, number>): { input: Record<string, unknown>; rowErrors: RowError[] } {
  const rowErrors: RowError[] = inexactCells(r, rowNo);
  const input: Record<string, unknown> = { idNumber: r['身份证号'], name: r['姓名'], region: REGIONS.find((x) => x.name === r['地区'])?.code ?? r['地区'] };
  if (r['手机号']) input.phone = r['手机号'];
  if (r['单位统一社会信用代码']) {
    const emp = employerIds.get(r['单位统一社会信用代码'].toUpperCase());
    if (emp) input.employerId = emp;
    else rowErrors.push({ row: rowNo, column: '单位统一社会信用代码', message: '单位未登记或不在您的管辖范围' });
  }
  const fullTime = r['全日制'] === '是' ? true : r['全日制'] === '否' ? false : undefined;
  if (r['全日制'] && fullTime === undefined) rowErrors.push({ row: rowNo, column: '全日制', message: '应为“是”或“否”' });
  if (r['最高学历']) {
    const degree = DEGREES[r['最高学历']];
    if (!degree) rowErrors.push({ row: rowNo, column: '最高学历', message: '应为 博士、硕士、本科、专科 之一' });
    else input.education = [{ degree, fullTime: fullTime ?? false }];
  }
  if (r['入职日期']) {
    const post = r['岗位'] ? POSTS[r['岗位']] : undefined;
    if (r['岗位'] && !post) rowErrors.push({ row: rowNo, column: '岗位', message: '应为 教师、医生、其他 之一' });
    input.employment = [{ region: input.region, fullTime: fullTime ?? true, start: r['入职日期'], ...(post ? { post } : {}), ...(input.employerId ? { employerId: input.employerId } : {}) }];
  }
  if (r['人才资格']) input.qualifications = r['人才资格'].split(/[|、,，;；]/).map((s) => s.trim()).filter(Boolean);
  bankColumns(r, input);
  return { input, rowErrors };
}

/**
 * Imports persons: every row is checked on its own (a bad row writes nothing and is reported with
 * row, column and reason), and the good rows are written in chunks of IMPORT_CHUNK rows, each chunk
 * one transaction (rows, version records and audit entries together), so only one chunk is held at
 * a time. An ID number already in the registry — or earlier in the same file, which by then is —
 * is refused as createPerson refuses it; blank rows are skipped.
 */
export async function importPersons(p: Platform, c: Caller, content: Buffer, filename: string): Promise<ImportReport> {
  mayImport(c, 'persons');
  const table = await readTableRows(content, filename);
  requireColumns(table, ['身份证号', '姓名', '地区']);
  const report: ImportReport = { kind: 'persons', total: table.rows.length, inserted: 0, rejected: 0, errors: [], ids: [] };

  // The employers named by credit code, looked up in the caller's scope all at once.
  const employerIds = new Map<string, number>();
  const usccColumn = table.header.indexOf('单位统一社会信用代码');
  const usccs = usccColumn < 0 ? [] : [...new Set(table.rows.map((row) => (row.cells[usccColumn] ?? '').toUpperCase()).filter(Boolean))];
  for (const [uscc, id] of await employerIdsByCode(p, c, usccs)) employerIds.set(uscc, id);

  const regions = visibleRegions(c);
  for (let i = 0; i < table.rows.length; i += IMPORT_CHUNK) {
    const candidates: PersonCandidate[] = [];
    const repeats: PersonCandidate[] = [];
    const hashes = new Set<string>();
    for (const row of table.rows.slice(i, i + IMPORT_CHUNK)) {
      const { input, rowErrors } = personInput(recordOf(table.header, row), row.row, employerIds);
      if (rowErrors.length) {
        report.errors.push(...rowErrors);
        continue;
      }
      const { values, errors } = readPerson(input, p.today(), true);
      if (!errors.length && !regions.includes(values.region!)) errors.push({ path: 'region', message: '只能在本地区建档' });
      if (errors.length) {
        for (const fe of errors) report.errors.push({ row: row.row, column: columnOf(fe.path, 'persons'), message: fe.message });
        continue;
      }
      const cand = { row: row.row, values, hash: p.vault.lookupHash(values.id!.number) };
      if (hashes.has(cand.hash)) repeats.push(cand);
      else {
        hashes.add(cand.hash);
        candidates.push(cand);
      }
    }
    await insertPersons(p, c, candidates, report.ids, report.errors);
    // A repeat of an ID number earlier in the chunk: refused as that row, now in the registry, makes it.
    if (repeats.length) {
      const held = await registeredByHash(p.db, repeats.map((x) => x.hash));
      for (const x of repeats) report.errors.push({ row: x.row, column: '身份证号', message: alreadyRegistered(held.get(x.hash)) });
    }
  }
  report.inserted = report.ids.length;
  report.rejected = report.total - report.inserted;
  report.errors.sort((a, b) => a.row - b.row);
  return report;
}

const alreadyRegistered = (e: { id: number; region: string } | undefined) =>
  e ? `该身份证号已在人才库中（${regionName(e.region)}，编号 ${e.id}），请在原档案上补充信息` : '该身份证号已在人才库中';

/** One chunk of new persons, written by the registry in one transaction; the ids go to `ids`, an ID number already there to `errors`. */
async function insertPersons(p: Platform, c: Caller, chunk: PersonCandidate[], ids: number[], errors: RowError[]): Promise<void> {
  if (!chunk.length) return;
  const { created, held } = await insertImportedPersons(p, c, chunk);
  for (const x of chunk) {
    const id = created.get(x.hash);
    if (id !== undefined) ids.push(id);
    // In the registry already, or registered by someone else a moment ago.
    else errors.push({ row: x.row, column: '身份证号', message: alreadyRegistered(held.get(x.hash)) });
  }
}

export async function importEmployers(p: Platform, c: Caller, content: Buffer, filename: string): Promise<ImportReport> {
  mayImport(c, 'employers');
  const table = await readTableRows(content, filename);
  requireColumns(table, ['统一社会信用代码', '单位名称', '地区', '单位类型']);
  const report: ImportReport = { kind: 'employers', total: table.rows.length, inserted: 0, rejected: 0, errors: [], ids: [] };
  for (const row of table.rows) {
    const rowNo = row.row;
    const r = recordOf(table.header, row);
    const input: Record<string, unknown> = { uscc: r['统一社会信用代码'], name: r['单位名称'], region: REGIONS.find((x) => x.name === r['地区'])?.code ?? r['地区'], kind: r['单位类型'] };
    if (r['重点产业']) input.keyIndustry = r['重点产业'];
    if (r['所属领域']) input.sector = r['所属领域'];
    bankColumns(r, input);
    const rowErrors = inexactCells(r, rowNo);
    if (rowErrors.length) {
      report.errors.push(...rowErrors);
      report.rejected += 1;
      continue;
    }
    try {
      const v = await createEmployer(p, c, input);
      report.ids.push(v.id);
      report.inserted += 1;
    } catch (e) {
      if (!(e instanceof PlatformError)) throw e;
      report.rejected += 1;
      if (e.errors.length) for (const fe of e.errors) report.errors.push({ row: rowNo, column: columnOf(fe.path, 'employers'), message: fe.message });
      else report.errors.push({ row: rowNo, column: e.status === 409 ? '统一社会信用代码' : '', message: e.message });
    }
  }
  return report;
}

/** The persons the caller may see, masked, as .xlsx (or CSV). */
export async function exportPersons(p: Platform, c: Caller, format: 'xlsx' | 'csv'): Promise<Buffer> {
  if (!(c.role === 'clerk' || c.role === 'admin' || c.role === 'leader')) throw forbidden('只有工作人员可以导出人才库');
  const rows = await personsToExport(p, c);
  const header = ['编号', '身份证号（脱敏）', '姓名', '手机号（脱敏）', '地区', '单位统一社会信用代码', '最高学历', '人才资格', '开户银行', '银行账号（脱敏）'];
  const degreeName = Object.fromEntries(Object.entries(DEGREES).map(([k, v]) => [v, k]));
  const data = rows.map((r) => [String(r.id), r.id_masked, r.name, r.phone_masked ?? '', regionName(r.region), r.uscc ?? '', r.education[0] ? degreeName[r.education[0].degree] ?? '' : '', r.qualifications.map((q) => q.code).join('|'), r.bank_name ?? '', r.bank_account_masked ?? '']);
  if (format === 'csv') return Buffer.from(csvText([header, ...data]), 'utf8');
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('人才库');
  ws.addRow(header).font = { bold: true };
  for (const d of data) ws.addRow(d);
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportEmployers(p: Platform, c: Caller): Promise<Buffer> {
  const rows = await employersToExport(p, c);
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('单位');
  // The import's columns, except that the account is masked (re-importing the file leaves accounts as they are).
  ws.addRow([...EMPLOYER_COLUMNS.slice(0, -1), '银行账号（脱敏）']).font = { bold: true };
  const kinds: Record<string, string> = { enterprise: '企业', public_institution: '事业单位', school: '学校', hospital: '医院' };
  for (const r of rows) ws.addRow([r.uscc, r.name, regionName(r.region), kinds[r.kind] ?? r.kind, r.key_industry ? '是' : '否', r.sector ?? '', r.bank_name ?? '', r.bank_account_masked ?? '']);
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export { PERSON_COLUMNS, EMPLOYER_COLUMNS };
