// The production start under its supervisor (apps/server/src/supervise.ts), as real processes on a
// free port with a temporary data directory (or a fresh database on the PostgreSQL server in
// DATABASE_URL): a server killed with SIGKILL comes back and answers /healthz again; SIGTERM during
// a slow request lets it finish, cuts one that never finishes after the bound, refuses new
// connections, closes the database and exits 0; a server that cannot start is retried with back-off
// and the crash loop ends with a clear message and exit code 1.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@rencai/store/testing';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

interface Supervised {
  proc: ChildProcess;
  port: number;
  /** Everything written so far: the supervisor's log (stderr) and the server's output (stdout). */
  log: () => string;
  out: () => string;
  exited: Promise<number | null>;
}

/** Starts `node --import tsx apps/server/src/supervise.ts` as `npm start` does, on its own port and database. */
async function supervise(env: Record<string, string>, port?: number): Promise<Supervised> {
  const p = port ?? (await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'rencai-supervise-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const extra: Record<string, string> = {};
  if (process.env.DATABASE_URL) {
    const db = await openTestDatabase({ migrate: false });
    await db.close();
    extra.DATABASE_URL = db.url!;
    cleanups.push(() => db.drop());
  }
  const { DATABASE_URL: _ignored, ...base } = process.env;
  const proc = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/supervise.ts'], {
    cwd: repo,
    env: { ...base, PORT: String(p), HOST: '127.0.0.1', RENCAI_DATA_DIR: dataDir, RENCAI_DEMO: '0', ...extra, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  let out = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  cleanups.push(async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGKILL');
      const pid = lastPid(err);
      if (pid) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  });
  return { proc, port: p, log: () => err, out: () => out, exited };
}

const lastPid = (log: string) => Number([...log.matchAll(/服务进程已启动（进程号 (\d+)）/g)].pop()?.[1] ?? 0);

async function waitFor(what: string, pred: () => boolean | Promise<boolean>, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await pred()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`等待超时：${what}`);
}

async function healthy(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

/** A POST /api/v1/calculate whose body arrives in two parts: `finish()` sends the rest. */
function slowRequest(port: number) {
  const body = Buffer.from(JSON.stringify({ date: '2023-01-01', profile: { region: 'kecheng', person: { qualifications: ['全日制博士研究生'], fullTime: true, arrivalDate: '2021-03-01' } } }));
  const socket = net.connect(port, '127.0.0.1');
  let answer = '';
  socket.on('data', (d: Buffer) => (answer += d.toString('utf8')));
  const closed = new Promise<string>((r) => {
    socket.on('close', () => r(answer));
    socket.on('error', () => {});
  });
  const connected = new Promise<void>((r) => socket.once('connect', () => r()));
  return {
    start: async () => {
      await connected;
      socket.write(`POST /api/v1/calculate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
      socket.write(body.subarray(0, 20));
    },
    finish: () => socket.write(body.subarray(20)),
    closed,
  };
}

describe('the supervised server', () => {
  it('comes back after SIGKILL; on SIGTERM finishes a slow request, cuts one past the bound, closes the database and exits 0', async () => {
    const s = await supervise({ RENCAI_SHUTDOWN_MS: '4000' });
    await waitFor('/healthz', () => healthy(s.port));
    const first = lastPid(s.log());
    expect(first).toBeGreaterThan(0);

    process.kill(first, 'SIGKILL');
    await waitFor('重启', () => lastPid(s.log()) !== first);
    await waitFor('/healthz after the restart', () => healthy(s.port));
    expect(s.log()).toMatch(/服务进程意外退出（被信号 SIGKILL 终止，运行了 [\d.]+ 秒），1 秒后重启（连续第 1 次，上限 5 次）/);

    const finishing = slowRequest(s.port);
    const abandoned = slowRequest(s.port);
    await finishing.start();
    await abandoned.start();
    await new Promise((r) => setTimeout(r, 500)); // both requests are in flight
    s.proc.kill('SIGTERM');
    await waitFor('停止中', () => s.out().includes('正在停止服务'), 20_000);
    expect(await healthy(s.port)).toBe(false); // no new connections
    finishing.finish();
    const answer = await finishing.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('"entitlements"');
    expect(await abandoned.closed).toBe(''); // cut after RENCAI_SHUTDOWN_MS without an answer
    expect(await s.exited).toBe(0);
    expect(s.out()).toContain('服务已停止，数据库已关闭');
    expect(s.log()).toContain('服务进程已停止（退出码 0）');
  }, 240_000);

  it('stops restarting after repeated quick failures, saying why, and exits 1', async () => {
    // The port is taken, so every start fails at once.
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => blocker.close(() => r())));
    const s = await supervise({ RENCAI_RESTART_LIMIT: '2' }, (blocker.address() as net.AddressInfo).port);
    expect(await s.exited).toBe(1);
    expect(s.log()).toMatch(/服务进程意外退出（退出码 1，运行了 [\d.]+ 秒），1 秒后重启（连续第 1 次，上限 2 次）/);
    expect(s.log()).toMatch(/服务进程连续 2 次在启动后 60 秒内退出（最近一次：退出码 1），判定为反复崩溃，停止重启/);
    expect([...s.log().matchAll(/服务进程已启动/g)]).toHaveLength(2);
  }, 240_000);

  it('does not retry a configuration error (exit code 2)', async () => {
    const s = await supervise({ PORT: 'not-a-port' });
    expect(await s.exited).toBe(2);
    expect(s.log()).toContain('服务进程因配置错误退出（退出码 2），不再重启');
  }, 120_000);
});
