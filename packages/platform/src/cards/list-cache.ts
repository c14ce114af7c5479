// The server's cached signed status list, per platform: dropped when a card ends so the next
// verification reads a list that includes it.

import type { Platform } from '../shared/index.js';
import type { OfflineVerifier } from './code.js';

export interface CachedList {
  jws: string;
  issuedAt: Date;
  verifier: OfflineVerifier;
}

export const listCache = new WeakMap<Platform, CachedList>();

/** Forgets the cached list (a card ended): the next verification uses a fresh one. */
export function invalidateStatusList(p: Platform): void {
  listCache.delete(p);
}
