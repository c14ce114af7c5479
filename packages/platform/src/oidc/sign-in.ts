// Sign-in through the government's identity provider (OpenID Connect, authorization code with PKCE
// and a nonce, by openid-client). Starting keeps the state (as a hash), nonce and PKCE verifier in the
// database for ten minutes, so whichever server instance the browser comes back to can finish it, and
// only once. Finishing checks the provider's answer (state, issuer, audience, nonce, signature and
// times) and finds the rencai account: a staff member by the staff id an administrator linked, a
// citizen by the keyed hash of the ID number the registry already keeps. Roles and regions are
// rencai's own; nobody unknown gets in, and every refusal says why in Chinese and is audited.

import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import { appendAudit } from '@rencai/store';
import { PlatformError, type Platform } from '../shared/index.js';
import { accountOfStaffId, signInLinked, talentAccountOf, type Session, type UserRow } from '../accounts/index.js';
import { personOfIdNumber } from '../registry/index.js';
import { providerOf, settingsOf } from './provider.js';

/** How long a sign-in begun at the provider may take to come back. */
export const OIDC_LOGIN_MINUTES = 10;

/** Why a sign-in through the identity provider was refused, with what the person reads. */
export const OIDC_REFUSALS = {
  unlinked: '未找到与该身份关联的账号，请联系人才办开通',
  state: '登录请求无效或已使用过（state 不符），请重新登录',
  expired: `登录请求已过期（须在 ${OIDC_LOGIN_MINUTES} 分钟内完成），请重新登录`,
  audience: '身份令牌不是签发给本系统的（audience 不符），已拒绝登录',
  nonce: '身份令牌与本次登录请求不符（nonce 不符），已拒绝登录',
  issuer: '身份令牌的签发方不符（issuer 不符），已拒绝登录',
  token: '统一身份认证平台返回的身份令牌无效，已拒绝登录',
  cancelled: '已在统一身份认证平台取消登录',
  provider: '统一身份认证平台未能完成登录，请稍后重试',
  unavailable: '暂时无法连接统一身份认证平台，请稍后重试或使用用户名和密码登录',
  disabled: '该账号已停用，请联系系统管理员',
  off: '未启用统一身份认证登录，请使用用户名和密码登录',
} as const;
export type OidcRefusalCode = keyof typeof OIDC_REFUSALS;

/** A refused sign-in through the identity provider: `code` names the reason, the message says it. */
export class OidcRefusal extends PlatformError {
  constructor(
    readonly code: OidcRefusalCode,
    status: 403 | 404 | 502 = 403,
  ) {
    super(status, OIDC_REFUSALS[code]);
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A path inside the web app to land on afterwards; anything else is dropped. */
function pathInApp(next: unknown): string | null {
  return typeof next === 'string' && next.length <= 300 && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) ? next : null;
}

/** Whether sign-in through the identity provider is on, and the button's words. */
export function oidcStatus(p: Platform): { enabled: boolean; label: string | null; refusals: Record<OidcRefusalCode, string> } {
  return { enabled: !!p.oidc, label: p.oidc?.label ?? null, refusals: { ...OIDC_REFUSALS } };
}

/** Begins a sign-in: the provider's authorization URL to send the browser to. */
export async function startOidcSignIn(p: Platform, opts: { next?: unknown } = {}): Promise<{ url: string }> {
  const s = settingsOf(p);
  const config = await providerOf(p);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const challenge = await client.calculatePKCECodeChallenge(verifier);
  await p.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('oidc_logins').where('expires_at', '<', new Date()).execute();
    await trx
      .insertInto('oidc_logins')
      .values({ state_hash: sha(state), nonce, code_verifier: verifier, return_to: pathInApp(opts.next), expires_at: new Date(Date.now() + OIDC_LOGIN_MINUTES * 60_000) })
      .execute();
  });
  const url = client.buildAuthorizationUrl(config, { redirect_uri: s.redirectUrl, scope: s.scope, state, nonce, code_challenge: challenge, code_challenge_method: 'S256' });
  return { url: url.href };
}

/** The reason code of a failed code exchange or token check. */
function reasonOf(e: unknown): OidcRefusalCode {
  if (e instanceof client.ResponseBodyError || e instanceof client.WWWAuthenticateChallengeError) return 'provider';
  if (e instanceof client.AuthorizationResponseError) return e.error === 'access_denied' ? 'cancelled' : 'provider';
  const code = (e as { code?: string }).code;
  const claim = (e as { cause?: { cause?: { claim?: string } } }).cause?.cause?.claim;
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
    if (claim === 'aud' || claim === 'azp') return 'audience';
    if (claim === 'nonce') return 'nonce';
    if (claim === 'iss') return 'issuer';
    return 'token';
  }
  if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON' || code === 'OAUTH_TIMEOUT' || e instanceof TypeError) return 'unavailable';
  return 'token';
}

const claimText = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : undefined);

/**
 * Finishes a sign-in from the provider's answer (the callback's query string): one use of the state,
 * the code exchanged with the PKCE verifier, the ID token checked, the linked account signed in.
 * Returns the session and where in the app to land; refuses with OidcRefusal.
 */
export async function finishOidcSignIn(p: Platform, query: Record<string, unknown>, from: { address?: string } = {}): Promise<{ session: Session; next: string | null }> {
  if (!p.oidc) throw new OidcRefusal('off', 404);
  const s = p.oidc;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string') params.set(k, v);
  const refuse = async (code: OidcRefusalCode, extra: Record<string, unknown> = {}, user?: UserRow): Promise<never> => {
    await p.db.transaction().execute((trx) =>
      appendAudit(trx, {
        actorId: user?.id ?? null,
        actorRole: user?.role ?? null,
        action: 'auth.login_failed',
        entity: 'user',
        entityId: user?.id ?? null,
        region: user?.region ?? null,
        detail: { reason: `oidc_${code}`, via: 'oidc', address: from.address ?? null, issuer: s.issuer, ...extra },
      }),
    );
    throw new OidcRefusal(code, code === 'unavailable' ? 502 : 403);
  };

  const state = params.get('state');
  // One use: the row goes whatever happens next.
  const row = state && state.length <= 200 ? await p.db.deleteFrom('oidc_logins').where('state_hash', '=', sha(state)).returningAll().executeTakeFirst() : undefined;
  if (!row) return refuse('state');
  if (row.expires_at < new Date()) return refuse('expired');
  const error = params.get('error');
  if (error) return refuse(error === 'access_denied' ? 'cancelled' : 'provider', { error: /^[\w.-]{1,64}$/.test(error) ? error : 'other' });

  let config: client.Configuration;
  try {
    config = await providerOf(p);
  } catch {
    return refuse('unavailable');
  }
  const current = new URL(s.redirectUrl);
  current.search = params.toString();
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: row.code_verifier, expectedState: state!, expectedNonce: row.nonce, idTokenExpected: true });
    const idToken = tokens.claims();
    if (!idToken) return refuse('token');
    claims = { ...idToken };
    // Providers that put only `sub` in the ID token give the rest at the userinfo endpoint.
    if (claims[s.staffIdClaim] === undefined && claims[s.idNumberClaim] === undefined && config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
      claims = { ...info, ...idToken };
    }
  } catch (e) {
    if (e instanceof OidcRefusal) throw e;
    return refuse(reasonOf(e));
  }

  // Who this is to rencai: a linked staff id first, then a talent's ID number. Never a new account.
  const subject = sha(`${s.issuer} ${String(claims.sub)}`).slice(0, 16);
  const staffId = claimText(claims[s.staffIdClaim]);
  let user = staffId ? await accountOfStaffId(p, staffId) : undefined;
  if (!user) {
    const person = await personOfIdNumber(p, claimText(claims[s.idNumberClaim]));
    if (person) user = await talentAccountOf(p, person.id);
  }
  if (!user) return refuse('unlinked', { subject, staff: !!staffId });
  try {
    const session = await signInLinked(p, user, { address: from.address, issuer: s.issuer });
    return { session, next: row.return_to };
  } catch (e) {
    if (e instanceof PlatformError && e.status === 403) throw new OidcRefusal('disabled');
    throw e;
  }
}

/** Where to end the session at the provider too, when it offers that (end_session_endpoint). */
export async function oidcEndSessionUrl(p: Platform): Promise<string | null> {
  if (!p.oidc) return null;
  const config = await providerOf(p).catch(() => undefined);
  if (!config?.serverMetadata().end_session_endpoint) return null;
  return client.buildEndSessionUrl(config, p.oidc.postLogoutUrl ? { post_logout_redirect_uri: p.oidc.postLogoutUrl } : {}).href;
}
