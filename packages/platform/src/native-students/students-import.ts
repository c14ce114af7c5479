// The 衢籍大学生 Excel import (all rows or none: any row in error writes nothing and the report lists
// each error by row and column, in Chinese), its template, and the contact list export — only the
// students who consented to contact, with full phone numbers (a full read, audited).

import { safeWorkbook } from '@rencai/domain';
import { regionName } from '@rencai/policies';
import { appendAudit, appendAuditMany } from '@rencai/store';
import { fieldError, forbidden, notFound, visibleRegions, type Caller, type Platform, newWorkbook } from '../shared/index.js';
import { inexactColumns, readTableRows, recordOf } from '../tables/index.js';
import { DUPLICATE_STUDENT, readStudent, studentColumns, writesNativeStudents, readsNativeStudents, type StudentValues } from './students.js';

export const STUDENT_COLUMNS = ['姓名', '身份证号', '户籍县（市、区）', '学校', '专业', '学历', '毕业年份', '手机号', '同意联系'] as const;
const FIELD_COLUMN: Record<string, string> = { name: '姓名', idNumber: '身份证号', region: '户籍县（市、区）', school: '学校', major: '专业', degree: '学历', graduationYear: '毕业年份', phone: '手机号', consent: '同意联系' };

export interface StudentImportReport {
  total: number;
  inserted: number;
  /** Flagged rows: the ID's address code and the declared 户籍 differ (imported all the same). */
  mismatches: number;
  errors: Array<{ row: number; column: string; message: string }>;
}

/** Whether the caller may import at all (checked before the upload is read). */
export function mayImportStudents(c: Caller): void {
  if (!writesNativeStudents(c)) throw readsNativeStudents(c) ? forbidden('只有人才办经办人员可以导入衢籍大学生') : notFound('衢籍大学生库');
}

/**
 * Imports students from .xlsx or .csv: every row is checked (fields, 户籍 in the caller's regions,
 * an ID number already in the database or twice in the file); if any row is in error nothing is
 * written, otherwise all rows go in in one transaction with their audit entries.
 */
export async function importStudents(p: Platform, c: Caller, content: Buffer, filename: string): Promise<StudentImportReport> {
  mayImportStudents(c);
  const table = await readTableRows(content, filename);
  if (!table.rows.length) throw fieldError('file', '文件中没有数据行');
  const missing = STUDENT_COLUMNS.slice(0, 7).filter((col) => !table.header.includes(col));
  if (missing.length) throw fieldError('file', `缺少列：${missing.join('、')}（第一行应为列名）`);
  const report: StudentImportReport = { total: table.rows.length, inserted: 0, mismatches: 0, errors: [] };
  const regions = visibleRegions(c);
  const good: Array<{ row: number; values: StudentValues; hash: string }> = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const r = recordOf(table.header, row);
    for (const column of inexactColumns(r)) report.errors.push({ row: row.row, column, message: '该单元格是数字格式，超过 15 位的数字已丢失末几位；请将该列设为“文本”格式后重新填写' });
    const { values, errors } = readStudent({ name: r['姓名'], idNumber: r['身份证号'], region: r['户籍县（市、区）'], school: r['学校'], major: r['专业'], degree: r['学历'], graduationYear: r['毕业年份'], phone: r['手机号'], consent: r['同意联系'] }, p, regions);
    for (const e of errors) report.errors.push({ row: row.row, column: FIELD_COLUMN[e.path] ?? e.path, message: e.message });
    if (errors.length || inexactColumns(r).size) continue;
    const hash = p.vault.lookupHash(values.idNumber);
    const first = seen.get(hash);
    if (first !== undefined) report.errors.push({ row: row.row, column: '身份证号', message: `与第 ${first} 行的身份证号重复` });
    else {
      seen.set(hash, row.row);
      good.push({ row: row.row, values, hash });
    }
  }
  for (let i = 0; i < good.length; i += 1000) {
    const held = new Set((await p.db.selectFrom('native_students').select('id_hash').where('id_hash', 'in', good.slice(i, i + 1000).map((g) => g.hash)).execute()).map((x) => x.id_hash));
    for (const g of good.slice(i, i + 1000)) if (held.has(g.hash)) report.errors.push({ row: g.row, column: '身份证号', message: DUPLICATE_STUDENT });
  }
  report.errors.sort((a, b) => a.row - b.row);
  if (report.errors.length) return report;
  await p.db.transaction().execute(async (trx) => {
    for (let i = 0; i < good.length; i += 500) {
      const rows = await trx.insertInto('native_students').values(good.slice(i, i + 500).map((g) => studentColumns(p, c, g.values))).returning(['id', 'region', 'id_region']).execute();
      await appendAuditMany(trx, rows.map((r) => ({ actorId: c.userId, actorRole: c.role, action: 'native_student.create', entity: 'native_student', entityId: r.id, region: r.region, detail: { via: 'import', mismatch: r.id_region !== r.region } })));
      report.mismatches += rows.filter((r) => r.id_region !== r.region).length;
      report.inserted += rows.length;
    }
  });
  return report;
}

/** The import template: the column row (ID number and phone as text) and a sheet of instructions. */
export async function studentTemplate(c: Caller): Promise<Buffer> {
  mayImportStudents(c);
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('衢籍大学生');
  ws.addRow([...STUDENT_COLUMNS]).font = { bold: true };
  for (const col of [2, 8]) ws.getColumn(col).numFmt = '@';
  ws.columns.forEach((col) => (col.width = 16));
  const help = wb.addWorksheet('填写说明');
  help.addRow(['列名', '是否必填', '说明']).font = { bold: true };
  const notes: Array<[string, string, string]> = [
    ['姓名', '必填', '不超过 40 字'],
    ['身份证号', '必填', '18 位，请设为文本格式；地址码与户籍县不一致的会标注待核实，不影响导入'],
    ['户籍县（市、区）', '必填', '柯城区、衢江区、龙游县、江山市、常山县、开化县 或 衢州市本级'],
    ['学校', '必填', '不超过 80 字'],
    ['专业', '选填', '不超过 80 字'],
    ['学历', '必填', '专科、本科、硕士研究生、博士研究生'],
    ['毕业年份', '必填', '四位年份；在读学生填预计毕业年份'],
    ['手机号', '同意联系时必填', '11 位手机号'],
    ['同意联系', '选填', '是 或 否（空白视为否）；只有同意联系的学生可导出联系方式'],
  ];
  for (const n of notes) help.addRow(n);
  help.columns.forEach((col) => (col.width = 30));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The contact list: students of the caller's regions who consented, with full phone numbers; the export is audited. */
export async function exportStudentContacts(p: Platform, c: Caller): Promise<Buffer> {
  mayImportStudents(c);
  const regions = visibleRegions(c);
  const rows = await p.db.selectFrom('native_students').selectAll().where('region', 'in', regions).where('consent', '=', true).where('phone_enc', 'is not', null).orderBy('region').orderBy('graduation_year').orderBy('id').execute();
  await p.db.transaction().execute((trx) => appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'native_student.export_contacts', entity: 'native_student', entityId: null, region: c.region, detail: { students: rows.length, regions } }));
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('衢籍大学生联系名单');
  ws.addRow(['姓名', '户籍县（市、区）', '学校', '专业', '毕业年份', '手机号']).font = { bold: true };
  for (const r of rows) ws.addRow([r.name, regionName(r.region), r.school, r.major, r.graduation_year, p.vault.decrypt(r.phone_enc!)]);
  ws.columns.forEach((col) => (col.width = 16));
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
