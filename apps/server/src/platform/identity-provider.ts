// A real OpenID Connect provider for the tests (node-oidc-provider on a loopback port), standing in
// for the government's 浙里办 / 浙政钉: two registered clients (rencai and another app), the
// people it knows with their claims, its own sign-in form (any password), consent taken as given,
// and switches that make it misbehave the way a foreign or tampered response would — a token issued
// to the other client, or a nonce rencai never sent.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { exportJWK, generateKeyPair } from 'jose';

export interface IdentityProvider {
  issuer: string;
  client: { id: string; secret: string };
  /** Set to make the next sign-ins go wrong; clear to stop. */
  tamper: { otherClient?: boolean; nonce?: string };
  close(): Promise<void>;
}

/** `people`: account id → claims (read at each sign-in, so they may be filled in later). */
export async function startIdentityProvider(opts: { host?: 'localhost' | '127.0.0.1'; redirectUris: string[]; people: Record<string, Record<string, string>> }): Promise<IdentityProvider> {
  const client = { client_id: 'rencai', client_secret: 'rencai-secret-for-tests', redirect_uris: opts.redirectUris, grant_types: ['authorization_code'], response_types: ['code' as const] };
  const other = { ...client, client_id: 'other-app', client_secret: 'other-secret-for-tests' };
  const tamper: IdentityProvider['tamper'] = {};
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const issuer = `http://${opts.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const provider = new Provider(issuer, {
    clients: [client, other],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test', alg: 'RS256', use: 'sig' }] },
    scopes: ['openid', 'rencai'],
    claims: { openid: ['sub'], rencai: ['name', 'id_number', 'staff_id'] },
    cookies: { keys: ['oidc-test-cookie-key'] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx: KoaContextWithOIDC, id: string) => (opts.people[id] ? { accountId: id, claims: () => ({ sub: id, ...opts.people[id] }) } : undefined),
    // Consent is taken as given: the person only signs in.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope('openid rencai');
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    if (ctx.path === '/auth' && ctx.method === 'GET') {
      const q = new URLSearchParams(ctx.querystring);
      if (tamper.otherClient) q.set('client_id', other.client_id);
      if (tamper.nonce) q.set('nonce', tamper.nonce);
      ctx.querystring = q.toString();
    }
    if (ctx.path === '/token' && tamper.otherClient) ctx.req.headers.authorization = `Basic ${Buffer.from(`${other.client_id}:${other.client_secret}`).toString('base64')}`;
    await next();
  });
  server.on('request', provider.callback());
  return { issuer, client: { id: client.client_id, secret: client.client_secret }, tamper, close: () => new Promise((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    }) };
}
