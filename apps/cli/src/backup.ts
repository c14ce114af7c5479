// `rencai db backup <folder>` and `rencai db restore <folder> [--force]`: the whole platform's data
// in one folder — the database (PGlite's data directory as a gzipped archive, or pg_dump's custom
// format for a PostgreSQL server), the evidence files, and a manifest with the audit chain's head
// and the ledger's totals. The data keys are not in it (they never sit with the data: back up the
// keyring separately). A restore refuses a database or files folder that is not empty unless
// --force, then checks what it restored: the audit chain verifies from its first row and the ledger
// totals equal the manifest's, or it exits 1 saying what differs. The audit anchor of the database
// before the restore is kept aside as evidence and a new one is written at the restored head.
// The embedded database must not be in use (stop the server first); a server database may be.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import * as P from '@rencai/platform';
import { newPGlite, pendingMigrations, tightenModes, verifyAudit, type Db } from '@rencai/store';

export interface BackupManifest {
  format: 'rencai-backup/1';
  createdAt: string;
  database: 'pglite' | 'postgres';
  migrations: string;
  auditRows: number;
  /** Ledger lines, and the sum of each kind of line (grants, payments, refunds) in fen. */
  ledger: { lines: number; fenByKind: Record<string, number> };
}

export interface BackupPlace {
  dataDir: string;
  databaseUrl?: string;
  open: () => Promise<P.Platform>;
}

const LEDGER_KIND_LABELS: Record<string, string> = { grant: '核定应付', payment: '已兑付', refund_receivable: '应退回', refund_received: '已退回' };
const DUMP = { pglite: 'database.tar.gz', postgres: 'database.pgdump' } as const;
const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/** The PostgreSQL client tool `name` (RENCAI_PG_BIN's, else the one on PATH). */
function pgTool(name: 'pg_dump' | 'pg_restore', args: string[]): void {
  const bin = process.env.RENCAI_PG_BIN ? join(process.env.RENCAI_PG_BIN, name) : name;
  const r = spawnSync(bin, args, { encoding: 'utf8' });
  if (r.error) throw new P.StartupError(`找不到 ${name}（请安装 PostgreSQL 客户端，或用 RENCAI_PG_BIN 指定其目录）`);
  if (r.status !== 0) throw new P.StartupError(`${name} 失败：${(r.stderr || '').trim().split('\n').slice(-3).join(' ')}`);
}

async function figures(db: Db): Promise<Pick<BackupManifest, 'auditRows' | 'ledger'>> {
  const audit = await verifyAudit(db);
  if (!audit.ok) throw new P.StartupError(`审计日志校验未通过（第 ${audit.broken?.seq} 行：${audit.broken?.reason}），不做备份；请先运行 rencai audit verify 核查`);
  const rows = (await sql<{ kind: string; lines: string; fen: string }>`select kind, count(*) as lines, sum(amount_fen) as fen from ledger group by kind order by kind`.execute(db)).rows;
  const fenByKind = Object.fromEntries(rows.map((r) => [r.kind, Number(r.fen)]));
  return { auditRows: audit.rows, ledger: { lines: rows.reduce((n, r) => n + Number(r.lines), 0), fenByKind } };
}

export async function backup(target: string, place: BackupPlace): Promise<BackupManifest> {
  if (!isEmptyDir(target)) throw new P.StartupError(`备份目录 ${target} 不是空的：请指定一个新的目录`);
  mkdirSync(target, { recursive: true, mode: 0o700 });
  const p = await place.open();
  let manifest: BackupManifest;
  try {
    await P.anchorNow(p.db);
    const applied = (await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(p.db)).rows[0]?.name ?? '';
    manifest = { format: 'rencai-backup/1', createdAt: new Date().toISOString(), database: p.database.kind, migrations: applied, ...(await figures(p.db)) };
  } finally {
    await p.database.close();
  }
  if (manifest.database === 'postgres') pgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${join(target, DUMP.postgres)}`, `--dbname=${place.databaseUrl}`]);
  else {
    const pg = newPGlite(join(place.dataDir, 'pgdata'));
    await pg.waitReady;
    try {
      const archive = await pg.dumpDataDir('gzip');
      writeFileSync(join(target, DUMP.pglite), Buffer.from(await archive.arrayBuffer()), { mode: 0o600 });
    } finally {
      await pg.close();
    }
  }
  const files = join(place.dataDir, 'files');
  if (existsSync(files)) cpSync(files, join(target, 'files'), { recursive: true });
  writeFileSync(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

export interface RestoreReport {
  manifest: BackupManifest;
  restored: Pick<BackupManifest, 'auditRows' | 'ledger'>;
  /** Where the audit anchor of the database before the restore was kept, if there was one. */
  anchorKept?: string;
  differences: string[];
}

export async function restore(source: string, place: BackupPlace & { force: boolean }): Promise<RestoreReport> {
  const manifestFile = join(source, 'manifest.json');
  if (!existsSync(manifestFile)) throw new P.StartupError(`${source} 不是 rencai 备份（没有 manifest.json）`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest;
  } catch {
    throw new P.StartupError(`${manifestFile} 无法读取或不是有效的 JSON：备份不完整或被改动`);
  }
  if (manifest?.format !== 'rencai-backup/1' || typeof manifest.ledger?.lines !== 'number' || typeof manifest.auditRows !== 'number') throw new P.StartupError(`${source} 的备份格式无法识别`);
  const server = !!place.databaseUrl;
  if (server !== (manifest.database === 'postgres')) throw new P.StartupError(manifest.database === 'postgres' ? '这是 PostgreSQL 服务器数据库的备份：请设置 DATABASE_URL 后恢复' : '这是内嵌数据库的备份：请不设 DATABASE_URL 恢复（可用 RENCAI_DATA_DIR 指定数据目录）');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const files = join(place.dataDir, 'files');
  if (!place.force && !isEmptyDir(files)) throw new P.StartupError(`材料目录 ${files} 不是空的：恢复会覆盖现有数据，确认时加 --force`);

  if (server) {
    const tables = await import('pg').then(async ({ default: pg }) => {
      const c = new pg.Client({ connectionString: place.databaseUrl });
      await c.connect();
      try {
        return Number((await c.query(`select count(*) as n from information_schema.tables where table_schema = 'public'`)).rows[0].n);
      } finally {
        await c.end();
      }
    });
    if (tables > 0 && !place.force) throw new P.StartupError(`目标数据库不是空的（已有 ${tables} 张表）：恢复会覆盖现有数据，确认时加 --force`);
    pgTool('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', ...(tables > 0 ? ['--clean', '--if-exists'] : []), `--dbname=${place.databaseUrl}`, join(source, DUMP.postgres)]);
  } else {
    const pgdata = join(place.dataDir, 'pgdata');
    if (!isEmptyDir(pgdata)) {
      if (!place.force) throw new P.StartupError(`数据目录 ${pgdata} 不是空的：恢复会覆盖现有数据，确认时加 --force（原目录改名保留）`);
      renameSync(pgdata, `${pgdata}.before-restore-${stamp}`);
    }
    mkdirSync(place.dataDir, { recursive: true, mode: 0o700 });
    const archive = readFileSync(join(source, DUMP.pglite));
    const pg = newPGlite(pgdata, { loadDataDir: new Blob([archive]) });
    await pg.waitReady;
    await pg.close();
    tightenModes(place.dataDir); // PGlite writes its files readable by everyone: owner-only, as at every start
  }
  if (existsSync(join(source, 'files'))) cpSync(join(source, 'files'), files, { recursive: true, force: true });

  const p = await place.open();
  try {
    const pending = await pendingMigrations(p.db);
    // The anchor speaks for the database before the restore: kept as evidence, then replaced.
    const anchorFile = p.anchors?.location;
    let anchorKept: string | undefined;
    if (anchorFile && existsSync(anchorFile)) {
      anchorKept = `${anchorFile}.before-restore-${stamp}`;
      renameSync(anchorFile, anchorKept);
    }
    const restored = await figures(p.db).catch((e: Error) => {
      throw new P.StartupError(`恢复后的${e.message}`);
    });
    const differences: string[] = [];
    if (restored.auditRows < manifest.auditRows) differences.push(`审计日志 ${restored.auditRows} 行，少于备份时的 ${manifest.auditRows} 行`);
    if (restored.ledger.lines !== manifest.ledger.lines) differences.push(`台账行数：恢复后 ${restored.ledger.lines}，备份时 ${manifest.ledger.lines}`);
    for (const kind of new Set([...Object.keys(manifest.ledger.fenByKind), ...Object.keys(restored.ledger.fenByKind)])) {
      const [now, then] = [restored.ledger.fenByKind[kind] ?? 0, manifest.ledger.fenByKind[kind] ?? 0];
      if (now !== then) differences.push(`台账“${LEDGER_KIND_LABELS[kind] ?? kind}”合计：恢复后 ${now} 分，备份时 ${then} 分`);
    }
    if (pending.length) differences.push(`数据库缺少迁移 ${pending.join('、')}（备份来自较早的版本，请运行 rencai db migrate）`);
    if (!differences.length) await P.anchorNow(p.db);
    return { manifest, restored, anchorKept, differences };
  } finally {
    await p.database.close();
  }
}
