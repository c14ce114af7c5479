// A quick walk over a parsed JSON body before schema validation: a list longer, an object wider or a
// nesting deeper than any valid request could be is refused at once (Chinese 400 naming the place
// and the limit), so that validation, which reports every bad item, only ever sees bounded input.

import type { FastifyRequest } from 'fastify';
import { InputError } from '@rencai/services';

export interface BodyBounds {
  /** Longest list anywhere in the body. */
  items: number;
  /** Most fields of one object. */
  fields: number;
  /** Deepest nesting of lists and objects. */
  depth: number;
}

const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key.length > 64 ? `${key.slice(0, 64)}…` : key}` : key);

/** The first place where `value` exceeds `bounds`, as {path, message}; undefined when within them. */
export function exceeded(value: unknown, bounds: BodyBounds, path = '', depth = 0): { path: string; message: string } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const where = path || '(请求体)';
  if (depth >= bounds.depth) return { path: where, message: `嵌套层数过多（超过 ${bounds.depth} 层）` };
  if (Array.isArray(value)) {
    if (value.length > bounds.items) return { path: where, message: `列表过长（超过 ${bounds.items} 项）` };
    for (let i = 0; i < value.length; i++) {
      const e = exceeded(value[i], bounds, at(path, i), depth + 1);
      if (e) return e;
    }
    return undefined;
  }
  const keys = Object.keys(value);
  if (keys.length > bounds.fields) return { path: where, message: `字段过多（超过 ${bounds.fields} 个）` };
  for (const k of keys) {
    const e = exceeded((value as Record<string, unknown>)[k], bounds, at(path, k), depth + 1);
    if (e) return e;
  }
  return undefined;
}

/** A preValidation hook refusing bodies beyond `bounds`. */
export function boundBody(bounds: BodyBounds) {
  return async (req: FastifyRequest): Promise<void> => {
    const e = exceeded(req.body, bounds);
    if (e) throw new InputError([e]);
  };
}
