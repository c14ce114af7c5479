// Which reverse proxy to believe (RENCAI_TRUST_PROXY): unset, nobody — the client address is the
// connection's and the protocol is the server's own; a number, that many proxy hops; otherwise a
// comma-separated list of the proxies' addresses or networks (e.g. 127.0.0.1,10.0.0.0/8). Behind a
// trusted proxy, X-Forwarded-For gives the client address (sign-in failures are counted per address)
// and X-Forwarded-Proto the protocol (the session cookie is Secure over HTTPS).

export function trustProxySetting(value = process.env.RENCAI_TRUST_PROXY): boolean | string[] | ((address: string, hop: number) => boolean) {
  const v = (value ?? '').trim();
  if (!v || v === '0' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^[1-9][0-9]?$/.test(v)) {
    const hops = Number(v);
    return (_address: string, hop: number) => hop < hops;
  }
  return v.split(',').map((x) => x.trim()).filter(Boolean);
}
