// Paging of lists: a page of items with the total, and the page arguments of a query checked
// (page ≥ 1, 1–200 per page, 20 unless asked).

import { fieldError } from './errors.js';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageArgs(page: unknown, pageSize: unknown): { page: number; pageSize: number } {
  const pg = page === undefined ? 1 : Number(page);
  const ps = pageSize === undefined ? 20 : Number(pageSize);
  if (!Number.isInteger(pg) || pg < 1) throw fieldError('page', '页码应为正整数');
  if (!Number.isInteger(ps) || ps < 1 || ps > 200) throw fieldError('pageSize', '每页条数应为 1–200 的整数');
  return { page: pg, pageSize: ps };
}
