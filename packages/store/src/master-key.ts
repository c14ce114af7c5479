// A data master key and its id: 32 bytes, known by a short keyed fingerprint (the id names the key
// without revealing it). The keyring holds them; crypto.ts derives every working key from them.

import { createHmac } from 'node:crypto';

export interface MasterKey {
  id: string;
  key: Buffer;
}

/** A key's id: a short keyed fingerprint, so the id names the key without revealing it. */
export function keyIdOf(master: Buffer): string {
  return `k${createHmac('sha256', master).update('rencai key id').digest('hex').slice(0, 12)}`;
}

export function masterKey(master: Buffer): MasterKey {
  if (master.length !== 32) throw new Error('数据加密主密钥应为 32 字节（base64 编码）');
  return { id: keyIdOf(master), key: master };
}
