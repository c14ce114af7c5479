// Operators' commands over the platform database (DATABASE_URL, or the embedded PGlite under
// RENCAI_DATA_DIR, default .data/): migrate, create the first administrator and other accounts,
// disable and enable accounts, import and export the registry, run the proactive job and the overdue
// check, list and run the scheduled jobs, import a bank result file for a payment batch, verify the audit chain. Commands that act
// for an account (--as, default admin) need its password; the audit log records them as the
// command line's, with the operating-system user and host (accounts.ts).

import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import * as P from '@rencai/platform';
import { advanceAnchor, formatAnchorTime, migrateToLatest, openDatabase, verifyAudit } from '@rencai/store';
import { accountCommand, cliOperator, signInAs } from './accounts.js';
import { KEYS_USAGE, keysCommand } from './keys.js';
import { parseCommandLine, UsageError } from './usage.js';
import { backup, restore } from './backup.js';
import { formatYuan } from '@rencai/engine';

export const ADMIN_USAGE = `  rencai db migrate                                   执行数据库迁移
  rencai db backup <目录>                              备份数据库、申报材料与核对数字（不含密钥；内嵌数据库须先停止服务）
  rencai db restore <目录> [--force]                   恢复备份并核对审计日志与台账合计（目标不空时须 --force）
  rencai admin create-admin --username U [--name 姓名]     建立第一个（或新的）管理员；首次登录须修改密码
  rencai user create --username U --name 姓名 --role 角色 --region 地区 [--department 部门] [--person-id N] [--employer-id N]
  rencai user disable --username U --reason 理由      停用账号（不能再登录，会话立即结束）；user enable --username U 重新启用
  rencai user password --username U                   修改该账号的密码（先输入当前密码）
  rencai import persons|employers <文件.xlsx|.csv> [--as 账号]    批量导入，逐行报告错误
  rencai export persons|employers <输出.xlsx|.csv> [--as 账号]    导出（脱敏）
  rencai proactive [--create] [--as 账号]             免申即享筛查（--create 按事项配置自动生成申报，须以人才办经办账号运行）
  rencai overdue                                      标记超期申报件并提请督办
  rencai jobs list|run <任务> [--as 管理员账号]          定时任务：计划、上次与下次运行；立即运行一个（applications.escalate、worklist.notices、proactive.screen）
  rencai batch-result <批次编号> <银行结果.xlsx|.csv> --as 经办账号  导入银行结果，整批入账（已另行入账的分期逐行列出）
  rencai audit verify                                 校验审计日志签名哈希链及库外锚点（被篡改或末尾被截断时退出码 1）
  rencai audit anchor                                 校验新增记录后立即更新库外锚点
${KEYS_USAGE}
  密码一律在提示时输入（不回显），或从标准输入逐行传入，绝不写在命令行上；--as 账号须输入该账号的密码。
  数据库：环境变量 DATABASE_URL（PostgreSQL），否则为内嵌 PGlite（RENCAI_DATA_DIR，默认 .data/）；
  RENCAI_MIGRATION_DATABASE_URL 为执行迁移的所有者账号（此时 DATABASE_URL 为受限的应用账号）。`;

export const ADMIN_COMMANDS = new Set(['db', 'admin', 'user', 'import', 'export', 'proactive', 'overdue', 'jobs', 'batch-result', 'audit', 'keys']);

/** How each command that opens the platform is used (told when its arguments do not fit). */
const USAGE: Record<string, string> = {
  admin: '用法：rencai admin create-admin --username 用户名 [--name 姓名]',
  user: '用法：rencai user create|disable|enable|password --username 账号 …',
  import: '用法：rencai import persons|employers <文件.xlsx|.csv>',
  export: '用法：rencai export persons|employers <输出.xlsx|.csv>',
  jobs: `用法：rencai jobs list | jobs run <任务>（${P.JOBS.map((j) => `${j.name} ${j.label}`).join('；')}）`,
  'batch-result': '用法：rencai batch-result <批次编号> <银行结果.xlsx|.csv>',
  audit: '用法：rencai audit verify|anchor',
};

/**
 * Arguments that cannot make a command, refused before the database is opened: a mistyped command neither
 * creates a database nor generates an encryption key (opening the platform on an empty data folder does
 * both), and answers at once.
 */
function checkUsage(command: string, positionals: string[], values: { password?: string }): void {
  const [a, b] = positionals;
  const fits: Record<string, boolean> = {
    admin: a === 'create-admin',
    user: a === 'create' || a === 'disable' || a === 'enable' || a === 'password',
    import: (a === 'persons' || a === 'employers') && !!b,
    export: (a === 'persons' || a === 'employers') && !!b,
    jobs: a === 'list' || (a === 'run' && !!b),
    'batch-result': !!a && !!b && /^\d+$/.test(a),
    audit: a === 'verify' || a === 'anchor',
    proactive: true,
    overdue: true,
  };
  if (!(command in fits)) throw new UsageError(`未知的子命令「${command}」`);
  if (!fits[command]) throw new UsageError(USAGE[command]!);
  if ((command === 'admin' || command === 'user') && values.password !== undefined) {
    throw P.fieldError('--password', '出于安全考虑，密码不能写在命令行上（其他用户可从进程列表看到）；请在提示时输入，或从标准输入传入');
  }
}

const dataDir = () => resolve(process.env.RENCAI_DATA_DIR ?? '.data');

async function platform(notify?: P.Notify): Promise<P.Platform> {
  try {
    const op = cliOperator();
    // Every audit row this command writes says it came from the command line, by whom and where.
    return await P.createPlatform({ databaseUrl: process.env.DATABASE_URL, dataDir: dataDir(), notify, auditOrigin: { channel: 'cli', operator: op.operator, host: op.host } });
  } catch (e) {
    // A wrong or missing key, or a database that cannot be opened: the reason, never a new key.
    throw new P.StartupError(`无法启动：${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The account a command acts for, signed in with its password (`--as`, default admin). */
async function actAs(p: P.Platform, username: string | undefined, command: string): Promise<P.Caller> {
  return signInAs(p, username ?? 'admin', command);
}

const out = (s: string) => process.stdout.write(`${s}\n`);

export async function runAdmin(command: string, argv: string[], userPath: (p: string) => string): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: { as: { type: 'string' }, create: { type: 'boolean' }, force: { type: 'boolean' }, username: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, region: { type: 'string' }, department: { type: 'string' }, 'person-id': { type: 'string' }, 'employer-id': { type: 'string' }, reason: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (command === 'db' && (positionals[0] === 'backup' || positionals[0] === 'restore')) {
    const folder = positionals[1];
    if (!folder) throw new UsageError(`用法：rencai db ${positionals[0]} <备份目录>${positionals[0] === 'restore' ? ' [--force]' : ''}`);
    const place = { dataDir: dataDir(), databaseUrl: process.env.DATABASE_URL, open: () => platform() };
    if (positionals[0] === 'backup') {
      const m = await backup(userPath(folder), place);
      out(`已备份到 ${userPath(folder)}：审计日志 ${m.auditRows} 行，台账 ${m.ledger.lines} 行（核定应付 ${formatYuan(m.ledger.fenByKind.grant ?? 0)} 元，已兑付 ${formatYuan(m.ledger.fenByKind.payment ?? 0)} 元）。`);
      out('数据加密密钥不在备份中：请另行备份密钥环（见 README“数据保护”），缺少它备份无法使用。');
      return 0;
    }
    const r = await restore(userPath(folder), { ...place, force: values.force === true });
    if (r.anchorKept) out(`恢复前的审计锚点已保留为 ${r.anchorKept}`);
    if (r.differences.length) {
      for (const d of r.differences) process.stderr.write(`恢复后核对不一致：${d}\n`);
      return 1;
    }
    out(`已从 ${userPath(folder)} 恢复（备份时间 ${formatAnchorTime(r.manifest.createdAt)}）：审计日志 ${r.restored.auditRows} 行校验通过，台账 ${r.restored.ledger.lines} 行、各类合计与备份一致（已兑付 ${formatYuan(r.restored.ledger.fenByKind.payment ?? 0)} 元）。`);
    return 0;
  }
  if (command === 'db') {
    if (positionals[0] !== 'migrate') throw new UsageError('用法：rencai db migrate | db backup <目录> | db restore <目录> [--force]');
    // As the owner role when one is given; the app's role then gets its grants again.
    const ownerUrl = process.env.RENCAI_MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
    const d = await openDatabase(ownerUrl ? { url: ownerUrl, migrate: false } : { dataDir: resolve(dataDir(), 'pgdata'), migrate: false });
    const applied = await migrateToLatest(d.db);
    await d.close();
    if (process.env.DATABASE_URL && ownerUrl !== process.env.DATABASE_URL) await (await P.openPlatformDatabase(process.env.DATABASE_URL, ownerUrl)).close();
    out(applied.length ? `已执行迁移：${applied.join('、')}` : '数据库已是最新版本');
    return 0;
  }
  if (command === 'keys') return keysCommand(positionals[0], { as: values.as, force: values.force }, { dataDir: dataDir(), open: platform, actAs: (p, u) => actAs(p, u, `keys ${positionals[0] ?? ''}`.trim()) });
  checkUsage(command, positionals, values);
  // A table to import is bounded like an upload: one larger than the limit is refused unread.
  const table = command === 'import' || command === 'batch-result' ? positionals[1] : undefined;
  const size = table ? statSync(userPath(table), { throwIfNoEntry: false })?.size : undefined;
  if (size !== undefined && size > P.TABLE_LIMITS.fileBytes) throw P.fieldError('file', P.LIMIT_MESSAGES.fileBytes(P.TABLE_LIMITS));
  const p = await platform();
  try {
    switch (command) {
      case 'admin':
      case 'user': {
        const lines = await accountCommand(p, command, positionals[0], values);
        if (!lines) throw new UsageError(USAGE[command]!);
        lines.forEach(out);
        return 0;
      }
      case 'import': {
        const [kind, file] = positionals as [string, string];
        const c = await actAs(p, values.as, `import ${kind}`);
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
        const [kind, file] = positionals as [string, string];
        const c = await actAs(p, values.as, `export ${kind}`);
        const buf = kind === 'persons' ? await P.exportPersons(p, c, file.endsWith('.csv') ? 'csv' : 'xlsx') : await P.exportEmployers(p, c);
        // Personal data (masked, but still): readable by the owner only, even over an existing file.
        writeFileSync(userPath(file), buf, { mode: 0o600 });
        chmodSync(userPath(file), 0o600);
        out(`已导出到 ${file}`);
        return 0;
      }
      case 'proactive': {
        const c = await actAs(p, values.as, values.create ? 'proactive --create' : 'proactive');
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
      case 'jobs': {
        const [sub, name] = positionals;
        const c = await actAs(p, values.as, sub === 'run' ? `jobs run ${name}` : 'jobs list');
        if (sub === 'list') {
          const jobs = await P.listJobs(p, c);
          if (values.json) out(JSON.stringify(jobs, null, 2));
          else for (const j of jobs) out(`${j.label}（${j.name}）：${j.schedule}；上次 ${j.lastRun ? `${j.lastRun.startedAt} ${j.lastRun.outcomeText}${j.lastRun.error ? `：${j.lastRun.error}` : ''}` : '尚未运行'}；下次 ${j.nextRun}`);
          return 0;
        }
        const r = await P.runJobByHand(p, c, name!);
        if (values.json) out(JSON.stringify(r, null, 2));
        else out(`${P.jobNamed(name!)!.label}：${r.outcomeText}（${r.durationMs} 毫秒）${r.error ? `：${r.error}` : ''}${r.result ? ` ${JSON.stringify(r.result)}` : ''}`);
        return r.outcome === 'ok' ? 0 : 1;
      }
      case 'batch-result': {
        const [id, file] = positionals as [string, string];
        const c = await actAs(p, values.as, `batch-result ${id}`);
        const r = await P.importBankResult(p, c, Number(id), readFileSync(userPath(file)), basename(file));
        out(r.alreadyPaid ? `批次 ${id} 已入账，无需重复导入` : `批次 ${id} 已整批入账：${r.paid} 笔`);
        for (const x of r.alreadyBooked) out(`  第 ${x.row} 行 ${x.instalmentKey}：${x.message}`);
        return 0;
      }
      case 'audit': {
        if (positionals[0] === 'anchor') {
          const r = await advanceAnchor(p.db);
          if (r.problem) {
            out(`审计锚点未更新：${r.problem}`);
            return 1;
          }
          out(`审计锚点已更新：第 ${r.anchor!.seq} 条，${formatAnchorTime(r.anchor!.at)}（${p.anchors!.location}）`);
          return 0;
        }
        const v = await verifyAudit(p.db);
        if (v.ok) {
          out(`审计日志完整：${v.rows} 条，哈希链校验通过${v.anchor ? `；与 ${formatAnchorTime(v.anchor.at)}的库外锚点（第 ${v.anchor.seq} 条）一致` : ''}`);
          return 0;
        }
        out(`审计日志被篡改：${v.broken!.reason}（已校验 ${v.rows} 条）`);
        return 1;
      }
      default:
        throw new UsageError(`未知的子命令「${command}」`);
    }
  } finally {
    await p.database.close();
  }
}
