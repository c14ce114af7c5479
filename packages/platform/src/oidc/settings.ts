// Whether rencai signs people in through the government's identity provider, and as which client:
// read once at start-up from RENCAI_OIDC_*. Without the issuer, client id, secret and redirect URL it
// is off and sign-in is by password only; a partial setting stops the start with what is missing.

import type { OidcSettings } from '../shared/index.js';

const REQUIRED = ['RENCAI_OIDC_ISSUER', 'RENCAI_OIDC_CLIENT_ID', 'RENCAI_OIDC_CLIENT_SECRET', 'RENCAI_OIDC_REDIRECT_URL'] as const;

export const DEFAULT_OIDC_LABEL = '使用浙里办 / 政务身份登录';

export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | undefined {
  const given = REQUIRED.filter((k) => env[k]?.trim());
  if (!given.length) return undefined;
  if (given.length < REQUIRED.length) throw new Error(`统一身份认证（OpenID Connect）设置不完整：还须设置 ${REQUIRED.filter((k) => !given.includes(k)).join('、')}`);
  for (const k of ['RENCAI_OIDC_ISSUER', 'RENCAI_OIDC_REDIRECT_URL', 'RENCAI_OIDC_POST_LOGOUT_URL'] as const) {
    const v = env[k]?.trim();
    if (v && !/^https?:\/\//.test(v)) throw new Error(`${k} 应为 http(s) 网址，收到「${v}」`);
    if (v && !URL.canParse(v)) throw new Error(`${k} 不是有效的网址：「${v}」`);
  }
  return {
    issuer: env.RENCAI_OIDC_ISSUER!.trim(),
    clientId: env.RENCAI_OIDC_CLIENT_ID!.trim(),
    clientSecret: env.RENCAI_OIDC_CLIENT_SECRET!.trim(),
    redirectUrl: env.RENCAI_OIDC_REDIRECT_URL!.trim(),
    label: env.RENCAI_OIDC_LABEL?.trim() || DEFAULT_OIDC_LABEL,
    scope: env.RENCAI_OIDC_SCOPE?.trim() || 'openid profile',
    idNumberClaim: env.RENCAI_OIDC_ID_NUMBER_CLAIM?.trim() || 'id_number',
    staffIdClaim: env.RENCAI_OIDC_STAFF_ID_CLAIM?.trim() || 'staff_id',
    ...(env.RENCAI_OIDC_POST_LOGOUT_URL?.trim() ? { postLogoutUrl: env.RENCAI_OIDC_POST_LOGOUT_URL.trim() } : {}),
  };
}
