// Per-address request limits of the routes anyone may call without signing in (the calculator,
// the policy browser and its catalogues) and of the budget simulation, and which proxy addresses
// to trust for the caller's address. A caller over the limit gets a Chinese 429 with Retry-After.
//
// Counted in each server's memory, on purpose: with several servers on one database each protects
// its own capacity (N servers allow N times the requests, as they have N times the capacity), and a
// count in the database would add a write to every public request on the one thing they all share.
// What must hold across servers is in the database: failed sign-ins and lock-outs (login_failures),
// and one simulation at a time (an advisory lock, routes/simulation.ts). docs/platform.md, 多台服务器.

import type { RateLimitOptions } from '@fastify/rate-limit';

/** Requests per minute per address on the public routes unless RENCAI_RATE_LIMIT says otherwise. */
export const DEFAULT_PUBLIC_PER_MINUTE = 300;
/** Simulation requests per minute per address (one runs at a time and holds every core). */
export const SIMULATIONS_PER_MINUTE = 20;

export interface PublicLimits {
  calculate: RateLimitOptions | false;
  browse: RateLimitOptions | false;
  simulate: RateLimitOptions | false;
}

/**
 * The limits for `perMinute` requests a minute per address (undefined: RENCAI_RATE_LIMIT, else the
 * default); 0 turns them off (load tests). Browsing the catalogues is cheap and gets twice as many.
 */
export function publicRateLimit(perMinute?: number): PublicLimits {
  const env = process.env.RENCAI_RATE_LIMIT;
  const n = perMinute ?? (env !== undefined && /^\d+$/.test(env.trim()) ? Number(env) : DEFAULT_PUBLIC_PER_MINUTE);
  if (n === 0) return { calculate: false, browse: false, simulate: false };
  return {
    calculate: { max: n, timeWindow: '1 minute' },
    browse: { max: 2 * n, timeWindow: '1 minute' },
    simulate: { max: Math.min(n, SIMULATIONS_PER_MINUTE), timeWindow: '1 minute' },
  };
}
