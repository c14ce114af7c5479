// The import templates (GET /api/v1/import/{persons,employers}/template): an .xlsx whose first sheet
// has exactly the header row the import reads, with the ID, phone, credit-code and account columns
// formatted as text (so Excel keeps every digit); a second sheet 填写说明 lists every column —
// required or not, the values allowed, the format, an example — and the upload bounds. The region
// list is the caller's own regions.

import { checkDigit, safeWorkbook, usccCheckChar } from '@rencai/domain';
import { regionName } from '@rencai/policies';
import { visibleRegions, type Caller, newWorkbook } from '../shared/index.js';
import { EMPLOYER_COLUMNS, mayImport, PERSON_COLUMNS } from './import-export.js';
import { SECTORS } from '../registry/index.js';
import { TABLE_LIMITS } from '../tables/index.js';

interface ColumnSpec {
  required: boolean | string;
  /** The values allowed. */
  values: string;
  format: string;
  example: string;
  text?: boolean;
  width: number;
}

const exampleId = (() => {
  const body = '33080219900101123';
  return body + checkDigit(body);
})();
const exampleUscc = (() => {
  const body = '91330802MA2B12345';
  return body + usccCheckChar(body);
})();
const BANK = { values: '汉字、英文字母、数字、括号和空格，2–40 字', format: '与“银行账号”同时填写或同时留空', example: '中国工商银行衢州分行' };
const ACCOUNT = { values: '12–30 位数字，可用空格分隔', format: '文本格式（已设置；勿改为数字，否则超过 15 位的数字会丢失）', example: '6222 0212 3456 7890', text: true };

function personSpecs(regions: string[]): Record<(typeof PERSON_COLUMNS)[number], ColumnSpec> {
  return {
    身份证号: { required: true, values: '18 位居民身份证号，末位可为 X；已在人才库中的不再导入（按身份证号去重）', format: '文本格式（已设置）', example: exampleId, text: true, width: 22 },
    姓名: { required: true, values: '1–50 字', format: '', example: '张三', width: 12 },
    手机号: { required: false, values: '11 位手机号', format: '文本格式（已设置）', example: '13800000000', text: true, width: 14 },
    地区: { required: true, values: regions.join('、'), format: '只能导入本人管辖的地区', example: regions[0] ?? '', width: 14 },
    单位统一社会信用代码: { required: false, values: '18 位统一社会信用代码，须为已登记且在您管辖范围内的单位', format: '文本格式（已设置）', example: exampleUscc, text: true, width: 22 },
    最高学历: { required: false, values: '博士、硕士、本科、专科', format: '照写其中之一', example: '硕士', width: 10 },
    全日制: { required: false, values: '是、否', format: '照写其中之一', example: '是', width: 8 },
    入职日期: { required: false, values: '在本地区现单位的入职日期', format: 'YYYY-MM-DD（如 2024-03-01），或 Excel 日期', example: '2024-03-01', width: 12 },
    岗位: { required: false, values: '教师、医生、其他（填写入职日期时适用）', format: '照写其中之一', example: '其他', width: 8 },
    人才资格: { required: false, values: '资格目录中的名称或代码（GET /api/v1/qualifications），多个用 | 或 、 分隔', format: '', example: '全日制博士', width: 24 },
    开户银行: { required: '与银行账号同时填写', ...BANK, width: 24 },
    银行账号: { required: '与开户银行同时填写', ...ACCOUNT, width: 26 },
  };
}

function employerSpecs(regions: string[]): Record<(typeof EMPLOYER_COLUMNS)[number], ColumnSpec> {
  return {
    统一社会信用代码: { required: true, values: '18 位统一社会信用代码（GB 32100）；已登记的不再导入', format: '文本格式（已设置）', example: exampleUscc, text: true, width: 22 },
    单位名称: { required: true, values: '不超过 100 字', format: '', example: '衢州某某科技有限公司', width: 28 },
    地区: { required: true, values: regions.join('、'), format: '只能导入本人管辖的地区', example: regions[0] ?? '', width: 14 },
    单位类型: { required: true, values: '企业、事业单位、学校、医院', format: '照写其中之一', example: '企业', width: 12 },
    重点产业: { required: false, values: '是、否', format: '照写其中之一', example: '否', width: 10 },
    所属领域: { required: false, values: `${SECTORS.join('、')}（代码）`, format: '照写其中之一', example: 'digital_economy', width: 22 },
    开户银行: { required: '与银行账号同时填写', ...BANK, width: 24 },
    银行账号: { required: '与开户银行同时填写', ...ACCOUNT, width: 26 },
  };
}

/** The template for importing `kind`, as .xlsx (clerks and admins). */
export async function importTemplate(c: Caller, kind: 'persons' | 'employers'): Promise<Buffer> {
  mayImport(c, kind);
  const regions = visibleRegions(c).map(regionName);
  const specs: Record<string, ColumnSpec> = kind === 'persons' ? personSpecs(regions) : employerSpecs(regions);
  const columns: readonly string[] = kind === 'persons' ? PERSON_COLUMNS : EMPLOYER_COLUMNS;
  const wb = await newWorkbook();
  wb.creator = 'rencai';
  const ws = wb.addWorksheet(kind === 'persons' ? '人才' : '单位', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((name) => ({ header: name, key: name, width: specs[name]!.width, ...(specs[name]!.text ? { style: { numFmt: '@' } } : {}) }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  columns.forEach((name, i) => {
    const spec = specs[name]!;
    if (spec.required === true) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  });

  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', key: 'name', width: 22 },
    { header: '是否必填', key: 'required', width: 18 },
    { header: '可填写的值', key: 'values', width: 60 },
    { header: '格式', key: 'format', width: 44 },
    { header: '示例', key: 'example', width: 24, style: { numFmt: '@' } },
  ];
  help.getRow(1).font = { bold: true };
  for (const name of columns) {
    const s = specs[name]!;
    help.addRow({ name, required: s.required === true ? '必填' : s.required === false ? '选填' : s.required, values: s.values, format: s.format, example: s.example });
  }
  help.addRow({});
  const L = TABLE_LIMITS;
  for (const line of [
    `第一行为列名（请勿修改列名；列的顺序不限，多余的列不读取；红色列名为必填列），从第二行起每行一${kind === 'persons' ? '人' : '家单位'}；整行空白的行跳过。`,
    `每个文件不超过 ${L.fileBytes / 1024 / 1024} MB、${L.rows.toLocaleString('en-US')} 行数据、${L.columns} 列，每个单元格不超过 ${L.cellChars} 个字符；也可另存为 UTF-8 编码的 .csv 文件导入（第一行同样为列名）。`,
    '导入时逐行校验：正确的行入库，有错误的行不写入任何数据，结果逐行列出行号、列名和原因。',
  ])
    help.addRow({ name: line });
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
