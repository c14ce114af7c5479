// Uploads, imports and exports through the API, on PGlite or (DATABASE_URL) PostgreSQL: hostile
// spreadsheets (zip bombs, lying sizes, too many entries, rows, columns or characters) are refused
// with a Chinese reason naming the bound while the server — this very process — carries on; an
// upload is refused before its body is read when the caller may not upload there; one file part
// only; every export neutralises formulas; the import templates download and import again; the
// application queue exports as the caller sees it; a large import is written in chunks with the
// dedup and the audit chain intact.

import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { checkDigit, usccCheckChar } from '@rencai/domain';
import { DEMO_PASSWORD, EMPLOYER_COLUMNS, PERSON_COLUMNS, readTableRows, TABLE_LIMITS } from '@rencai/platform';
import { simulate, simulationWorkbook } from '@rencai/services';
import { verifyAudit } from '@rencai/store';
import { startHarness, multipart, type Client, type Harness } from './harness.js';
import { cell, deflateRuns, SHEET_HEAD, SHEET_TAIL, xlsx } from './crafted-xlsx.js';

let h: Harness;
let clerk: Client, cityClerk: Client, kaihuaClerk: Client, talent: Client, leader: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 40 });
  [clerk, cityClerk, kaihuaClerk, talent, leader] = (await Promise.all(['clerk_kecheng', 'clerk_city', 'clerk_kaihua', 'talent', 'leader'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

const idFor = (prefix: string, birth: string, seq: string) => `${prefix}${birth}${seq}${checkDigit(`${prefix}${birth}${seq}`)}`;
const usccFor = (n: number) => {
  const b = `913308${String(n).padStart(11, '0')}`.slice(0, 17);
  return b + usccCheckChar(b);
};
const fileError = (res: { statusCode: number; json: () => unknown }) => {
  expect(res.statusCode).toBe(400);
  const e = res.json() as { error: string; errors: Array<{ path: string; message: string }> };
  expect(e.errors).toHaveLength(1);
  expect(e.errors[0]!.path).toBe('file');
  return e.errors[0]!.message;
};
const importPersons = (c: Client, name: string, content: Buffer) => c.req('POST', '/api/v1/import/persons', multipart({}, { name, content }));
const countPersons = async () => Number((await h.p.db.selectFrom('persons').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/** A sheet: the header row, then the given rows of inline-string cells. */
const sheet = (header: string[], rows: string[][] = []) => {
  const col = (i: number) => String.fromCharCode(65 + i);
  const row = (n: number, cells: string[]) => `<row r="${n}">${cells.map((v, i) => cell(`${col(i)}${n}`, v)).join('')}</row>`;
  return SHEET_HEAD + row(1, header) + rows.map((r, i) => row(i + 2, r)).join('') + SHEET_TAIL;
};

describe('hostile spreadsheets are refused within bounds, and the server carries on', () => {
  // 3,800 MiB of blanks inside <sheetData>: sheet1.xml inflates to about 4 GB from a 3.8 MB upload.
  const bomb = deflateRuns([{ data: Buffer.from(SHEET_HEAD) }, { data: Buffer.alloc(1 << 20, 0x20), times: 3800 }, { data: Buffer.from(SHEET_TAIL) }]);

  it('refuses a zip bomb by its declared size before inflating anything', async () => {
    const file = xlsx({ data: bomb });
    expect(file.length).toBeLessThan(TABLE_LIMITS.fileBytes);
    const t = performance.now();
    const msg = fileError(await importPersons(clerk, 'bomb.xlsx', file));
    expect(msg).toBe('文件解压后过大：「xl/worksheets/sheet1.xml」超过 128 MB（疑似压缩炸弹），已拒绝');
    expect(performance.now() - t).toBeLessThan(5_000);
    // The employers import and the bank's result file are read the same way.
    expect(fileError(await clerk.req('POST', '/api/v1/import/employers', multipart({}, { name: 'bomb.xlsx', content: file })))).toContain('解压后过大');
    const open = await h.p.db.insertInto('payment_batches').values({ region: 'kecheng', state: 'open', total_fen: 0, items: 0, created_by: cityClerk.user.userId, idempotency_key: 'uploads-test-open-batch' }).returning('id').executeTakeFirstOrThrow();
    expect(fileError(await cityClerk.req('POST', `/api/v1/payment-batches/${open.id}/result`, multipart({}, { name: 'bomb.xlsx', content: file })))).toContain('解压后过大');
  });

  it('refuses an archive whose entry inflates to more than it declares, at the first byte too many', async () => {
    const lying = xlsx({ data: bomb, declaredSize: 64 * 1024 });
    expect(fileError(await importPersons(clerk, 'lying.xlsx', lying))).toBe('文件已损坏或被篡改：「xl/worksheets/sheet1.xml」解压后的实际大小与声明不符，已拒绝');
    // Declaring less than it holds, by a little, is refused the same way.
    const honest = Buffer.from(sheet(['身份证号', '姓名', '地区'], [[idFor('330802', '19900101', '901'), '甲', '柯城区']]));
    expect(fileError(await importPersons(clerk, 'short.xlsx', xlsx({ data: honest, declaredSize: honest.length - 10 })))).toContain('实际大小与声明不符');
  });

  it('refuses too many entries, rows, columns, characters in a cell and endless text', async () => {
    const many = xlsx(sheet(['身份证号']), Array.from({ length: TABLE_LIMITS.zipEntries }, (_, i) => ({ name: `xl/media/image${i}.png`, data: Buffer.from('x') })));
    expect(fileError(await importPersons(clerk, 'many.xlsx', many))).toBe('不是正常的 Excel 文件：压缩包内有 1,005 个条目，上限 1,000 个');
    // A row numbered past the limit, and rows that keep coming (2 million, streamed from 0.3 MB).
    const far = SHEET_HEAD + `<row r="1">${cell('A1', '身份证号')}</row><row r="${TABLE_LIMITS.rows + 2}">${cell(`A${TABLE_LIMITS.rows + 2}`, '1')}</row>` + SHEET_TAIL;
    expect(fileError(await importPersons(clerk, 'far.xlsx', xlsx(far)))).toBe('数据行过多：每个文件最多 100,000 行（不含列名行），请拆分后分批导入');
    const rows = deflateRuns([{ data: Buffer.from(SHEET_HEAD + `<row>${cell('A1', '身份证号')}</row>`) }, { data: Buffer.from('<row><c t="inlineStr"><is><t>1</t></is></c></row>'.repeat(20_000)), times: 100 }, { data: Buffer.from(SHEET_TAIL) }]);
    const endless = xlsx({ data: rows });
    expect(fileError(await importPersons(clerk, 'rows.xlsx', endless))).toBe('数据行过多：每个文件最多 100,000 行（不含列名行），请拆分后分批导入');
    const wide = SHEET_HEAD + `<row r="1">${cell('A1', '身份证号')}${cell('BM1', '第65列')}</row>` + SHEET_TAIL;
    expect(fileError(await importPersons(clerk, 'wide.xlsx', xlsx(wide)))).toBe('第 1 行的列数过多：最多 64 列');
    const long = sheet(['身份证号', '姓名', '地区'], [[idFor('330802', '19900101', '902'), '长'.repeat(TABLE_LIMITS.cellChars + 1), '柯城区']]);
    expect(fileError(await importPersons(clerk, 'long.xlsx', xlsx(long)))).toBe('第 2 行「姓名」单元格过长：最多 1,000 个字符');
    const endlessText = SHEET_HEAD + `<row r="1">${cell('A1', '身份证号')}</row><row r="2"><c r="A2" t="inlineStr"><is><t>${'x'.repeat(3 * 1024 * 1024)}</t></is></c></row>` + SHEET_TAIL;
    expect(fileError(await importPersons(clerk, 'text.xlsx', xlsx(endlessText)))).toBe('文件内容异常：单个单元格或标记超过 1,048,576 个字符，已拒绝');
  });

  it('applies the same bounds to CSV', async () => {
    const rows = `身份证号,姓名,地区\n${'1,甲,柯城区\n'.repeat(TABLE_LIMITS.rows + 1)}`;
    expect(fileError(await importPersons(clerk, 'rows.csv', Buffer.from(rows)))).toBe('数据行过多：每个文件最多 100,000 行（不含列名行），请拆分后分批导入');
    expect(fileError(await importPersons(clerk, 'wide.csv', Buffer.from(`${Array.from({ length: 65 }, (_, i) => `列${i}`).join(',')}\n`)))).toBe('第 1 行的列数过多：最多 64 列');
    expect(fileError(await importPersons(clerk, 'long.csv', Buffer.from(`身份证号,姓名\n1,${'长'.repeat(1001)}\n`)))).toBe('第 2 行「姓名」单元格过长：最多 1,000 个字符');
  });

  it('stops a parse that needs more memory or time than its thread is given, and carries on', async () => {
    const rows = Buffer.from(`身份证号,姓名,地区\n${Array.from({ length: 90_000 }, (_, i) => `${330802199001010000 + i},名字${i},柯城区`).join('\n')}\n`);
    const refused = async (p: Promise<unknown>) => {
      const e = (await p.then(() => undefined, (x: unknown) => x)) as { status?: number; errors?: Array<{ path: string; message: string }> };
      expect(e?.status).toBe(400);
      return e.errors![0]!;
    };
    expect(await refused(readTableRows(rows, 'big.csv', { ...TABLE_LIMITS, heapMb: 24 }))).toEqual({ path: 'file', message: '文件过于复杂：解析所需内存超过 24 MB，已停止；请删除多余内容或拆分后重试' });
    expect(await refused(readTableRows(rows, 'big.csv', { ...TABLE_LIMITS, seconds: 0.2 }))).toEqual({ path: 'file', message: '文件解析超时（上限 0.2 秒），已停止；请删除多余内容或拆分后重试' });
    expect((await readTableRows(rows, 'big.csv')).rows).toHaveLength(90_000);
    // Only so many parse at once; beyond the waiting room the request is turned away (429).
    const busy = { ...TABLE_LIMITS, concurrent: 1, waiting: 0 };
    const running = readTableRows(rows, 'a.csv', busy);
    await expect(readTableRows(rows, 'b.csv', busy)).rejects.toMatchObject({ status: 429, message: '同时导入的文件过多，请稍后再试' });
    expect((await running).rows).toHaveLength(90_000);
  });

  it('is still here, and a normal workbook imports', async () => {
    const id = idFor('330802', '19900101', '903');
    const ok = await importPersons(clerk, 'ok.xlsx', xlsx(sheet(['身份证号', '姓名', '地区'], [[id, '边界后', '柯城区']])));
    expect(ok.json()).toMatchObject({ total: 1, inserted: 1, rejected: 0 });
  });
});

describe('an upload is refused before its body is read', () => {
  let base: string;
  let cookie: string;
  let csrf: string;
  beforeAll(async () => {
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'talent', password: DEMO_PASSWORD }, remoteAddress: '10.77.0.1' });
    cookie = `rencai_session=${res.cookies.find((c) => c.name === 'rencai_session')!.value}`;
    csrf = res.json<{ csrfToken: string }>().csrfToken;
  });

  /** Streams a multipart body of `totalMb` slowly; resolves when the answer arrives, with how much had been sent. */
  function slowUpload(path: string, totalMb: number): Promise<{ status: number; body: string; sentMb: number }> {
    const boundary = '----rencaiStream';
    return new Promise((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = request(`${base}${path}`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': `multipart/form-data; boundary=${boundary}` } });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d));
        res.on('end', () => {
          answered = true;
          resolve({ status: res.statusCode!, body, sentMb: sent / (1 << 20) });
          req.destroy();
        });
      });
      req.on('error', (e) => (answered ? undefined : reject(e)));
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="material"\r\n\r\nlabour_contract\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const timer = setInterval(() => {
        if (answered) return clearInterval(timer);
        if (sent >= totalMb << 20) {
          clearInterval(timer);
          req.end(`\r\n--${boundary}--\r\n`);
          return;
        }
        sent += chunk.length;
        req.write(chunk);
      }, 5);
    });
  }

  it('answers 404 for an application that does not exist while the client is still sending', async () => {
    const r = await slowUpload('/api/v1/applications/999999/files', 50);
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body)).toEqual({ error: '未找到该申报件（或无权查看）', errors: [] });
    expect(r.sentMb).toBeLessThan(5);
  });

  it('answers 404 for someone else’s application, and 403 for an import by a talent, unread', async () => {
    const other = await h.p.db.selectFrom('applications').select('id').where('person_id', '!=', talent.user.personId!).where('applicant_kind', '=', 'person').executeTakeFirstOrThrow();
    const r = await slowUpload(`/api/v1/applications/${other.id}/files`, 50);
    expect(r.status).toBe(404);
    expect(r.sentMb).toBeLessThan(5);
    const imp = await slowUpload('/api/v1/import/persons', 50);
    expect(imp.status).toBe(403);
    expect(imp.sentMb).toBeLessThan(5);
  });

  it('takes one file part and a few short fields; refuses a second file, a flood of fields and a file over 10 MB', async () => {
    const app = (await talent.req('POST', '/api/v1/applications', { matter: 'rent_subsidy' })).json<{ id: number }>();
    const url = `/api/v1/applications/${app.id}/files`;
    const b = '----rencaiTwo';
    const pdf = '%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n';
    const two = Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="material"\r\n\r\nlabour_contract\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n${pdf}\r\n--${b}\r\nContent-Disposition: form-data; name="file2"; filename="b.pdf"\r\n\r\n${pdf}\r\n--${b}--\r\n`);
    const twoRes = await talent.req('POST', url, { multipart: { payload: two, headers: { 'content-type': `multipart/form-data; boundary=${b}` } } });
    expect(twoRes.statusCode).toBe(400);
    expect(twoRes.json()).toEqual({ error: '输入有误', errors: [{ path: 'file', message: '一次只能上传一个文件' }] });
    const fields = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, 'x'.repeat(1000)]));
    const flood = await talent.req('POST', url, multipart(fields, { name: 'a.pdf', content: Buffer.from(pdf) }));
    expect(flood.statusCode).toBe(400);
    expect(flood.json<{ errors: unknown[] }>().errors).toEqual([{ path: 'file', message: '表单字段过多：除文件外最多 4 个字段' }]);
    const longField = await talent.req('POST', url, multipart({ material: 'x'.repeat(2000) }, { name: 'a.pdf', content: Buffer.from(pdf) }));
    expect(longField.json<{ errors: unknown[] }>().errors).toEqual([{ path: 'file', message: '表单字段过长：每个字段最多 1024 字节' }]);
    const big = await talent.req('POST', url, multipart({ material: 'labour_contract' }, { name: 'a.pdf', content: Buffer.concat([Buffer.from(pdf), Buffer.alloc(10 * 1024 * 1024)]) }));
    expect(big.json<{ errors: unknown[] }>().errors).toEqual([{ path: 'file', message: '文件过大，上限 10 MB' }]);
    expect((await h.p.db.selectFrom('application_files').select('sha256').where('application_id', '=', app.id).execute()).length).toBe(0);
    // A proper upload still goes in, with the material field after the file as well as before it.
    const after = Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n${pdf}\r\n--${b}\r\nContent-Disposition: form-data; name="material"\r\n\r\nlabour_contract\r\n--${b}--\r\n`);
    const ok = await talent.req('POST', url, { multipart: { payload: after, headers: { 'content-type': `multipart/form-data; boundary=${b}` } } });
    expect(ok.statusCode).toBe(201);
  });
});

/** Every text cell of every sheet of an .xlsx. */
async function xlsxTexts(buf: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => void (typeof c.value === 'string' && out.push(c.value)))));
  return out;
}
const FORMULA = /^[=+\-@\t\r]/;
const live = (cells: string[]) => cells.filter((s) => FORMULA.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s));
const HYPERLINK = '=HYPERLINK("http://x.cn","点我")';

describe('formula injection', () => {
  it('refuses a bank name that is a formula, naming the field', async () => {
    const res = await talent.req('PATCH', `/api/v1/persons/${talent.user.personId}`, { bankName: HYPERLINK, bankAccount: '6222 0212 3456 7890' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: '输入有误', errors: [{ path: 'bankName', message: '开户银行只能包含汉字、英文字母、数字、括号和空格' }] });
  });

  it('neutralises formula cells in the persons CSV and XLSX, employers, payment batch, queue and simulation exports', async () => {
    // Text fields that may hold anything (names), and a bank name stored before names were checked.
    const person = (await clerk.req('POST', '/api/v1/persons', { idNumber: idFor('330802', '19870707', '911'), name: HYPERLINK, region: 'kecheng' })).json<{ id: number }>();
    const withAccount = await h.p.db.selectFrom('persons').select('id').where('region', '=', 'kecheng').where('bank_account_enc', 'is not', null).executeTakeFirstOrThrow();
    await h.p.db.updateTable('persons').set({ bank_name: '@SUM(1+1)*cmd|\' /C calc\'!A0' }).where('id', '=', withAccount.id).execute();
    const employer = (await clerk.req('POST', '/api/v1/employers', { uscc: usccFor(77001), name: '+1+1 公司', region: 'kecheng', kind: 'enterprise' })).json<{ id: number }>();
    expect(employer.id).toBeGreaterThan(0);

    const csv = (await clerk.req('GET', '/api/v1/export/persons?format=csv')).body;
    const csvCells = (parseCsv(csv, { bom: true, relax_column_count: true }) as string[][]).flat();
    expect(csvCells).toContain(`'${HYPERLINK}`);
    expect(csvCells).toContain(`'@SUM(1+1)*cmd|' /C calc'!A0`);
    expect(live(csvCells)).toEqual([]);
    const persons = await xlsxTexts((await clerk.req('GET', '/api/v1/export/persons?format=xlsx')).rawPayload);
    expect(persons).toContain(`'${HYPERLINK}`);
    expect(live(persons)).toEqual([]);
    const employers = await xlsxTexts((await clerk.req('GET', '/api/v1/export/employers')).rawPayload);
    expect(employers).toContain(`'+1+1 公司`);
    expect(live(employers)).toEqual([]);

    // The finance bureau's batch file: a payee's name and bank as formulas; the first 13 columns unchanged.
    const batch = (await cityClerk.req('GET', '/api/v1/payment-batches')).json<Array<{ id: number; items: number }>>().find((b) => b.items > 0)!;
    const line = (await cityClerk.req('GET', `/api/v1/payment-batches/${batch.id}`)).json<{ lines: Array<{ instalmentKey: string }> }>().lines[0]!;
    const grant = await h.p.db.selectFrom('ledger').select(['person_id', 'employer_id']).where('instalment_key', '=', line.instalmentKey).where('kind', '=', 'grant').executeTakeFirstOrThrow();
    if (grant.person_id) await h.p.db.updateTable('persons').set({ name: '-2+3+cmd', bank_name: '=1+1' }).where('id', '=', grant.person_id).execute();
    else await h.p.db.updateTable('employers').set({ name: '-2+3+cmd', bank_name: '=1+1' }).where('id', '=', grant.employer_id!).execute();
    const batchXlsx = (await cityClerk.req('GET', `/api/v1/payment-batches/${batch.id}/export`)).rawPayload;
    const batchCells = await xlsxTexts(batchXlsx);
    expect(batchCells).toEqual(expect.arrayContaining([`'-2+3+cmd`, `'=1+1`]));
    expect(live(batchCells)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(batchXlsx as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 14)).toEqual(['兑付键', '收款人', '证件号（脱敏）', '待遇', '条款', '资金来源', '到期日', '金额（元）', '市级（元）', '县级（元）', '单位（元）', '结果（成功/失败）', '银行流水号']);

    // The queue: an applicant whose name is a formula.
    await clerk.req('POST', '/api/v1/applications', { matter: 'talent_allowance', personId: person.id });
    const queue = (await clerk.req('GET', '/api/v1/export/applications?format=csv')).body;
    const queueCells = (parseCsv(queue, { bom: true }) as string[][]).flat();
    expect(queueCells).toContain(`'${HYPERLINK}`);
    expect(live(queueCells)).toEqual([]);

    // The simulation workbook: a breakdown line whose name is a formula.
    const report = await simulate({ population: 2_000, years: '2024-2024' });
    report.byClause[0]!.name = HYPERLINK;
    const sim = await xlsxTexts(await simulationWorkbook(report));
    expect(sim).toContain(`'${HYPERLINK}`);
    expect(live(sim)).toEqual([]);
  });
});

describe('import templates', () => {
  it('downloads for clerks: the import’s header, text-formatted ID and account columns, and 填写说明 for every column', async () => {
    const res = await clerk.req('GET', '/api/v1/import/persons/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['人才', '填写说明']);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...PERSON_COLUMNS]);
    for (const name of ['身份证号', '手机号', '单位统一社会信用代码', '银行账号']) expect(ws.getColumn(PERSON_COLUMNS.indexOf(name as never) + 1).numFmt, name).toBe('@');
    const help = wb.getWorksheet('填写说明')!;
    const rows = new Map<string, unknown[]>();
    help.eachRow((r, n) => void (n > 1 && rows.set(String(r.getCell(1).value), (r.values as unknown[]).slice(1))));
    for (const name of PERSON_COLUMNS) expect(rows.has(name), name).toBe(true);
    expect(rows.get('身份证号')!.slice(0, 2)).toEqual(['身份证号', '必填']);
    expect(rows.get('手机号')![1]).toBe('选填');
    expect(String(rows.get('最高学历')![2])).toBe('博士、硕士、本科、专科');
    expect(String(rows.get('身份证号')![3])).toContain('文本');
    // A county clerk's region list is their own county.
    expect(String(rows.get('地区')![2])).toBe('柯城区');
    const emp = new ExcelJS.Workbook();
    await emp.xlsx.load((await cityClerk.req('GET', '/api/v1/import/employers/template')).rawPayload as unknown as ArrayBuffer);
    expect(emp.worksheets.map((w) => w.name)).toEqual(['单位', '填写说明']);
    expect((emp.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual([...EMPLOYER_COLUMNS]);
    expect(emp.worksheets[0]!.getColumn(1).numFmt).toBe('@');
    const empHelp: unknown[][] = [];
    emp.worksheets[1]!.eachRow((r) => void empHelp.push((r.values as unknown[]).slice(1)));
    expect(empHelp.slice(1, 1 + EMPLOYER_COLUMNS.length).map((r) => r.slice(0, 2))).toEqual(EMPLOYER_COLUMNS.map((c) => [c, ['统一社会信用代码', '单位名称', '地区', '单位类型'].includes(c) ? '必填' : c === '开户银行' || c === '银行账号' ? expect.stringContaining('同时填写') : '选填']));
    // The city clerk's region list is the city's regions.
    expect(String(empHelp[3]![2])).toContain('开化县');
    expect((await talent.req('GET', '/api/v1/import/persons/template')).statusCode).toBe(403);
    expect((await leader.req('GET', '/api/v1/import/employers/template')).statusCode).toBe(403);
  });

  it('imports again once filled in (persons and employers)', async () => {
    const fill = async (url: string, rows: Array<Array<string>>) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await clerk.req('GET', url)).rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      rows.forEach((r, i) => r.forEach((v, j) => (ws.getRow(i + 2).getCell(j + 1).value = v)));
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const emp = await fill('/api/v1/import/employers/template', [[usccFor(88001), '模板企业', '柯城区', '企业', '是', 'digital_economy', '衢州农商银行', '6217 0000 0000 0000 123']]);
    const er = (await clerk.req('POST', '/api/v1/import/employers', multipart({}, { name: '单位.xlsx', content: emp }))).json();
    expect(er).toMatchObject({ total: 1, inserted: 1, rejected: 0, errors: [] });
    const ids = [idFor('330802', '19910303', '931'), idFor('330802', '19910404', '932')];
    const per = await fill('/api/v1/import/persons/template', [
      [ids[0]!, '模板甲', '13800000931', '柯城区', usccFor(88001), '博士', '是', '2024-03-01', '其他', '全日制博士', '衢州农商银行', '6217 0000 0000 0000 931'],
      [ids[1]!, '模板乙', '', '柯城区', '', '本科', '否', '', '', '', '', ''],
    ]);
    const pr = (await importPersons(clerk, '人才.xlsx', per)).json<{ inserted: number; ids: number[] }>();
    expect(pr).toMatchObject({ total: 2, inserted: 2, rejected: 0, errors: [] });
    const first = (await clerk.req('GET', `/api/v1/persons/${pr.ids[0]}`)).json<{ name: string; employerId: number; bankAccountMasked: string; employment: Array<{ start: string }> }>();
    expect(first).toMatchObject({ name: '模板甲', bankAccountMasked: '6217***********0931', employment: [{ start: '2024-03-01' }] });
  });
});

describe('the application queue as a spreadsheet', () => {
  /** The queue as the API lists it, every page. */
  const queue = async (c: Client, query: string) => {
    const out: Array<{ id: number; applicantName: string | null; stateLabel: string; amountFen: number | null; workdaysLeft: number | null }> = [];
    for (let page = 1; ; page++) {
      const r = (await c.req('GET', `/api/v1/applications?${query}&page=${page}&pageSize=7`)).json<{ items: typeof out; total: number }>();
      out.push(...r.items);
      if (out.length >= r.total || !r.items.length) return out;
    }
  };
  const rowsOf = (csv: string) => parseCsv(csv, { bom: true }) as string[][];

  it('holds exactly the caller’s queue with the same filters, in the same order, and is audited', async () => {
    for (const [c, query] of [[cityClerk, ''], [cityClerk, 'state=submitted'], [kaihuaClerk, ''], [cityClerk, 'overdue=true'], [leader, 'matter=talent_allowance']] as const) {
      const res = await c.req('GET', `/api/v1/export/applications?format=csv&${query}`);
      expect(res.statusCode).toBe(200);
      const [header, ...rows] = rowsOf(res.body);
      expect(header).toEqual(['编号', '事项', '申报人', '地区', '状态', '提交日', '承诺办结日', '剩余工作日', '核定金额（元）']);
      const want = await queue(c, query);
      expect(rows.map((r) => Number(r[0]))).toEqual(want.map((a) => a.id));
      expect(rows.map((r) => r[4])).toEqual(want.map((a) => a.stateLabel));
    }
    const kaihua = rowsOf((await kaihuaClerk.req('GET', '/api/v1/export/applications?format=csv')).body).slice(1);
    expect(kaihua.length).toBeGreaterThan(0);
    expect(new Set(kaihua.map((r) => r[3]))).toEqual(new Set(['开化县']));
    const audit = await h.p.db.selectFrom('audit_log').selectAll().where('action', '=', 'application.export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_role: 'clerk', entity: 'application' });
    expect(audit.detail).toMatchObject({ format: 'csv', rows: kaihua.length });
  });

  it('is an .xlsx with numbers as numbers by default; staff only; a bad format or state is a 400', async () => {
    const res = await cityClerk.req('GET', '/api/v1/export/applications');
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const want = await queue(cityClerk, '');
    expect(ws.rowCount).toBe(want.length + 1);
    const paid = want.findIndex((a) => a.amountFen !== null);
    expect(ws.getRow(paid + 2).getCell(9).value).toBe(want[paid]!.amountFen! / 100);
    const running = want.findIndex((a) => a.workdaysLeft !== null);
    expect(ws.getRow(running + 2).getCell(8).value).toBe(want[running]!.workdaysLeft);
    expect(typeof ws.getRow(2).getCell(1).value).toBe('number');
    expect((await talent.req('GET', '/api/v1/export/applications')).statusCode).toBe(403);
    expect((await cityClerk.req('GET', '/api/v1/export/applications?format=pdf')).json()).toEqual({ error: '输入有误', errors: [{ path: 'format', message: '导出格式应为 xlsx 或 csv' }] });
    expect((await cityClerk.req('GET', '/api/v1/export/applications?state=nonsense')).json<{ errors: Array<{ path: string }> }>().errors[0]!.path).toBe('state');
  });
});

describe('a large import', () => {
  it('writes good rows in chunks, refuses bad and repeated ID numbers across chunks, and keeps the audit chain whole', async () => {
    const before = await countPersons();
    const ids = Array.from({ length: 1_200 }, (_, i) => idFor('330802', i < 600 ? '19950101' : '19950202', String(100 + (i % 600))));
    const lines = ids.map((id, i) => `${id},批量${i},柯城区`);
    lines[10] = `${ids[10]!.slice(0, 17)}${ids[10]!.endsWith('0') ? '1' : '0'},坏校验位,柯城区`; // row 12: bad check digit
    lines[700] = `${ids[3]},重复,柯城区`; // row 702: repeats row 5, in another chunk
    lines[1199] = `${ids[1198]},重复末行,柯城区`; // row 1201: repeats the row above
    const res = await importPersons(clerk, '批量.csv', Buffer.from(`身份证号,姓名,地区\n${lines.join('\n')}\n`));
    const r = res.json<{ total: number; inserted: number; rejected: number; ids: number[]; errors: Array<{ row: number; column: string; message: string }> }>();
    expect(r).toMatchObject({ total: 1_200, inserted: 1_197, rejected: 3 });
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [12, '身份证号'],
      [702, '身份证号'],
      [1201, '身份证号'],
    ]);
    expect(r.errors[1]!.message).toMatch(/^该身份证号已在人才库中（柯城区，编号 \d+），请在原档案上补充信息$/);
    expect(r.errors[1]!.message).toContain(`编号 ${r.ids[3]}`);
    expect(await countPersons()).toBe(before + 1_197);
    const versions = await h.p.db.selectFrom('record_versions').select((eb) => eb.fn.countAll<number>().as('n')).where('entity', '=', 'person').where('entity_id', 'in', r.ids).executeTakeFirstOrThrow();
    expect(Number(versions.n)).toBe(1_197);
    const audited = await h.p.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'person.create').where('entity_id', 'in', r.ids.map(String)).executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(1_197);
    expect(await verifyAudit(h.p.db)).toMatchObject({ ok: true });
    // The same file again: every row is already there.
    const again = (await importPersons(clerk, '批量.csv', Buffer.from(`身份证号,姓名,地区\n${lines.join('\n')}\n`))).json<{ inserted: number; rejected: number }>();
    expect(again).toMatchObject({ inserted: 0, rejected: 1_200 });
  }, 120_000);
});
