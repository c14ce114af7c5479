// JSON text → value, with a Chinese error that says where the text goes wrong (line and column),
// for profile files, JSON-lines rows and request bodies alike.

import { InputError } from './errors.js';

/** Where a JSON.parse message points ("… at position 12"), as 1-based line and column. */
export function jsonErrorWhere(text: string, message: string): { line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(message);
  if (!m) return undefined;
  const before = text.slice(0, Number(m[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

export function jsonSyntaxMessage(text: string, e: unknown): string {
  if (text.trim() === '') return '内容为空，应为 JSON';
  const where = jsonErrorWhere(text, e instanceof Error ? e.message : '');
  if (where) return `不是有效的 JSON（第 ${where.line} 行第 ${where.column} 列附近有语法错误）`;
  return /end of JSON/i.test(e instanceof Error ? e.message : '') ? '不是有效的 JSON（内容不完整，缺少结尾的括号或引号）' : '不是有效的 JSON';
}

export function parseJsonText(text: string, path: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(clean);
  } catch (e) {
    throw new InputError([{ path, message: jsonSyntaxMessage(clean, e) }]);
  }
}
