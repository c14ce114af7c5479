// `npm run bench`, the talent card's section (not a test): offline verifications per second on one
// core — a partner's device holding the public keys and the signed status list, checking signature,
// kind, audience, time and the card's bit — and the size of the signed status list for 600,000 cards
// (none, 1 % and 5 % revoked, scattered at random: the worst case for compression).
// Usage: npx tsx bench/cards.bench.ts [codes to verify, default 20000]

import { randomBytes } from 'node:crypto';
import { masterKey, Vault } from '@rencai/store';
import { encodeBits, entriesFor, issueCredential, offlineVerifier, publicKeys, signCardCode, STATUS_PURPOSE } from '@rencai/platform';
import { seededRandom } from '@rencai/engine';

const N = Number(process.argv[2] ?? 20_000);
const CARDS = 600_000;
const p = { vault: new Vault([masterKey(randomBytes(32))]) };
const int = (x: number) => Math.round(x).toLocaleString('en-US');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

const size = entriesFor(CARDS - 1);
const rand = seededRandom(20_260_423);
const revokedOf = (share: number) => Array.from({ length: Math.round(CARDS * share) }, () => Math.floor(rand() * CARDS));
const sign = (revoked: number[]) => issueCredential(p, { kind: 'status-list', subject: 'talent-card-status', claims: { statusPurpose: STATUS_PURPOSE, encodedList: encodeBits(size, revoked), size } });

const lists = [] as Array<{ share: number; encoded: number; jws: number; t: number }>;
for (const share of [0, 0.01, 0.05]) {
  const revoked = revokedOf(share);
  const t = performance.now();
  const encoded = encodeBits(size, revoked);
  const jws = await sign(revoked);
  lists.push({ share, encoded: Buffer.from(encoded, 'base64url').length, jws: jws.length, t: performance.now() - t });
}

const jwks = await publicKeys(p);
const verifier = await offlineVerifier(jwks, await sign(revokedOf(0.01)));
const t0 = performance.now();
const codes: string[] = [];
for (let i = 0; i < N; i++) codes.push((await signCardCode(p, { id: i + 1, level: 'standard', validTo: '2099-12-31', statusIndex: Math.floor(rand() * CARDS) }, '林思远', i % 2 ? 'live' : 'print')).code);
const signSeconds = (performance.now() - t0) / 1000;
// Warm up, then time the checks one after another (one core, no batching).
for (let i = 0; i < 1000; i++) await verifier.check(codes[i]!);
const t1 = performance.now();
let valid = 0;
let revoked = 0;
for (const code of codes) {
  const a = await verifier.check(code);
  if (a.status === 'valid') valid++;
  else if (a.status === 'revoked') revoked++;
}
const verifySeconds = (performance.now() - t1) / 1000;

console.log('');
console.log(`### 6. 人才码 talent card（Ed25519 EdDSA JWS：jose 签发 signed with jose，Node 同步验签 verified with node:crypto；离线核验 offline: 公钥 + 签名的吊销名单 public keys + signed status list；单核 one core）`);
console.log('');
console.log(row(['项目 item', '结果 result', '目标 target']));
console.log(row(['---', '---:', '---:']));
console.log(row([`离线核验 offline verifications（${int(N)} 个码 codes，逐个 one at a time；有效 valid ${int(valid)}，已吊销 revoked ${int(revoked)}）`, `${int(N / verifySeconds)} /s`, '≥ 5,000 /s']));
console.log(row([`签发 signing codes（${int(N)}）`, `${int(N / signSeconds)} /s`, '']));
for (const l of lists)
  console.log(row([`吊销名单 status list, ${int(CARDS)} 张卡 cards → ${int(size)} 位 entries（${int(size / 8)} 字节 bytes 未压缩 raw），吊销 revoked ${l.share * 100}%`, `gzip ${int(l.encoded)} B；JWS ${int(l.jws)} B；${l.t.toFixed(0)} ms`, '']));
console.log('');
