// The OpenAPI document exactly as a running server publishes it (all routes, the platform's
// included), built on a throw-away in-memory database, and the client types generated from it
// (openapi-typescript) into packages/api-client/src/schema.ts.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createPlatform } from '@rencai/platform';
import { buildApp } from './app.js';

export const CLIENT_TYPES_FILE = new URL('../../../packages/api-client/src/schema.ts', import.meta.url).pathname;

/** The published /openapi.json as an object. */
export async function publishedDocument(): Promise<Record<string, unknown>> {
  const files = mkdtempSync(join(tmpdir(), 'rencai-openapi-'));
  const p = await createPlatform({ dataDir: 'memory', filesDir: files });
  const app = await buildApp({ platform: p });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await p.database.close();
    rmSync(files, { recursive: true, force: true });
  }
}

/** The client's TypeScript types for `doc`, with a header saying where they come from. */
export async function apiClientTypes(doc: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0]);
  return '// Generated from the API\'s OpenAPI document by openapi-typescript (npm run gen:api-client). Do not edit.\n\n' + astToString(ast);
}
