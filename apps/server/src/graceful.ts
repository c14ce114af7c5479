// Graceful stop of the server process on SIGTERM (from the supervisor or a service manager) or
// Ctrl+C: no new connections, new requests on open connections answered 503 in Chinese, requests in
// flight allowed to finish within a bound (then their connections are cut), the scheduled jobs
// stopped (no new run starts; a run in progress may finish within the same bound — one cut short is
// taken up again by its retry), the database closed, exit 0. Messages in Chinese on stdout.

import type { FastifyInstance } from 'fastify';

/** How long requests in flight may take to finish once a stop is asked for (RENCAI_SHUTDOWN_MS). */
export function shutdownBoundMs(env = process.env.RENCAI_SHUTDOWN_MS): number {
  const n = Number(env);
  return env !== undefined && Number.isFinite(n) && n >= 0 ? n : 10_000;
}

/**
 * Stops `app` gracefully on SIGTERM or SIGINT, and with it `stopJobs` (the scheduler, given the same
 * bound), then runs `closeDatabase` and exits 0 (1 if closing failed). A second signal while
 * stopping is ignored: the bound already applies.
 */
export function stopGracefullyOnSignals(app: FastifyInstance, closeDatabase: () => Promise<void>, boundMs = shutdownBoundMs(), stopJobs: (boundMs: number) => Promise<void> = async () => undefined): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`收到 ${signal}，正在停止服务：不再接受新请求，等待处理中的请求完成（最长 ${boundMs / 1000} 秒）……\n`);
    const force = setTimeout(() => {
      process.stdout.write(`处理中的请求超过 ${boundMs / 1000} 秒仍未完成，断开其连接\n`);
      app.server.closeAllConnections();
    }, boundMs);
    force.unref();
    Promise.all([app.close(), stopJobs(boundMs)])
      .then(async () => {
        clearTimeout(force);
        await closeDatabase();
        process.stdout.write('服务已停止，数据库已关闭\n');
        process.exit(0);
      })
      .catch((e: unknown) => {
        process.stderr.write(`停止服务时出错：${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
