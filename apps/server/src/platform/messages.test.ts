// In-app messages through the API: each caller reads only their own; marking read works one by one
// and all at once, never touches someone else's message, and bad ids get a Chinese error naming them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Client, type Harness } from './harness.js';

interface Msg {
  id: number;
  text: string;
  read: boolean;
}

let h: Harness;
let talent: Client;
let leader: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 12 });
  talent = await h.login('talent');
  leader = await h.login('leader');
  // The overdue job escalates the demo's late application to the leaders: their first messages.
  expect((await (await h.login('admin')).req('POST', '/api/v1/admin/overdue')).statusCode).toBe(200);
}, 120_000);
afterAll(async () => h?.close());

const list = async (c: Client) => (await c.req('GET', '/api/v1/messages')).json<Msg[]>();

describe('messages', () => {
  it('marks one, then all, of my messages read — and nobody else’s', async () => {
    const mine = await list(talent);
    const theirs = await list(leader);
    expect(mine.filter((m) => !m.read).length).toBeGreaterThan(1);
    expect(theirs.filter((m) => !m.read).length).toBeGreaterThan(0);
    expect(mine.filter((m) => theirs.some((t) => t.id === m.id))).toEqual([]);

    const first = mine.find((m) => !m.read)!;
    const one = await talent.req('POST', '/api/v1/messages/read', { ids: [first.id] });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual({ marked: 1 });
    const after = await list(talent);
    expect(after.find((m) => m.id === first.id)!.read).toBe(true);
    expect(after.filter((m) => !m.read).length).toBe(mine.filter((m) => !m.read).length - 1);
    // Marking it again changes nothing; someone else's id is ignored and stays unread.
    expect((await talent.req('POST', '/api/v1/messages/read', { ids: [first.id] })).json()).toEqual({ marked: 0 });
    const other = theirs.find((m) => !m.read)!;
    expect((await talent.req('POST', '/api/v1/messages/read', { ids: [other.id] })).json()).toEqual({ marked: 0 });
    expect((await list(leader)).find((m) => m.id === other.id)!.read).toBe(false);

    const all = await talent.req('POST', '/api/v1/messages/read', {});
    expect(all.json()).toEqual({ marked: mine.filter((m) => !m.read).length - 1 });
    expect((await list(talent)).every((m) => m.read)).toBe(true);
    expect((await list(leader)).filter((m) => !m.read).length).toBe(theirs.filter((m) => !m.read).length);
  });

  it('refuses bad ids with the field named, in Chinese, and needs a session', async () => {
    const bad = await talent.req('POST', '/api/v1/messages/read', { ids: [1, 'x'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ path: 'ids[1]', message: '消息编号应为正整数' }] });
    const empty = await talent.req('POST', '/api/v1/messages/read', { ids: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('ids');
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/messages/read', payload: {} })).statusCode).toBe(401);
  });
});
