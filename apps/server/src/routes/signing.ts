// The public keys of the city's signed credentials (人才码, 企业码, certificates) as a JWK Set at the
// standard address, so a partner — a hospital's front desk, a bank, a scenic spot — can verify a
// scanned QR code offline with any JOSE library, without calling back.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import type { PublicLimits } from '../rate-limits.js';

export function signingRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse']): void {
  app.get(
    '/.well-known/jwks.json',
    {
      config: { rateLimit: browse },
      schema: {
        tags: ['签名 signing'],
        security: [],
        summary: '验证本市签发凭证（人才码、企业码、证书）的公钥（JWK Set，Ed25519；当前密钥在前，轮换前的密钥仍可验证旧凭证）',
        response: {
          200: {
            type: 'object',
            properties: { keys: { type: 'array', items: { type: 'object', additionalProperties: true, description: 'JWK：kty=OKP、crv=Ed25519、x、kid、alg=EdDSA、use=sig' } } },
          },
        },
      },
    },
    async (_req, reply) => reply.header('cache-control', 'public, max-age=3600').send(await P.publicKeys(p)),
  );
}
