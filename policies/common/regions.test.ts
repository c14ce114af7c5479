// The region list's administrative codes: an ID number's address code finds its county.
import { describe, expect, it } from 'vitest';
import { REGIONS, regionOfAdminCode } from './regions.js';

describe('regions', () => {
  it('finds the county of an address code and of a longer township code', () => {
    expect(regionOfAdminCode('330824199001011234')?.name).toBe('开化县');
    expect(regionOfAdminCode('331023101')?.code).toBe('tiantai');
    expect(regionOfAdminCode('331081')?.name).toBe('温岭市');
    expect(regionOfAdminCode('331083')?.name).toBe('玉环市');
  });
  it('counts an unlisted code of Quzhou as the city level and a code elsewhere as none', () => {
    expect(regionOfAdminCode('330801')?.code).toBe('quzhou_city');
    expect(regionOfAdminCode('331004')).toBeUndefined();
    expect(regionOfAdminCode('110101')).toBeUndefined();
  });
  it('gives every administrative division a six-digit code, unique', () => {
    const codes = REGIONS.flatMap((r) => (r.adminCode ? [r.adminCode] : []));
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
