// While the server stops, a request already being read finishes, and one that arrives after it on the
// same connection is refused with a Chinese 503 (not Fastify's English one) and the connection closed.

import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { shutdownBoundMs } from './graceful.js';

describe('stopping', () => {
  it('finishes the request in flight and answers the next one on its connection 503 in Chinese', async () => {
    const app = await buildApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as net.AddressInfo).port;
    const body = Buffer.from(JSON.stringify({ date: '2023-01-01', profile: { region: 'kecheng' } }));
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString('utf8')));
    const closed = new Promise<void>((r) => socket.on('close', () => r()));
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write(`POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    socket.write(body.subarray(0, 10));
    await new Promise((r) => setTimeout(r, 200));
    const closing = app.close();
    await new Promise((r) => setTimeout(r, 200));
    socket.write(Buffer.concat([body.subarray(10), Buffer.from('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n')]));
    await closed;
    await closing;
    const [first, second] = answer.split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    expect(second).toMatch(/^HTTP\/1\.1 503/);
    expect(second).toMatch(/connection: close/i);
    expect(second).toContain('{"error":"服务正在停止或重启，请稍后再试","errors":[]}');
  });

  it('waits 10 seconds by default for requests in flight, or RENCAI_SHUTDOWN_MS', () => {
    expect(shutdownBoundMs(undefined)).toBe(10_000);
    expect(shutdownBoundMs('2500')).toBe(2500);
    expect(shutdownBoundMs('soon')).toBe(10_000);
  });
});
