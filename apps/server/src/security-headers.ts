// Security headers on every answer (@fastify/helmet): a Content-Security-Policy that lets the web app
// (React + Ant Design + ECharts, built by Vite) and the API docs page run from this server only,
// no framing by other sites, no MIME sniffing, no referrer sent elsewhere. Evidence files have a
// stricter policy of their own (see evidenceHeaders).

import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sniffMime } from '@rencai/store';

/**
 * The policy of every page. Scripts only from this server (Vite emits no inline script); styles
 * also inline, since Ant Design writes its theme's CSS variables into <style> elements at run time
 * (its component styles come as a stylesheet), as do inline style attributes;
 * images and fonts also as data: URLs (small assets inlined by the build, swagger-ui's icons); workers
 * also from blob: URLs (the QR scanner's decoder).
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  // The partners' QR scanner (qr-scanner) decodes camera frames in a worker it starts from a blob of its own code.
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  // The server is often reached over plain HTTP inside an office network: never upgrade to HTTPS.
  upgradeInsecureRequests: null,
};

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Sent over HTTPS only by browsers' rules; no includeSubDomains: the server does not own its parent domain.
    strictTransportSecurity: { maxAge: 180 * 24 * 3600, includeSubDomains: false },
  });
}

/** Types a browser may show in place: images and PDF (the only evidence types accepted). */
const INLINE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/**
 * Headers of an evidence file download: the type read from the bytes themselves (never the name
 * or what the uploader claimed), shown in place only for images and PDF, any other bytes as an
 * attachment of type application/octet-stream; a policy that runs nothing inside the file.
 */
export function evidenceHeaders(reply: FastifyReply, content: Buffer, name: string): FastifyReply {
  const sniffed = sniffMime(content);
  const type = sniffed && INLINE_TYPES.has(sniffed) ? sniffed : 'application/octet-stream';
  const ext = ({ 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as Record<string, string>)[type] ?? 'bin';
  const disposition = type === 'application/octet-stream' ? 'attachment' : 'inline';
  return reply
    .type(type)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', `${disposition}; filename="${name}.${ext}"`)
    .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'")
    .header('cache-control', 'private, no-store');
}
