// Where the data keys live. RENCAI_DATA_KEY (base64 keys separated by commas, the current one
// first) wins; otherwise the keyring file keyring.json (mode 0600) in RENCAI_KEY_DIR — by default
// outside the data folder in production (a PostgreSQL server or NODE_ENV=production:
// $XDG_CONFIG_HOME/rencai/keys, else ~/.config/rencai/keys), and <data folder>/keys for the embedded
// database. A key file of the earlier layout (<data folder>/keys/data.key) is taken into the keyring.
// Keys are only generated when the caller says so — the platform does that only for a database that
// holds no encrypted data yet.

import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { masterKey, type MasterKey } from './master-key.js';

export interface KeyringOptions {
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
  /** A PostgreSQL server holds the data (production: the key is kept outside the data folder). */
  server?: boolean;
  /** Generate a keyring when there is none. */
  generate?: boolean;
}

export interface Keyring {
  keys: MasterKey[];
  current: string;
  source: 'env' | 'file';
  /** The keyring file (source 'file', or where one would be written). */
  file: string | undefined;
  /** A rotation that was started and not finished (resumed by `rencai keys rotate`). */
  rotation?: { to: string; startedAt: string };
  createdAt: Record<string, string>;
  /** What happened while loading, in Chinese, for the operator (a key generated or moved). */
  notices: string[];
}

const FORMAT = 'rencai-keyring/1';

/** Where the keyring file is, or undefined when there is no place for one (in-memory, no key given). */
export function keyringFile(opts: KeyringOptions): string | undefined {
  const env = opts.env ?? process.env;
  if (env.RENCAI_KEY_DIR) return join(resolve(env.RENCAI_KEY_DIR), 'keyring.json');
  if (opts.server || env.NODE_ENV === 'production') return join(env.XDG_CONFIG_HOME ? resolve(env.XDG_CONFIG_HOME) : join(homedir(), '.config'), 'rencai', 'keys', 'keyring.json');
  return opts.dataDir ? join(opts.dataDir, 'keys', 'keyring.json') : undefined;
}

function parseEnvKeys(text: string): MasterKey[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const key = Buffer.from(s, 'base64');
      if (key.length !== 32) throw new Error('环境变量 RENCAI_DATA_KEY 应为 32 字节密钥的 base64 编码（多个密钥用逗号分隔，当前密钥在前）');
      return masterKey(key);
    });
}

export function readKeyring(opts: KeyringOptions): Keyring | undefined {
  const env = opts.env ?? process.env;
  const file = keyringFile(opts);
  if (env.RENCAI_DATA_KEY) {
    const keys = parseEnvKeys(env.RENCAI_DATA_KEY);
    if (keys.length === 0) throw new Error('环境变量 RENCAI_DATA_KEY 为空');
    return { keys, current: keys[0]!.id, source: 'env', file: undefined, createdAt: {}, notices: [] };
  }
  if (file && existsSync(file)) return parseKeyringFile(file);
  // The earlier layout: one key in <data folder>/keys/data.key.
  const legacy = opts.dataDir ? join(opts.dataDir, 'keys', 'data.key') : undefined;
  if (file && legacy && existsSync(legacy)) {
    const key = masterKey(Buffer.from(readFileSync(legacy, 'utf8').trim(), 'base64'));
    const ring: Keyring = { keys: [key], current: key.id, source: 'file', file, createdAt: { [key.id]: new Date().toISOString() }, notices: [] };
    saveKeyring(ring);
    unlinkSync(legacy);
    ring.notices.push(legacy.startsWith(join(file, '..'))
      ? `已把数据密钥 ${legacy} 转为密钥环文件 ${file}（密钥编号 ${key.id}）`
      : `已把数据密钥从数据目录（${legacy}）移到 ${file}（密钥编号 ${key.id}）：数据目录的备份不再带有密钥，请另行妥善备份该文件`);
    return ring;
  }
  if (!file || !opts.generate) return undefined;
  return generateKeyring(file);
}

export function generateKeyring(file: string): Keyring {
  const key = masterKey(randomBytes(32));
  const ring: Keyring = { keys: [key], current: key.id, source: 'file', file, createdAt: { [key.id]: new Date().toISOString() }, notices: [] };
  saveKeyring(ring);
  ring.notices.push(`已生成数据加密密钥（编号 ${key.id}）：${file}。该文件不在数据库中，请单独妥善备份；丢失后加密的个人信息无法恢复`);
  return ring;
}

function parseKeyringFile(file: string): Keyring {
  let doc: { format?: string; current?: string; keys?: { id?: string; key?: string; createdAt?: string }[]; rotation?: { to: string; startedAt: string } };
  try {
    doc = JSON.parse(readFileSync(file, 'utf8')) as typeof doc;
  } catch (e) {
    throw new Error(`无法读取密钥环文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
  if (doc.format !== FORMAT || !Array.isArray(doc.keys) || typeof doc.current !== 'string') throw new Error(`密钥环文件格式有误：${file}`);
  const createdAt: Record<string, string> = {};
  const keys = doc.keys.map((k) => {
    const m = masterKey(Buffer.from(String(k.key ?? ''), 'base64'));
    if (k.id !== m.id) throw new Error(`密钥环文件 ${file} 中的密钥编号 ${k.id} 与密钥不符`);
    createdAt[m.id] = k.createdAt ?? '';
    return m;
  });
  if (!keys.some((k) => k.id === doc.current)) throw new Error(`密钥环文件 ${file} 的当前密钥 ${doc.current} 不在其中`);
  return { keys, current: doc.current, source: 'file', file, rotation: doc.rotation, createdAt, notices: [] };
}

/** Writes the keyring file atomically, readable by its owner only. */
export function saveKeyring(ring: Keyring): void {
  if (!ring.file) throw new Error('密钥来自环境变量 RENCAI_DATA_KEY，没有可写的密钥环文件');
  const dir = join(ring.file, '..');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const doc = {
    format: FORMAT,
    current: ring.current,
    keys: ring.keys.map((k) => ({ id: k.id, key: k.key.toString('base64'), createdAt: ring.createdAt[k.id] ?? '' })),
    ...(ring.rotation ? { rotation: ring.rotation } : {}),
  };
  const tmp = `${ring.file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, ring.file);
}

/** A new key, made current; the old ones stay for reading and for verifying the audit chain. */
export function addKey(ring: Keyring): MasterKey {
  const key = masterKey(randomBytes(32));
  ring.keys.unshift(key);
  ring.current = key.id;
  ring.createdAt[key.id] = new Date().toISOString();
  return key;
}
