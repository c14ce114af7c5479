// Security headers on the API, the web app and the docs page (CSP without inline scripts, no
// framing, nosniff, referrer policy), and evidence downloads: typed by their bytes, shown in place
// only for images and PDF, anything else an application/octet-stream attachment.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, startHarness, type Client, type Harness } from './platform/harness.js';

let h: Harness;
let talent: Client;
let clerk: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 20 });
  talent = await h.login('talent');
  clerk = await h.login('clerk_city');
}, 60_000);
afterAll(async () => h?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR rest of a png')]);
const HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');

describe('security headers', () => {
  it('every answer — API, web app, docs, errors — carries the policy, nosniff, no framing and the referrer policy', async () => {
    for (const url of ['/api/v1/policies', '/api/v1/auth/me', '/', '/talent', '/docs/', '/docs/static/swagger-ui-bundle.js', '/api/v1/nothing', '/healthz']) {
      const res = await h.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).not.toContain('upgrade-insecure-requests'); // the office network may use plain HTTP
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
    }
  });
});

describe('evidence downloads', () => {
  let id = 0;
  beforeAll(async () => {
    const created = await talent.req('POST', '/api/v1/applications', { matter: 'housing_purchase' });
    expect(created.statusCode).toBe(201);
    id = created.json<{ id: number }>().id;
  });

  const upload = async (name: string, content: Buffer) => {
    const res = await talent.req('POST', `/api/v1/applications/${id}/files`, multipart({ material: 'labour_contract' }, { name, content }));
    expect(res.statusCode).toBe(201);
    return res.json<{ sha256: string }>().sha256;
  };

  it('shows a PDF or an image in place, with its sniffed type, nosniff and a policy that runs nothing', async () => {
    for (const [name, content, type] of [['合同.pdf', PDF, 'application/pdf'], ['合同.png', PNG, 'image/png']] as const) {
      const sha = await upload(name, content);
      const res = await clerk.req('GET', `/api/v1/applications/${id}/files/${sha}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['content-disposition']).toMatch(/^inline; filename="evidence-[0-9a-f]{12}\.(pdf|png)"$/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(res.rawPayload.equals(content)).toBe(true);
    }
  });

  it('sends bytes of any other type as an attachment of type application/octet-stream, whatever type was recorded', async () => {
    // A file recorded as text/html (as an older release or a direct database edit could have left it).
    const sha = h.p.files.put(HTML);
    await h.p.db.insertInto('files').values({ sha256: sha, mime: 'text/html', size: HTML.length }).execute();
    await h.p.db.insertInto('application_files').values({ application_id: id, material: 'labour_contract', sha256: sha, name: 'x.html', uploaded_by: talent.user.userId }).execute();
    const res = await talent.req('GET', `/api/v1/applications/${id}/files/${sha}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="evidence-[0-9a-f]{12}\.bin"$/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a malformed file hash with a Chinese 400 and another application’s file with 404', async () => {
    const bad = await clerk.req('GET', `/api/v1/applications/${id}/files/not-a-hash`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: Array<{ path: string }> }>().errors[0]!.path).toBe('params.sha');
    const missing = await clerk.req('GET', `/api/v1/applications/${id}/files/${'a'.repeat(64)}`);
    expect(missing.statusCode).toBe(404);
  });
});
