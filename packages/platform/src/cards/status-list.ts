// The status list (W3C Bitstring Status List style): one bit per card, set when the card is revoked;
// at least 131,072 entries (16 KB) so the list says nothing about how many cards exist, gzip-compressed
// and base64url-encoded, signed as a credential of kind 'status-list' with the same keys as the cards.
// Verifiers fetch it, keep it, and decide offline.

import { gunzipSync, gzipSync } from 'node:zlib';
import { jwtVerify, type JWTVerifyGetKey } from 'jose';
import { CREDENTIAL_ISSUER, typOf } from '../signing/index.js';

export const MIN_ENTRIES = 131_072;
export const STATUS_PURPOSE = 'revocation';

/** The entries a list needs to hold `highestIndex` (a multiple of 131,072). */
export const entriesFor = (highestIndex: number): number => Math.max(MIN_ENTRIES, Math.ceil((highestIndex + 1) / MIN_ENTRIES) * MIN_ENTRIES);

/** The encoded list (gzip, then base64url) with the bits of `revoked` set; bit i is byte i/8, most significant bit first. */
export function encodeBits(size: number, revoked: Iterable<number>): string {
  const bytes = Buffer.alloc(size / 8);
  for (const i of revoked) bytes[i >> 3]! |= 0x80 >> (i & 7);
  return gzipSync(bytes, { level: 9 }).toString('base64url');
}

export function decodeBits(encoded: string): Buffer {
  return gunzipSync(Buffer.from(encoded, 'base64url'), { maxOutputLength: 16 * 1024 * 1024 });
}

export interface StatusList {
  size: number;
  issuedAt: Date;
  isSet(index: number): boolean;
}

/** Reads and checks a signed status list (signature, kind, purpose) with the published keys. */
export async function readStatusList(keys: JWTVerifyGetKey, jws: string): Promise<StatusList> {
  const { payload } = await jwtVerify(jws, keys, { algorithms: ['EdDSA'], issuer: CREDENTIAL_ISSUER, typ: typOf('status-list'), requiredClaims: ['iat'] });
  if (payload.statusPurpose !== STATUS_PURPOSE || typeof payload.encodedList !== 'string') throw new Error('不是人才码吊销名单');
  const bits = decodeBits(payload.encodedList);
  const size = bits.length * 8;
  return { size, issuedAt: new Date(payload.iat! * 1000), isSet: (i) => i < size && (bits[i >> 3]! & (0x80 >> (i & 7))) !== 0 };
}
