// Failed sign-ins, counted in the database so that they hold across processes and parallel requests:
// every attempt first records itself as a failure (one INSERT, committed before the count), then
// counts what is on record; only a successful password removes it again. Ten wrong passwords sent
// at once therefore see each other, and at most the allowed number are even checked.
//
// Counted per user name as typed — whether or not such an account exists, so unknown and known
// names are treated alike and nothing tells which exist — and client address (an IPv6 address by
// its /64 network):
// - one name from one address: 5 failures an hour are free, then each further attempt waits a
//   growing delay after the last one (1, 2, 4, 8, at most 15 minutes);
// - one address, all names: at most 30 failures an hour (guessing many names from one place);
// - one name, all addresses (the ceiling): after 50 failures in an hour, only addresses that have
//   not failed on that name may still try — the owner signing in from elsewhere is not locked out.

import ipaddr from 'ipaddr.js';
import { sql } from '@rencai/store';
import { type Platform, PlatformError } from '../shared/index.js';

export const WINDOW_MS = 3600_000; // the SQL below says interval '1 hour'
export const FREE_FAILURES = 5;
const FIRST_DELAY_MS = 60_000;
const MAX_DELAY_MS = 15 * 60_000;
export const ADDRESS_CEILING = 30;
export const ACCOUNT_CEILING = 50;

/** The key an attempt is counted under: the name as typed (bounded), and the client's address. */
export function throttleKey(username: string, address: string | undefined): { username: string; address: string } {
  return { username: username.slice(0, 64), address: networkOf(address) };
}

/** A client address as counted: IPv4 as is, IPv4-mapped IPv6 as IPv4, other IPv6 by its /64. */
export function networkOf(address: string | undefined): string {
  if (!address) return 'unknown';
  if (!ipaddr.isValid(address)) return address.slice(0, 100);
  const a = ipaddr.process(address);
  if (a.kind() === 'ipv4') return a.toString();
  const parts = (a as ipaddr.IPv6).parts.slice(0, 4).map((x) => x.toString(16));
  return `${parts.join(':')}::/64`;
}

/** The delay the n-th failure on record (n ≥ FREE_FAILURES) imposes before the next attempt. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

export interface Attempt {
  id: number;
  username: string;
  address: string;
}

const tooMany = (waitMs: number) =>
  new PlatformError(429, `登录尝试过于频繁，请 ${Math.max(1, Math.ceil(waitMs / 60000))} 分钟后再试（可换用常用的网络，或联系管理员）`);

/**
 * Records an attempt (as a failure until `succeeded`) and decides whether it may go ahead; throws 429
 * (and takes the record back) when it may not. The same for every name, known or not.
 */
export async function beginAttempt(p: Platform, username: string, address: string | undefined): Promise<Attempt> {
  const key = throttleKey(username, address);
  const mine = await p.db.insertInto('login_failures').values({ username: key.username, address: key.address }).returning('id').executeTakeFirstOrThrow();
  // Times on the database's clock (the attempts are stamped with it).
  const counts = await sql<{ now: Date; pair: string; pair_last: Date | null; address_total: string; address_oldest: Date | null; name_total: string; name_oldest: Date | null }>`
    select
      now() as now,
      count(*) filter (where username = ${key.username} and address = ${key.address} and id <> ${mine.id}) as pair,
      max(at) filter (where username = ${key.username} and address = ${key.address} and id <> ${mine.id}) as pair_last,
      count(*) filter (where address = ${key.address}) as address_total,
      min(at) filter (where address = ${key.address}) as address_oldest,
      count(*) filter (where username = ${key.username}) as name_total,
      min(at) filter (where username = ${key.username}) as name_oldest
    from login_failures
    where at > now() - interval '1 hour' and (username = ${key.username} or address = ${key.address})`.execute(p.db);
  const c = counts.rows[0]!;
  const pair = Number(c.pair);
  const now = new Date(c.now).getTime();
  const ms = (d: Date | null) => (d ? new Date(d).getTime() : now);
  let wait = 0;
  if (pair >= FREE_FAILURES) wait = Math.max(wait, ms(c.pair_last) + delayAfter(pair) - now);
  if (Number(c.address_total) > ADDRESS_CEILING) wait = Math.max(wait, ms(c.address_oldest) + WINDOW_MS - now, 60_000);
  if (Number(c.name_total) > ACCOUNT_CEILING && pair > 0) wait = Math.max(wait, ms(c.name_oldest) + WINDOW_MS - now, 60_000);
  if (wait > 0) {
    // Refused without looking at the password: the refusal itself is not held against the address.
    await p.db.deleteFrom('login_failures').where('id', '=', mine.id).execute();
    throw tooMany(wait);
  }
  return { id: mine.id, ...key };
}

/** The password was right: this attempt and the earlier failures of the same name from the same address are forgotten. */
export async function succeeded(p: Platform, a: Attempt): Promise<void> {
  await p.db.deleteFrom('login_failures').where('username', '=', a.username).where('address', '=', a.address).where('id', '<=', a.id).execute();
}

/** Failures older than the window no longer count: removed (at each successful sign-in). */
export async function purgeOldFailures(p: Platform): Promise<void> {
  await sql`delete from login_failures where at < now() - interval '1 hour'`.execute(p.db);
}
