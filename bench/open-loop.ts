// An open-loop, constant-rate load generator for the HTTP benchmark (run as its own process):
// one request every 1000/rate ms, spread over keep-alive connections, each request's latency
// measured from the moment it was due to be sent (so a stalled server is charged for the requests
// it delayed, without autocannon's per-second bursts or its 1 ms-interval phantom samples).
// Usage: tsx bench/open-loop.ts URL RATE SECONDS BODY_FILE [CONNECTIONS] → one JSON line on stdout.

import http from 'node:http';
import { readFileSync } from 'node:fs';

const [url, rateArg, secondsArg, bodyFile, connArg] = process.argv.slice(2);
if (!url || !rateArg || !secondsArg || !bodyFile) throw new Error('usage: open-loop.ts URL RATE SECONDS BODY_FILE [CONNECTIONS]');
const rate = Number(rateArg);
const seconds = Number(secondsArg);
const body = readFileSync(bodyFile);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connArg ?? 32) });
const target = new URL(url);

function send(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(rateNow: number, secs: number, record: boolean) {
  const latencies: number[] = [];
  let ok = 0;
  let bad = 0;
  let errors = 0;
  const total = Math.round(rateNow * secs);
  const interval = 1000 / rateNow;
  const start = performance.now();
  let next = 0;
  const pending: Array<Promise<void>> = [];
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        const due = start + next * interval;
        next++;
        pending.push(
          send().then(
            (status) => {
              if (status >= 200 && status < 300) ok++;
              else bad++;
              if (record) latencies.push(performance.now() - due);
            },
            () => {
              errors++;
            },
          ),
        );
      }
      if (next < total) setTimeout(tick, Math.max(0, start + next * interval - performance.now() - 0.2));
      else done();
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { p50: pct(50), p90: pct(90), p99: pct(99), max: latencies[latencies.length - 1] ?? NaN, rate: (ok + bad) / elapsed, ok, bad, errors };
}

await run(Math.min(rate, 200), 2, false); // warm-up
const r = await run(rate, seconds, true);
process.stdout.write(`${JSON.stringify(r)}\n`);
agent.destroy();
