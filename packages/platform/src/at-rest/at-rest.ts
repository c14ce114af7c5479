// Data at rest, at start-up and while running: owner-only file modes (umask 077 and a check that
// fixes existing modes), the database opened with separate owner and app roles when both URLs are
// given, the data keys found and checked against the data (refusing, in Chinese, a key that does
// not open what is there — never generating a new one over existing data), and the audit anchors
// kept outside the database (written at start, periodically by the server, and on close).

import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import {
  FileAnchorStore,
  Vault,
  advanceAnchor,
  checkKeys,
  checkRuntimeRole,
  formatAnchorTime,
  generateKeyring,
  grantAppRole,
  hasEncryptedData,
  keyringFile,
  openDatabase,
  ownerOnlyUmask,
  readKeyring,
  sql,
  tightenModes,
  type AnchorStore,
  type Database,
  type Db,
  type Keyring,
} from '@rencai/store';

/** A reason the platform cannot start (wrong or missing key, …), in Chinese for the operator. */
export class StartupError extends Error {}

export type Notify = (message: string) => void;
export const notifyStderr: Notify = (m) => process.stderr.write(`${m}\n`);

/** Owner-only modes from now on, and for what is already in the folder; says what it fixed. */
export function secureFolder(dir: string, notify: Notify): void {
  ownerOnlyUmask();
  const fixed = tightenModes(dir);
  if (fixed.files || fixed.dirs) notify(`已收紧 ${dir} 下的文件权限：${fixed.files} 个文件改为 0600、${fixed.dirs} 个目录改为 0700（其他用户原本可以读取）`);
}

/**
 * The server database: with an owner URL (RENCAI_MIGRATION_DATABASE_URL) the migrations run as the
 * owner, which then grants the app's role only what it needs; the platform itself connects as the
 * app's role (DATABASE_URL). Without one, DATABASE_URL does both.
 */
export async function openPlatformDatabase(databaseUrl: string, migrationUrl: string | undefined): Promise<Database> {
  if (!migrationUrl || migrationUrl === databaseUrl) return openDatabase({ url: databaseUrl });
  const app = await openDatabase({ url: databaseUrl, migrate: false });
  try {
    const appRole = (await sql<{ role: string }>`select current_user as role`.execute(app.db)).rows[0]!.role;
    const owner = await openDatabase({ url: migrationUrl });
    try {
      const ownerRole = (await sql<{ role: string }>`select current_user as role`.execute(owner.db)).rows[0]!.role;
      if (ownerRole !== appRole) await grantAppRole(owner.db, appRole);
    } finally {
      await owner.close();
    }
    return app;
  } catch (e) {
    await app.close();
    throw e;
  }
}

export interface VaultOptions {
  dataDir: string | undefined;
  server: boolean;
  env?: NodeJS.ProcessEnv;
  notify?: Notify;
}

const keyHelp = (file: string | undefined) =>
  `请提供原来的密钥：环境变量 RENCAI_DATA_KEY（base64，多个用逗号分隔、当前的在前）${file ? `或密钥环文件 ${file}（可用 RENCAI_KEY_DIR 指定目录）` : ''}。不会生成新密钥，否则已有数据将无法解密`;

/** The data keys for this database, checked against its data. */
export async function openVault(db: Db, opts: VaultOptions): Promise<{ vault: Vault; keyring?: Keyring }> {
  const env = opts.env ?? process.env;
  const notify = opts.notify ?? notifyStderr;
  // Without a data folder (tests, in-memory use) only a key given in the environment is used.
  const file = opts.dataDir ? keyringFile({ dataDir: opts.dataDir, env, server: opts.server }) : undefined;
  let ring = opts.dataDir || env.RENCAI_DATA_KEY ? readKeyring({ dataDir: opts.dataDir, env, server: opts.server, generate: false }) : undefined;
  if (!ring) {
    if (await hasEncryptedData(db)) throw new StartupError(`数据库中已有加密的个人信息或签名的审计日志，但找不到数据密钥。${keyHelp(file)}`);
    if (!file) return { vault: new Vault(randomBytes(32)) }; // an in-memory database: a key for this process only
    ring = generateKeyring(file);
  }
  for (const n of ring.notices) notify(n);
  const vault = new Vault(ring.keys, ring.current);
  await checkVault(db, vault, file);
  if (ring.rotation) notify(`密钥轮换（${ring.rotation.startedAt} 开始）尚未完成：请运行 rencai keys rotate 完成`);
  return { vault, keyring: ring };
}

/** Refuses keys that do not fit the data; points the vault's lookups at the key the data uses. */
export async function checkVault(db: Db, vault: Vault, file?: string): Promise<void> {
  const check = await checkKeys(db, vault);
  if (check.problem) throw new StartupError(`${check.problem}。${keyHelp(file)}`);
  if (check.lookupKey) vault.useLookupKey(check.lookupKey);
}

/** Where the audit anchors of this database are kept (undefined for an in-memory database). */
export async function anchorStoreFor(database: Database, dataDir: string | undefined, vault: Vault, env: NodeJS.ProcessEnv = process.env): Promise<AnchorStore | undefined> {
  let identity: string;
  if (!dataDir) return undefined; // in-memory use and tests: no anchors
  if (database.kind === 'pglite') {
    if (database.location === 'memory') return undefined;
    identity = `pglite:${resolve(database.location)}`;
  } else {
    const name = (await sql<{ name: string }>`select current_database() as name`.execute(database.db)).rows[0]!.name;
    identity = `postgres://${database.location}/${name}`;
  }
  const server = database.kind === 'postgres';
  let dir = env.RENCAI_AUDIT_ANCHOR_DIR ? resolve(env.RENCAI_AUDIT_ANCHOR_DIR) : undefined;
  if (!dir) {
    const ring = keyringFile({ dataDir, env, server });
    dir = ring ? join(ring, '..', 'anchors') : join(dataDir, 'anchors');
  }
  return new FileAnchorStore(dir, identity, vault.signingKeys('anchor'));
}

/** Moves the anchor to the head after checking the rows since; problems are reported, never hidden. */
export async function anchorNow(db: Db, notify: Notify = notifyStderr): Promise<void> {
  try {
    const r = await advanceAnchor(db);
    if (r.problem) notify(`审计锚点未更新（原锚点保留作为证据）：${r.problem}。请运行 rencai audit verify 核查`);
  } catch (e) {
    notify(`写审计锚点失败：${e instanceof Error ? e.message : String(e)}`);
  }
}

const timers = new WeakMap<Db, NodeJS.Timeout>();
const modeTimers = new WeakMap<Db, NodeJS.Timeout>();

/** While running, files the embedded database adds (with its own 0666 mode) are made owner-only each minute. */
export function watchModes(db: Db, dir: string): void {
  const timer = setInterval(() => {
    try {
      tightenModes(dir);
    } catch {
      // a file removed while walking: the next round sees the rest
    }
  }, 60_000);
  timer.unref();
  modeTimers.set(db, timer);
}

/**
 * For the server, after start: warns (in Chinese) when the app's database role could rewrite the
 * audit log, and anchors the audit chain every RENCAI_AUDIT_ANCHOR_MINUTES (default 10) minutes;
 * the platform's close writes a last anchor.
 */
export async function startAtRest(p: { db: Db; database: Database; anchors?: AnchorStore }, notify: Notify = notifyStderr, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (p.database.kind === 'postgres') {
    const role = await checkRuntimeRole(p.db);
    if (role.canAlterAudit)
      notify(
        `警告：应用以数据库账号「${role.role}」运行，该账号拥有审计日志表（或为超级用户），可以关闭其触发器、改写或清空审计日志与资金台账。` +
          '生产环境请另设迁移账号 RENCAI_MIGRATION_DATABASE_URL（表的所有者，执行迁移），DATABASE_URL 改用只有读写权限的应用账号（见 docs/platform.md「数据库账号」）。',
      );
  } else if (p.database.location !== 'memory') {
    notify('提示：内嵌 PGlite 只有一个数据库账号，无法分离迁移与应用权限；审计日志由密钥签名（HMAC）和库外锚点保护。');
  }
  if (!p.anchors) return;
  const minutes = Number(env.RENCAI_AUDIT_ANCHOR_MINUTES ?? 10);
  const every = Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : 600_000;
  const timer = setInterval(() => void anchorNow(p.db, notify), every);
  timer.unref();
  timers.set(p.db, timer);
  const last = p.anchors.read().anchor;
  notify(`审计锚点：${p.anchors.location}${last ? `（最近一次 ${formatAnchorTime(last.at)}，第 ${last.seq} 条）` : ''}，每 ${every / 60_000} 分钟及停止服务时更新`);
}

export function stopAnchorTimer(db: Db): void {
  for (const map of [timers, modeTimers]) {
    const t = map.get(db);
    if (t) clearInterval(t);
    map.delete(db);
  }
}
