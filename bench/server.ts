// The HTTP API alone (no database) on 127.0.0.1 and a free port, for the load test in the benchmark
// (without the per-address rate limit: the load comes from one address).
import { buildApp } from '../apps/server/src/app.js';

const app = await buildApp({ rateLimit: 0 });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
