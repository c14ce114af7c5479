// Writes packages/api-client/src/schema.ts, the API client's types, from the OpenAPI document the
// server publishes (all routes, platform included, on a throw-away in-memory database). With
// --check, writes nothing and exits 1 when the file is not current (npm test runs the same check).

import { readFileSync, writeFileSync } from 'node:fs';
import { apiClientTypes, CLIENT_TYPES_FILE, publishedDocument } from '../apps/server/src/openapi-document.js';

const text = await apiClientTypes(await publishedDocument());
if (process.argv.includes('--check')) {
  const current = readFileSync(CLIENT_TYPES_FILE, 'utf8');
  if (current !== text) {
    console.error(`${CLIENT_TYPES_FILE} 与 API 文档不一致，请运行 npm run gen:api-client`);
    process.exit(1);
  }
} else {
  writeFileSync(CLIENT_TYPES_FILE, text);
  console.log(`已生成 ${CLIENT_TYPES_FILE}`);
}
