// Chinese answers for the errors Fastify and Node's HTTP parser raise before any route runs: a bad
// %-escape or an over-long path parameter (frameworkErrors), and a request line the parser refuses
// — unencoded Chinese in the address, headers too large, a timed-out request (clientErrorHandler).
// Same {error, errors} shape as every other error; the request's own text is never echoed.

import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

const body = (error: string) => ({ error, errors: [] as Array<{ path: string; message: string }> });

/** Errors of Fastify's router (the route was not reached). */
export function frameworkErrors(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  switch (err.code) {
    case 'FST_ERR_BAD_URL':
      void reply.status(400).send(body('网址格式有误：含有无效的 % 编码'));
      return;
    case 'FST_ERR_MAX_PARAM_LENGTH':
      void reply.status(414).send(body('网址过长：路径中的编号或名称超过长度上限'));
      return;
    default:
      void reply.status(400).send(body('请求无法处理'));
  }
}

/** Status and Chinese message for a request Node's HTTP parser refused. */
export function parserError(err: NodeJS.ErrnoException): { status: number; label: string; error: string } {
  switch (err.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, label: 'Request Timeout', error: '请求超时：未在限定时间内收到完整的请求' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, label: 'Request Header Fields Too Large', error: '网址或请求头过长' };
    case 'HPE_INVALID_URL':
      return { status: 400, label: 'Bad Request', error: '网址中含有未编码的字符（如中文或空格），请先进行 URL 编码（如 encodeURIComponent）' };
    default:
      return { status: 400, label: 'Bad Request', error: '请求格式有误，无法解析' };
  }
}

/** Answers a request the HTTP parser refused, then closes the connection (as Node does). */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const { status, label, error } = parserError(err);
    const json = JSON.stringify(body(error));
    socket.write(`HTTP/1.1 ${status} ${label}\r\nContent-Type: application/json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`);
  }
  socket.destroy(err);
}
