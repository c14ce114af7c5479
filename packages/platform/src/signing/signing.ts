// Signed credentials: the one signing service for every QR code the city issues — the talent card,
// the enterprise code, certificates. A credential is a compact JWS (JWT claims: issuer, subject,
// issued, expiry, its own id, and the kind's claims) signed with Ed25519 (EdDSA); its header names
// the key (`kid`) and the kind (`typ`). The keys come from the keyring (packages/store/src/keyring.ts):
// each data key derives its own Ed25519 key, so the current key signs and every key still in the
// ring verifies — a key rotation keeps old credentials valid. Anyone verifies one with the public
// keys alone (`publicKeys`, served at /.well-known/jwks.json); the platform verifies here.

import { createPrivateKey, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, decodeProtectedHeader, exportJWK, jwtVerify, errors as joseErrors, type JWK } from 'jose';
import type { Vault } from '@rencai/store';
import { fieldError, type Platform } from '../shared/index.js';

/** The kinds of credential the city issues, each with its name in Chinese. */
export const CREDENTIAL_KINDS = { 'talent-card': '人才码', 'enterprise-code': '企业码', certificate: '证书', 'status-list': '状态列表', 'event-checkin': '活动签到码' } as const;
export type CredentialKind = keyof typeof CREDENTIAL_KINDS;

export const CREDENTIAL_ISSUER = 'rencai';
const ALG = 'EdDSA';
/** Claims the signing service sets itself; a kind's own claims cannot replace them. */
const RESERVED = new Set(['iss', 'sub', 'aud', 'iat', 'nbf', 'exp', 'jti']);

/** An Ed25519 private key from its 32-byte seed (PKCS #8: the fixed prefix for Ed25519, then the seed). */
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const pairs = new WeakMap<Vault, Map<string, KeyPair>>();

/** The Ed25519 key pair of a data key (by id), derived once per vault. */
function pairOf(vault: Vault, keyId: string): KeyPair | undefined {
  let byId = pairs.get(vault);
  if (!byId) pairs.set(vault, (byId = new Map()));
  const known = byId.get(keyId);
  if (known) return known;
  const seed = vault.signingKeys('credential').verifyingKey(keyId);
  if (!seed) return undefined;
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
  const pair = { privateKey, publicKey: createPublicKey(privateKey) };
  byId.set(keyId, pair);
  return pair;
}

/** The JWS header `typ` of a kind of credential. */
export const typOf = (kind: CredentialKind) => `${kind}+jwt`;

export interface CredentialInput {
  kind: CredentialKind;
  /** Whom it is about: a person's or an employer's registry id, a certificate number. */
  subject: string;
  /** The kind's own claims (what the QR code shows once verified). */
  claims?: Record<string, unknown>;
  /** When it stops being valid; none: until revoked. */
  expiresAt?: Date;
  /** When it was issued (`iat`); now when absent. */
  issuedAt?: Date;
  /** Not valid before (`nbf`). */
  notBefore?: Date;
  /** Whom it is meant for (`aud`): a verifier refuses one meant for others. */
  audience?: string;
}

/** Signs a credential with the current key; the compact JWS to put in the QR code. */
export async function issueCredential(p: Pick<Platform, 'vault'>, input: CredentialInput): Promise<string> {
  if (!(input.kind in CREDENTIAL_KINDS)) throw fieldError('kind', `凭证类型应为 ${Object.keys(CREDENTIAL_KINDS).join('、')} 之一`);
  if (typeof input.subject !== 'string' || !input.subject) throw fieldError('subject', '请指明凭证的主体');
  const clash = Object.keys(input.claims ?? {}).find((k) => RESERVED.has(k));
  if (clash) throw fieldError(`claims.${clash}`, `${clash} 由签发方设定，不能在凭证内容中指定`);
  const keyId = p.vault.currentKeyId;
  const pair = pairOf(p.vault, keyId)!;
  const jwt = new SignJWT({ ...(input.claims ?? {}) }).setProtectedHeader({ alg: ALG, kid: keyId, typ: typOf(input.kind) }).setIssuer(CREDENTIAL_ISSUER).setSubject(input.subject).setIssuedAt(input.issuedAt).setJti(randomUUID());
  if (input.expiresAt) jwt.setExpirationTime(input.expiresAt);
  if (input.notBefore) jwt.setNotBefore(input.notBefore);
  if (input.audience) jwt.setAudience(input.audience);
  return jwt.sign(pair.privateKey);
}

export interface VerifiedCredential {
  kind: CredentialKind;
  subject: string;
  claims: Record<string, unknown>;
  id: string;
  issuedAt: Date;
  expiresAt: Date | null;
  keyId: string;
}

const refused = (why: string) => fieldError('token', why);

/** Checks a credential of `kind`: signed by a key of the ring, of that kind, not expired. Refusals are 400s naming the field `token`. */
export async function verifyCredential(p: Pick<Platform, 'vault'>, token: unknown, kind: CredentialKind, opts: { audience?: string; now?: Date } = {}): Promise<VerifiedCredential> {
  if (typeof token !== 'string' || token.length > 8192 || token.split('.').length !== 3) throw refused('凭证格式有误');
  let keyId: string | undefined;
  try {
    keyId = decodeProtectedHeader(token).kid;
  } catch {
    throw refused('凭证格式有误');
  }
  const pair = keyId ? pairOf(p.vault, keyId) : undefined;
  if (!keyId || !pair) throw refused('凭证的签名密钥未知（不是本平台签发，或密钥已停用）');
  try {
    const { payload, protectedHeader } = await jwtVerify(token, pair.publicKey, { algorithms: [ALG], issuer: CREDENTIAL_ISSUER, typ: typOf(kind), ...(opts.audience ? { audience: opts.audience } : {}), ...(opts.now ? { currentDate: opts.now } : {}) });
    const { iss: _iss, sub, iat, exp, jti, nbf: _nbf, aud: _aud, ...claims } = payload;
    return { kind, subject: sub ?? '', claims, id: jti ?? '', issuedAt: new Date((iat ?? 0) * 1000), expiresAt: exp ? new Date(exp * 1000) : null, keyId: protectedHeader.kid ?? keyId };
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) throw refused(`${CREDENTIAL_KINDS[kind]}已过期`);
    if (e instanceof joseErrors.JWTClaimValidationFailed && e.claim === 'typ') throw refused(`不是${CREDENTIAL_KINDS[kind]}`);
    if (e instanceof joseErrors.JWTClaimValidationFailed && e.claim === 'aud') throw refused(`${CREDENTIAL_KINDS[kind]}不是发给本核验方的`);
    if (e instanceof joseErrors.JWTClaimValidationFailed && e.claim === 'nbf') throw refused(`${CREDENTIAL_KINDS[kind]}尚未生效`);
    if (e instanceof joseErrors.JWSSignatureVerificationFailed) throw refused('凭证签名无效（内容被改动，或不是本平台签发）');
    throw refused('凭证无效');
  }
}

/** The public keys that verify the platform's credentials (a JWK Set: no private part), the current key first. */
export async function publicKeys(p: Pick<Platform, 'vault'>): Promise<{ keys: JWK[] }> {
  const ids = [p.vault.currentKeyId, ...p.vault.keyIds.filter((id) => id !== p.vault.currentKeyId)];
  const keys: JWK[] = [];
  for (const kid of ids) {
    const pair = pairOf(p.vault, kid);
    if (pair) keys.push({ ...(await exportJWK(pair.publicKey)), kid, alg: ALG, use: 'sig' });
  }
  return { keys };
}
