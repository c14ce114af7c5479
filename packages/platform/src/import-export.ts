// Bulk import and export of persons and employers as Excel (.xlsx) or CSV. Each row is checked on
// its own and written in its own transaction: good rows go in, bad rows write nothing and come back
// in a report (row number, column name, reason in Chinese). Exports carry masked personal data.

import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { REGIONS, regionName } from '@rencai/policies';
import { csvText, safeWorkbook } from '@rencai/domain';
import type { Platform } from './context.js';
import type { Caller } from './caller.js';
import { fieldError, forbidden, PlatformError } from './errors.js';
import { createEmployer, createPerson, employersInScope, personsInScope } from './registry.js';

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

export async function readTable(content: Buffer, filename: string): Promise<Array<Record<string, string>>> {
  if (/\.csv$/i.test(filename)) {
    try {
      return parseCsv(content, { columns: true, skip_empty_lines: true, bom: true, trim: true, relax_column_count: true }) as Array<Record<string, string>>;
    } catch (e) {
      throw fieldError('file', `CSV 无法解析：${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (!/\.xlsx$/i.test(filename)) throw fieldError('file', '只支持 .xlsx 或 .csv 文件');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw fieldError('file', '不是有效的 Excel（.xlsx）文件');
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
  const out: Array<Record<string, string>> = [];
  ws.eachRow({ includeEmpty: true }, (r, n) => {
    if (n === 1) return;
    const rec: Record<string, string> = {};
    const inexact = new Set<string>();
    header.forEach((h, i) => {
      if (!h) return;
      const v = r.getCell(i).value;
      if (typeof v === 'number' && Math.abs(v) > Number.MAX_SAFE_INTEGER) inexact.add(h);
      rec[h] = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text) : String(v).trim();
    });
    if (inexact.size) INEXACT.set(rec, inexact);
    out.push(rec);
  });
  return out;
}

/** Cells of a read row that Excel stored as numbers too long to keep every digit (an ID or account typed as a number). */
const INEXACT = new WeakMap<object, ReadonlySet<string>>();

function inexactCells(r: Record<string, string>, rowNo: number): RowError[] {
  return [...(INEXACT.get(r) ?? [])].map((column) => ({ row: rowNo, column, message: '该单元格是数字格式，超过 15 位的数字已丢失末几位；请将该列设为“文本”格式后重新填写' }));
}

function requireColumns(rows: Array<Record<string, string>>, needed: readonly string[]) {
  if (!rows.length) throw fieldError('file', '文件中没有数据行');
  const missing = needed.filter((c) => !(c in rows[0]!));
  if (missing.length) throw fieldError('file', `缺少列：${missing.join('、')}（第一行应为列名）`);
}

export async function importPersons(p: Platform, c: Caller, content: Buffer, filename: string): Promise<ImportReport> {
  if (!(c.role === 'clerk' || c.role === 'admin')) throw forbidden('只有人才办经办人员可以导入人才');
  const rows = await readTable(content, filename);
  requireColumns(rows, ['身份证号', '姓名', '地区']);
  const report: ImportReport = { kind: 'persons', total: rows.length, inserted: 0, rejected: 0, errors: [], ids: [] };
  for (const [i, r] of rows.entries()) {
    const rowNo = i + 2;
    const rowErrors: RowError[] = inexactCells(r, rowNo);
    const input: Record<string, unknown> = { idNumber: r['身份证号'], name: r['姓名'], region: REGIONS.find((x) => x.name === r['地区'])?.code ?? r['地区'] };
    if (r['手机号']) input.phone = r['手机号'];
    if (r['单位统一社会信用代码']) {
      const emp = await employersInScope(p.db, c).select('employers.id').where('employers.uscc', '=', r['单位统一社会信用代码'].toUpperCase()).executeTakeFirst();
      if (emp) input.employerId = emp.id;
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
    if (rowErrors.length) {
      report.errors.push(...rowErrors);
      report.rejected += 1;
      continue;
    }
    try {
      const v = await createPerson(p, c, input);
      report.ids.push(v.id);
      report.inserted += 1;
    } catch (e) {
      if (!(e instanceof PlatformError)) throw e;
      report.rejected += 1;
      if (e.errors.length) for (const fe of e.errors) report.errors.push({ row: rowNo, column: columnOf(fe.path, 'persons'), message: fe.message });
      else report.errors.push({ row: rowNo, column: e.status === 409 ? '身份证号' : '', message: e.message });
    }
  }
  return report;
}

export async function importEmployers(p: Platform, c: Caller, content: Buffer, filename: string): Promise<ImportReport> {
  if (!(c.role === 'clerk' || c.role === 'admin')) throw forbidden('只有人才办经办人员可以导入单位');
  const rows = await readTable(content, filename);
  requireColumns(rows, ['统一社会信用代码', '单位名称', '地区', '单位类型']);
  const report: ImportReport = { kind: 'employers', total: rows.length, inserted: 0, rejected: 0, errors: [], ids: [] };
  for (const [i, r] of rows.entries()) {
    const rowNo = i + 2;
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
  const rows = await personsInScope(p.db, c).leftJoin('employers', 'employers.id', 'persons.employer_id').select(['persons.id', 'persons.id_masked', 'persons.name', 'persons.phone_masked', 'persons.region', 'employers.uscc', 'persons.education', 'persons.qualifications', 'persons.bank_name', 'persons.bank_account_masked']).orderBy('persons.id').execute();
  const header = ['编号', '身份证号（脱敏）', '姓名', '手机号（脱敏）', '地区', '单位统一社会信用代码', '最高学历', '人才资格', '开户银行', '银行账号（脱敏）'];
  const degreeName = Object.fromEntries(Object.entries(DEGREES).map(([k, v]) => [v, k]));
  const data = rows.map((r) => [String(r.id), r.id_masked, r.name, r.phone_masked ?? '', regionName(r.region), r.uscc ?? '', r.education[0] ? degreeName[r.education[0].degree] ?? '' : '', r.qualifications.map((q) => q.code).join('|'), r.bank_name ?? '', r.bank_account_masked ?? '']);
  if (format === 'csv') return Buffer.from(csvText([header, ...data]), 'utf8');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人才库');
  ws.addRow(header).font = { bold: true };
  for (const d of data) ws.addRow(d);
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportEmployers(p: Platform, c: Caller): Promise<Buffer> {
  const rows = await employersInScope(p.db, c).selectAll('employers').orderBy('employers.id').execute();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('单位');
  // The import's columns, except that the account is masked (re-importing the file leaves accounts as they are).
  ws.addRow([...EMPLOYER_COLUMNS.slice(0, -1), '银行账号（脱敏）']).font = { bold: true };
  const kinds: Record<string, string> = { enterprise: '企业', public_institution: '事业单位', school: '学校', hospital: '医院' };
  for (const r of rows) ws.addRow([r.uscc, r.name, regionName(r.region), kinds[r.kind] ?? r.kind, r.key_industry ? '是' : '否', r.sector ?? '', r.bank_name ?? '', r.bank_account_masked ?? '']);
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export { PERSON_COLUMNS, EMPLOYER_COLUMNS };
