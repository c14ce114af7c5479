// Start-up check of the data keys against the data: a key that does not open the personal data
// already in the database, or that the newest audit rows were not signed with, is refused — never
// replaced by a new one. Also finds which key the lookup hashes (persons.id_hash) were made with.

import type { Kysely } from 'kysely';
import type { Vault } from './crypto.js';
import type { DB } from './schema.js';

export interface KeyCheck {
  /** The database holds encrypted personal data or keyed audit rows. */
  hasData: boolean;
  /** Why the keys do not fit the data (Chinese), or undefined when they do. */
  problem?: string;
  /** The key the lookup hashes in the database were made with. */
  lookupKey?: string;
}

async function samples(db: Kysely<DB>) {
  const persons = [
    await db.selectFrom('persons').select(['id', 'id_enc', 'id_hash', 'phone_enc', 'bank_account_enc']).orderBy('id').limit(1).executeTakeFirst(),
    await db.selectFrom('persons').select(['id', 'id_enc', 'id_hash', 'phone_enc', 'bank_account_enc']).orderBy('id', 'desc').limit(1).executeTakeFirst(),
  ].filter((x) => x !== undefined);
  const employers = [
    await db.selectFrom('employers').select('bank_account_enc').where('bank_account_enc', 'is not', null).orderBy('id').limit(1).executeTakeFirst(),
    await db.selectFrom('employers').select('bank_account_enc').where('bank_account_enc', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirst(),
  ].filter((x) => x !== undefined);
  const audit = await db.selectFrom('audit_log').select(['seq', 'key_id']).where('key_id', 'is not', null).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return { persons, employers, audit };
}

/** Whether the database holds anything a data key is needed for. */
export async function hasEncryptedData(db: Kysely<DB>): Promise<boolean> {
  const s = await samples(db);
  return s.persons.length > 0 || s.employers.length > 0 || s.audit !== undefined;
}

export async function checkKeys(db: Kysely<DB>, vault: Vault): Promise<KeyCheck> {
  const s = await samples(db);
  const hasData = s.persons.length > 0 || s.employers.length > 0 || s.audit !== undefined;
  const ring = vault.keyIds.join('、');
  const opens = (ct: string, what: string): string | undefined => {
    try {
      vault.decrypt(ct);
      return undefined;
    } catch {
      const id = vault.keyIdOfCiphertext(ct);
      return `数据库中已有加密的${what}，但所给的密钥（编号 ${ring}）无法解密${id ? `（该密文用的是密钥 ${id}）` : ''}`;
    }
  };
  for (const p of s.persons) {
    const problem = opens(p.id_enc, '身份证号') ?? (p.phone_enc ? opens(p.phone_enc, '手机号') : undefined) ?? (p.bank_account_enc ? opens(p.bank_account_enc, '银行账号') : undefined);
    if (problem) return { hasData, problem };
  }
  for (const e of s.employers) {
    const problem = opens(e.bank_account_enc!, '单位银行账号');
    if (problem) return { hasData, problem };
  }
  if (s.audit && !vault.hasKey(s.audit.key_id!)) return { hasData, problem: `审计日志第 ${s.audit.seq} 条由密钥 ${s.audit.key_id} 签名，该密钥不在所给的密钥（编号 ${ring}）中` };
  let lookupKey: string | undefined;
  for (const p of s.persons) {
    const plain = vault.decrypt(p.id_enc);
    const id = vault.keyIds.find((k) => vault.lookupHashWith(k, plain) === p.id_hash);
    if (!id) return { hasData, problem: `人员 ${p.id} 的身份证号查找哈希与所给的任何密钥都不符` };
    if (lookupKey && lookupKey !== id) return { hasData, problem: '人员的查找哈希分属两个密钥（上次密钥轮换未完成）：请运行 rencai keys rotate 完成' };
    lookupKey = id;
  }
  return { hasData, lookupKey };
}
