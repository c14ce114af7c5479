// `rencai keys …`: the data keys. `status` shows where the keys are and what is still under an older
// key; `generate` prints a new key for RENCAI_DATA_KEY; `rotate` makes a new key current (kept in
// the keyring file; with RENCAI_DATA_KEY the operator puts the new key first) and re-encrypts every
// encrypted column, the lookup hashes and the evidence files under it — resumable (run it again
// after an interruption), audited, and refused while other connections (a running server) use the
// database, since they would keep writing under the old key.

import { randomBytes } from 'node:crypto';
import * as P from '@rencai/platform';
import { addKey, appendAudit, keyringFile, masterKey, pendingReencryption, readKeyring, reencryptAll, saveKeyring, sql } from '@rencai/store';
import { UsageError } from './usage.js';

export const KEYS_USAGE = `  rencai keys status                                  数据密钥的位置、编号，以及仍用旧密钥加密的数据
  rencai keys rotate [--force] [--as 账号]             轮换数据密钥：生成新密钥并把全部加密数据、材料文件改用新密钥（可中断后重跑）
  rencai keys generate                                生成一个新密钥（用于环境变量 RENCAI_DATA_KEY）`;

const out = (s: string) => process.stdout.write(`${s}\n`);
const APP_NAME = 'rencai-keys-rotate';

export interface KeysContext {
  dataDir: string;
  open(notify?: P.Notify): Promise<P.Platform>;
  actAs(p: P.Platform, username: string | undefined): Promise<P.Caller>;
}

export async function keysCommand(sub: string | undefined, values: { as?: string; force?: boolean }, ctx: KeysContext): Promise<number> {
  const server = Boolean(process.env.DATABASE_URL);
  if (sub === 'generate') {
    const key = masterKey(randomBytes(32));
    out(key.key.toString('base64'));
    process.stderr.write(`新密钥编号 ${key.id}。用作 RENCAI_DATA_KEY 时放在最前面、旧密钥保留在后（逗号分隔），再运行 rencai keys rotate。\n`);
    return 0;
  }
  if (sub === 'status') {
    const p = await ctx.open();
    try {
      const ring = readKeyring({ dataDir: ctx.dataDir, server, generate: false });
      const pending = await pendingReencryption(p.db, p.vault, p.files);
      out(`密钥来源：${ring?.source === 'env' ? '环境变量 RENCAI_DATA_KEY' : (ring?.file ?? keyringFile({ dataDir: ctx.dataDir, server }) ?? '（仅本进程）')}`);
      out(`密钥：${p.vault.keyIds.map((id) => (id === p.vault.currentKeyId ? `${id}（当前）` : id)).join('、')}`);
      out(`身份证号查找哈希所用密钥：${p.vault.lookupKey}`);
      out(pending.values || pending.files || pending.lookupHashes ? `仍用旧密钥的数据：${pending.values} 个字段值、${pending.files} 个材料文件${pending.lookupHashes ? '、查找哈希' : ''}（运行 rencai keys rotate 完成）` : '全部数据都已使用当前密钥');
      return 0;
    } finally {
      await p.database.close();
    }
  }
  if (sub !== 'rotate') throw new UsageError('用法：rencai keys status|rotate|generate');

  const ring = readKeyring({ dataDir: ctx.dataDir, server, generate: false });
  if (!ring) throw new UsageError(`找不到数据密钥（RENCAI_DATA_KEY 或 ${keyringFile({ dataDir: ctx.dataDir, server }) ?? '密钥环文件'}），无法轮换`);
  const previous = ring.current;
  if (ring.source === 'file' && !ring.rotation) {
    // The new key is saved before anything is encrypted under it, so an interruption loses nothing.
    const key = addKey(ring);
    ring.rotation = { to: key.id, startedAt: new Date().toISOString() };
    saveKeyring(ring);
    out(`已生成新密钥 ${key.id}（${ring.file}），旧密钥保留用于读取旧数据和校验审计日志`);
  } else if (ring.rotation) out(`继续未完成的轮换（新密钥 ${ring.rotation.to}）`);
  process.env.PGAPPNAME = APP_NAME;
  const p = await ctx.open((m) => {
    if (!m.startsWith('密钥轮换')) P.notifyStderr(m); // this command is the one that finishes it
  });
  try {
    if (p.database.kind === 'postgres' && !values.force) {
      const others = (
        await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and application_name is distinct from ${APP_NAME}`.execute(p.db)
      ).rows[0]!.n;
      if (others > 0) throw new UsageError(`数据库还有 ${others} 个其他连接（服务可能在运行）：请先停止服务再轮换，否则它会继续用旧密钥写入（确认无误可加 --force）`);
    }
    const caller = await ctx.actAs(p, values.as);
    const r = await reencryptAll(p.db, p.vault, p.files, (what, n) => process.stderr.write(`  ${what}：${n}\n`));
    await p.db.transaction().execute((trx) =>
      appendAudit(trx, { actorId: caller.userId, actorRole: caller.role, action: 'keys.rotate', entity: 'keyring', entityId: p.vault.currentKeyId, detail: { from: previous === p.vault.currentKeyId ? null : previous, to: p.vault.currentKeyId, values: r.columns, lookupHashes: r.lookupHashes, files: r.files } }),
    );
    if (ring.rotation) {
      delete ring.rotation;
      saveKeyring(ring);
    }
    const values_ = Object.values(r.columns).reduce((a, b) => a + b, 0);
    out(`密钥轮换完成：当前密钥 ${p.vault.currentKeyId}；重新加密 ${values_} 个字段值、${r.files} 个材料文件${r.lookupHashes ? `，重算 ${r.lookupHashes} 个查找哈希` : ''}`);
    return 0;
  } finally {
    await p.database.close();
  }
}
