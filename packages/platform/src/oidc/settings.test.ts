// The identity provider's settings from the environment: off without them, all four required
// together (the start stops naming what is missing), addresses checked, the defaults filled in.

import { describe, expect, it } from 'vitest';
import { oidcSettingsFromEnv } from './settings.js';

const FULL = {
  RENCAI_OIDC_ISSUER: 'https://idp.zj.gov.cn/oidc',
  RENCAI_OIDC_CLIENT_ID: 'rencai',
  RENCAI_OIDC_CLIENT_SECRET: 's3cret',
  RENCAI_OIDC_REDIRECT_URL: 'https://rencai.qz.gov.cn/api/v1/auth/oidc/callback',
};

describe('identity provider settings', () => {
  it('are off without any RENCAI_OIDC_* variable', () => {
    expect(oidcSettingsFromEnv({})).toBeUndefined();
    expect(oidcSettingsFromEnv({ RENCAI_OIDC_ISSUER: '  ' })).toBeUndefined();
  });

  it('need all four together, naming the missing ones', () => {
    expect(() => oidcSettingsFromEnv({ RENCAI_OIDC_ISSUER: FULL.RENCAI_OIDC_ISSUER, RENCAI_OIDC_CLIENT_ID: 'rencai' })).toThrow('还须设置 RENCAI_OIDC_CLIENT_SECRET、RENCAI_OIDC_REDIRECT_URL');
  });

  it('refuse an address that is not http(s)', () => {
    expect(() => oidcSettingsFromEnv({ ...FULL, RENCAI_OIDC_ISSUER: 'idp.zj.gov.cn' })).toThrow('RENCAI_OIDC_ISSUER 应为 http(s) 网址');
  });

  it('fill in the button’s words, the scope and the claims', () => {
    expect(oidcSettingsFromEnv(FULL)).toEqual({
      issuer: FULL.RENCAI_OIDC_ISSUER,
      clientId: 'rencai',
      clientSecret: 's3cret',
      redirectUrl: FULL.RENCAI_OIDC_REDIRECT_URL,
      label: '使用浙里办 / 政务身份登录',
      scope: 'openid profile',
      idNumberClaim: 'id_number',
      staffIdClaim: 'staff_id',
    });
    expect(oidcSettingsFromEnv({ ...FULL, RENCAI_OIDC_STAFF_ID_CLAIM: 'employee_no', RENCAI_OIDC_POST_LOGOUT_URL: 'https://rencai.qz.gov.cn/login' })).toMatchObject({ staffIdClaim: 'employee_no', postLogoutUrl: 'https://rencai.qz.gov.cn/login' });
  });
});
