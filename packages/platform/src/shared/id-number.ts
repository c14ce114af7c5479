// A citizen's ID number as every table keeps it: encrypted at rest (id_enc), a keyed hash to find the
// person again without decrypting (id_hash), and the masked form shown by default (id_masked).

import { maskIdNumber } from '@rencai/domain';
import type { Platform } from './platform.js';

/** The three stored columns of an ID number. */
export function idNumberColumns(p: Pick<Platform, 'vault'>, number: string): { id_enc: string; id_hash: string; id_masked: string } {
  return { id_enc: p.vault.encrypt(number), id_hash: p.vault.lookupHash(number), id_masked: maskIdNumber(number) };
}
