// The identity provider as a client sees it: its metadata and keys found once through discovery
// (openid-client), kept per platform, and looked up again after a failure. Plain http is accepted only
// for a provider on this machine (a development or test provider).

import * as client from 'openid-client';
import { PlatformError, type OidcSettings, type Platform } from '../shared/index.js';

const found = new WeakMap<Platform, Promise<client.Configuration>>();

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The settings, or 404 when sign-in through the identity provider is off. */
export function settingsOf(p: Platform): OidcSettings {
  if (!p.oidc) throw new PlatformError(404, '未启用统一身份认证登录，请使用用户名和密码登录');
  return p.oidc;
}

/** The provider's configuration for this client (discovery at first use). */
export async function providerOf(p: Platform): Promise<client.Configuration> {
  const s = settingsOf(p);
  let c = found.get(p);
  if (!c) {
    const issuer = new URL(s.issuer);
    const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
    c = client.discovery(issuer, s.clientId, undefined, client.ClientSecretBasic(s.clientSecret), { timeout: 10, ...(insecure ? { execute: [client.allowInsecureRequests] } : {}) });
    found.set(p, c);
    c.catch(() => found.delete(p));
  }
  try {
    return await c;
  } catch {
    throw new PlatformError(502, '暂时无法连接统一身份认证平台，请稍后重试或使用用户名和密码登录');
  }
}
