// A partner verifies a credential the platform signed with nothing but the published key set.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { issueCredential } from '@rencai/platform';
import { startHarness, type Harness } from '../platform/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ persons: 1 });
}, 120_000);
afterAll(async () => h?.close());

it('publishes the public keys only, and a credential verifies offline against them', async () => {
  const res = await h.app.inject('/.well-known/jwks.json');
  expect(res.statusCode).toBe(200);
  expect(res.headers['cache-control']).toContain('max-age');
  const set = res.json<{ keys: Array<Record<string, unknown>> }>();
  expect(set.keys.length).toBeGreaterThan(0);
  for (const k of set.keys) {
    expect(k).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: expect.any(String) });
    expect(k).not.toHaveProperty('d'); // no private part
  }
  const token = await issueCredential(h.p, { kind: 'talent-card', subject: 'person:1', claims: { name: '张三', tier: 'C' } });
  const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(set as never), { issuer: 'rencai', typ: 'talent-card+jwt' });
  expect([payload.sub, payload.tier, protectedHeader.kid]).toEqual(['person:1', 'C', set.keys[0]!.kid]);
  // One changed character in the signed part: refused.
  const [head, body, sig] = token.split('.');
  const forged = `${head}.${body!.slice(0, -2)}${body!.endsWith('A') ? 'B' : 'A'}${body!.slice(-1)}.${sig}`;
  await expect(jwtVerify(forged, createLocalJWKSet(set as never))).rejects.toThrow();
});
