// The production start (`npm start` → scripts/start.sh): runs the server (main.ts) as a child process
// and keeps it up. A child that exits unasked — a crash, an out-of-memory kill — is started again
// after a back-off (1 s, 2 s, 4 s … at most 30 s); RENCAI_RESTART_LIMIT (default 5) exits in a row
// each within a minute of starting is a crash loop: the supervisor stops, saying so, and exits 1.
// A configuration error (exit code 2, e.g. a bad PORT) is not retried. SIGTERM or Ctrl+C is passed
// on to the server, which finishes its requests and closes the database; the supervisor then exits
// with the server's code. Every event is logged in Chinese with the time in China Standard Time.

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A run shorter than this that ends in an exit counts towards the crash loop. */
export const QUICK_EXIT_MS = 60_000;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const limit = Math.max(1, Number(process.env.RENCAI_RESTART_LIMIT ?? 5) || 5);
const shutdownMs = Number(process.env.RENCAI_SHUTDOWN_MS ?? 10_000) || 10_000;

const stamp = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const log = (message: string) => process.stderr.write(`[${stamp.format(new Date())} 守护进程] ${message}\n`);

let child: ChildProcess | undefined;
let stopping = false;
let quickExits = 0;
let delay = FIRST_DELAY_MS;
let restartTimer: NodeJS.Timeout | undefined;

function start(): void {
  const startedAt = Date.now();
  // The same Node options as this process (--import tsx, --single-threaded-gc), the same arguments and environment.
  const c = spawn(process.execPath, [...process.execArgv, MAIN, ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
  child = c;
  log(`服务进程已启动（进程号 ${c.pid}）`);
  c.on('exit', (code, signal) => {
    child = undefined;
    const how = signal ? `被信号 ${signal} 终止` : `退出码 ${code}`;
    if (stopping) {
      log(`服务进程已停止（${how}）`);
      process.exit(code ?? 1);
    }
    if (code === 2) {
      log(`服务进程因配置错误退出（${how}），不再重启；请按上面的提示修改配置后重新运行 npm start`);
      process.exit(2);
    }
    const ranMs = Date.now() - startedAt;
    if (ranMs < QUICK_EXIT_MS) quickExits += 1;
    else {
      quickExits = 1;
      delay = FIRST_DELAY_MS;
    }
    if (quickExits >= limit) {
      log(`服务进程连续 ${quickExits} 次在启动后 ${QUICK_EXIT_MS / 1000} 秒内退出（最近一次：${how}），判定为反复崩溃，停止重启。请查看上面的错误信息，排除问题后重新运行 npm start`);
      process.exit(1);
    }
    log(`服务进程意外退出（${how}，运行了 ${(ranMs / 1000).toFixed(1)} 秒），${delay / 1000} 秒后重启（连续第 ${quickExits} 次，上限 ${limit} 次）`);
    restartTimer = setTimeout(start, delay);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  });
}

function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  if (restartTimer) clearTimeout(restartTimer);
  if (!child) {
    log(`收到 ${signal}，服务进程未在运行，退出`);
    process.exit(0);
  }
  log(`收到 ${signal}，通知服务进程停止（处理中的请求最多再等 ${shutdownMs / 1000} 秒）`);
  child.kill('SIGTERM');
  // The server cuts its own connections after the bound; this is the last resort if it cannot exit.
  setTimeout(() => {
    log('服务进程未能按时停止，强制结束');
    child?.kill('SIGKILL');
    process.exit(1);
  }, shutdownMs + 10_000).unref();
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);
start();
