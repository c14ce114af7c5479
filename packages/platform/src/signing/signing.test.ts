// Signed credentials with real keys and real Ed25519: issued under the keyring's current key,
// verified by the platform and by an outside system holding only the public keys, refused when
// altered, of another kind, expired or signed by a key the ring does not hold, and still valid after
// a key rotation.

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { masterKey, Vault } from '@rencai/store';
import { issueCredential, publicKeys, verifyCredential } from './signing.js';

const ring = () => masterKey(randomBytes(32));

describe('signed credentials', () => {
  it('issues a compact Ed25519 JWS under the current key that the platform and an outside system verify', async () => {
    const p = { vault: new Vault([ring()]) };
    const token = await issueCredential(p, { kind: 'talent-card', subject: 'person:42', claims: { name: '林思远', tier: 7 } });
    expect(token.split('.')).toHaveLength(3);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'EdDSA', kid: p.vault.currentKeyId, typ: 'talent-card+jwt' });

    const v = await verifyCredential(p, token, 'talent-card');
    expect(v).toMatchObject({ kind: 'talent-card', subject: 'person:42', claims: { name: '林思远', tier: 7 }, keyId: p.vault.currentKeyId, expiresAt: null });
    expect(v.id).toMatch(/^[0-9a-f-]{36}$/);

    // A department's own system: the published keys only.
    const jwks = await publicKeys(p);
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: p.vault.currentKeyId, alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const outside = await jwtVerify(token, createLocalJWKSet(jwks), { issuer: 'rencai' });
    expect(outside.payload.sub).toBe('person:42');
  });

  it('refuses an altered credential, another kind, an expired one and one from a key the ring does not hold', async () => {
    const p = { vault: new Vault([ring()]) };
    const token = await issueCredential(p, { kind: 'enterprise-code', subject: 'employer:7', claims: { name: '衢州智造装备有限公司（合成）' } });
    const [h, body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), sub: 'employer:8' })).toString('base64url');
    await expect(verifyCredential(p, `${h}.${forged}.${sig}`, 'enterprise-code')).rejects.toMatchObject({ status: 400, errors: [{ path: 'token', message: expect.stringContaining('签名无效') }] });
    await expect(verifyCredential(p, token, 'talent-card')).rejects.toMatchObject({ status: 400, errors: [{ path: 'token', message: '不是人才码' }] });
    const expired = await issueCredential(p, { kind: 'certificate', subject: 'cert:1', expiresAt: new Date(Date.now() - 60_000) });
    await expect(verifyCredential(p, expired, 'certificate')).rejects.toMatchObject({ errors: [{ path: 'token', message: '证书已过期' }] });
    const other = { vault: new Vault([ring()]) };
    await expect(verifyCredential(other, token, 'enterprise-code')).rejects.toMatchObject({ errors: [{ path: 'token', message: expect.stringContaining('签名密钥未知') }] });
    await expect(verifyCredential(p, 'not a token', 'talent-card')).rejects.toMatchObject({ errors: [{ path: 'token', message: '凭证格式有误' }] });
  });

  it('derives the keys from the keyring: the same data key gives the same public key; after a rotation the old credentials still verify', async () => {
    const old = ring();
    const before = { vault: new Vault([old]) };
    const token = await issueCredential(before, { kind: 'certificate', subject: 'cert:2024-001' });
    expect((await publicKeys({ vault: new Vault([old]) })).keys).toEqual((await publicKeys(before)).keys);

    const fresh = ring();
    const after = { vault: new Vault([fresh, old]) };
    expect((await verifyCredential(after, token, 'certificate')).keyId).toBe(old.id);
    const next = await issueCredential(after, { kind: 'certificate', subject: 'cert:2024-002' });
    expect(decodeProtectedHeader(next).kid).toBe(fresh.id);
    expect((await publicKeys(after)).keys.map((k) => k.kid)).toEqual([fresh.id, old.id]);
  });

  it('keeps the claims it sets itself', async () => {
    const p = { vault: new Vault([ring()]) };
    await expect(issueCredential(p, { kind: 'talent-card', subject: 'person:1', claims: { sub: 'person:2' } })).rejects.toMatchObject({ status: 400, errors: [{ path: 'claims.sub' }] });
  });
});
