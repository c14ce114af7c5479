// In-app messages: a user's list and marking them read.

import type { FastifyInstance } from 'fastify';
import * as P from '@rencai/platform';
import { routeMaker, TAGS } from './kit.js';

export function messagesRoutes(app: FastifyInstance, p: P.Platform): void {
  const route = routeMaker(app, p);
  route('GET', '/api/v1/messages', TAGS.applications, '站内消息', (c) => P.listMessages(p, c));
  route('POST', '/api/v1/messages/read', TAGS.applications, '标为已读（ids：消息编号数组；不传则全部标为已读）', (c, req) => P.markMessagesRead(p, c, req.body?.ids));
}
