// Operators' commands over the platform database (DATABASE_URL, or the embedded PGlite under
// RENCAI_DATA_DIR, default .data/): migrate, create a user, import and export the registry, run the
// proactive job and the overdue check, import a bank result file for a payment batch, verify the
// audit chain. Each acts as a named account (--as, default admin) so the audit log says who.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as P from '@rencai/platform';
import { migrateToLatest, openDatabase, verifyAudit } from '@rencai/store';

export const ADMIN_USAGE = `  rencai db migrate                                   执行数据库迁移
  rencai user create --username U --password P --name 姓名 --role 角色 --region 地区 [--department 部门]
  rencai import persons|employers <文件.xlsx|.csv> [--as 账号]    批量导入，逐行报告错误
  rencai export persons|employers <输出.xlsx|.csv> [--as 账号]    导出（脱敏）
  rencai proactive [--create] [--as 账号]             免申即享筛查（--create 按事项配置自动生成申报）
  rencai overdue                                      标记超期申报件并提请督办
  rencai batch-result <批次编号> <银行结果.xlsx|.csv> [--as 账号]  导入银行结果，整批入账
  rencai audit verify                                 校验审计日志哈希链（被篡改时退出码 1）
  数据库：环境变量 DATABASE_URL（PostgreSQL），否则为内嵌 PGlite（RENCAI_DATA_DIR，默认 .data/）。`;

export const ADMIN_COMMANDS = new Set(['db', 'user', 'import', 'export', 'proactive', 'overdue', 'batch-result', 'audit']);

export class AdminUsageError extends Error {}

const dataDir = () => resolve(process.env.RENCAI_DATA_DIR ?? '.data');

async function platform(): Promise<P.Platform> {
  return P.createPlatform({ databaseUrl: process.env.DATABASE_URL, dataDir: dataDir() });
}

async function actAs(p: P.Platform, username: string | undefined): Promise<P.Caller> {
  const u = await p.db.selectFrom('users').selectAll().where('username', '=', username ?? 'admin').executeTakeFirst();
  if (!u) throw new AdminUsageError(`账号「${username ?? 'admin'}」不存在（先用 rencai user create 建立，或首次 npm start 生成演示账号）`);
  return { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, region: u.region, department: u.department, personId: u.person_id, employerId: u.employer_id };
}

const out = (s: string) => process.stdout.write(`${s}\n`);

export async function runAdmin(command: string, argv: string[], userPath: (p: string) => string): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { as: { type: 'string' }, create: { type: 'boolean' }, username: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, region: { type: 'string' }, department: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (command === 'db') {
    if (positionals[0] !== 'migrate') throw new AdminUsageError('用法：rencai db migrate');
    const d = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, migrate: false } : { dataDir: resolve(dataDir(), 'pgdata'), migrate: false });
    const applied = await migrateToLatest(d.db);
    await d.close();
    out(applied.length ? `已执行迁移：${applied.join('、')}` : '数据库已是最新版本');
    return 0;
  }
  // A table to import is bounded like an upload: one larger than the limit is refused unread.
  const table = command === 'import' || command === 'batch-result' ? positionals[1] : undefined;
  const size = table ? statSync(userPath(table), { throwIfNoEntry: false })?.size : undefined;
  if (size !== undefined && size > P.TABLE_LIMITS.fileBytes) throw P.fieldError('file', P.LIMIT_MESSAGES.fileBytes(P.TABLE_LIMITS));
  const p = await platform();
  try {
    switch (command) {
      case 'user': {
        if (positionals[0] !== 'create') throw new AdminUsageError('用法：rencai user create --username … --password … --name … --role … --region …');
        const id = await P.createUser(p, { username: values.username ?? '', password: values.password ?? '', displayName: values.name ?? '', role: (values.role ?? '') as P.Caller['role'], region: values.region ?? '', department: values.department ?? null }, null);
        out(`已建立账号 ${values.username}（编号 ${id}）`);
        return 0;
      }
      case 'import': {
        const [kind, file] = positionals;
        if ((kind !== 'persons' && kind !== 'employers') || !file) throw new AdminUsageError('用法：rencai import persons|employers <文件.xlsx|.csv>');
        const c = await actAs(p, values.as);
        const buf = readFileSync(userPath(file));
        const r = kind === 'persons' ? await P.importPersons(p, c, buf, basename(file)) : await P.importEmployers(p, c, buf, basename(file));
        if (values.json) out(JSON.stringify(r, null, 2));
        else {
          out(`共 ${r.total} 行：导入 ${r.inserted} 行，拒绝 ${r.rejected} 行`);
          for (const e of r.errors) out(`  第 ${e.row} 行 ${e.column ? `「${e.column}」` : ''}：${e.message}`);
        }
        return r.rejected ? 3 : 0;
      }
      case 'export': {
        const [kind, file] = positionals;
        if ((kind !== 'persons' && kind !== 'employers') || !file) throw new AdminUsageError('用法：rencai export persons|employers <输出.xlsx|.csv>');
        const c = await actAs(p, values.as);
        const buf = kind === 'persons' ? await P.exportPersons(p, c, file.endsWith('.csv') ? 'csv' : 'xlsx') : await P.exportEmployers(p, c);
        writeFileSync(userPath(file), buf);
        out(`已导出到 ${file}`);
        return 0;
      }
      case 'proactive': {
        const c = await actAs(p, values.as);
        const r = await P.runProactive(p, c, { create: values.create === true });
        if (values.json) out(JSON.stringify(r, null, 2));
        else {
          out(`筛查 ${r.scanned} 人，发现 ${r.candidates.length} 项符合条件但未申报：`);
          for (const x of r.candidates.slice(0, 50)) out(`  ${x.name}（${x.regionName}）${x.matterName} ${x.amountText}${x.createdApplicationId ? ` → 已生成申报件 #${x.createdApplicationId}${x.submitted ? '（已自动提交）' : '（草稿）'}` : ''}`);
        }
        return 0;
      }
      case 'overdue':
        out(`已标记超期申报件 ${await P.flagOverdue(p)} 件`);
        return 0;
      case 'batch-result': {
        const [id, file] = positionals;
        if (!id || !file || !/^\d+$/.test(id)) throw new AdminUsageError('用法：rencai batch-result <批次编号> <银行结果.xlsx|.csv>');
        const c = await actAs(p, values.as);
        const r = await P.importBankResult(p, c, Number(id), readFileSync(userPath(file)), basename(file));
        out(r.alreadyPaid ? `批次 ${id} 已入账，无需重复导入` : `批次 ${id} 已整批入账：${r.paid} 笔`);
        return 0;
      }
      case 'audit': {
        if (positionals[0] !== 'verify') throw new AdminUsageError('用法：rencai audit verify');
        const v = await verifyAudit(p.db);
        if (v.ok) {
          out(`审计日志完整：${v.rows} 条，哈希链校验通过`);
          return 0;
        }
        out(`审计日志被篡改：${v.broken!.reason}（已校验 ${v.rows} 条）`);
        return 1;
      }
      default:
        throw new AdminUsageError(`未知的子命令「${command}」`);
    }
  } finally {
    await p.database.close();
  }
}
