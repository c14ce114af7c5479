// Who is calling, and what they may see: every query in the platform is scoped by this, in the
// data layer. City-level staff (衢州市本级) see the whole city; county staff their own county;
// talents their own record; employers' HR their organisation and the talents it employs.

import { REGIONS } from '@rencai/policies';
import type { Role } from '@rencai/store';
import { forbidden } from './errors.js';

export interface Caller {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  region: string;
  department: string | null;
  personId: number | null;
  employerId: number | null;
}

export const ROLE_LABELS: Record<Role, string> = {
  talent: '人才',
  employer: '用人单位经办人',
  clerk: '人才办经办人员',
  reviewer: '联审部门审核人员',
  leader: '领导',
  admin: '系统管理员',
  unit_reporter: '责任单位填报员',
  unit_head: '责任单位负责人',
  partner_verifier: '合作单位核验员',
  enterprise: '企业账号',
  helper: '帮扶工作人员',
};

const CITY_LEVEL: Record<string, string> = { quzhou_city: 'quzhou' };

/** The regions whose staff oversee `region`: its own and its city's level (衢州市本级 for a 衢州 county), as visibleRegions grants them; a city with no city-level region on the platform (台州) adds none. */
export function overseeingRegions(region: string): string[] {
  const city = REGIONS.find((r) => r.code === region)?.city;
  const level = Object.keys(CITY_LEVEL).find((code) => CITY_LEVEL[code] === city);
  return level && level !== region ? [region, level] : [region];
}

/** Regions whose records a staff caller may see; [] for talents, employers and enterprises (scoped by owner), for community helpers (scoped by their communities, in the employment-help module only), for work-list units (scoped by their unit, in the work-list module only) and for partners' verifiers (who see only what a card shows). */
export function visibleRegions(c: Caller): string[] {
  if (c.role === 'talent' || c.role === 'employer' || c.role === 'partner_verifier' || c.role === 'enterprise' || c.role === 'helper' || isUnitRole(c)) return [];
  if (c.role === 'admin') return REGIONS.map((r) => r.code);
  const city = CITY_LEVEL[c.region];
  return city ? REGIONS.filter((r) => r.city === city).map((r) => r.code) : [c.region];
}

/** A work-list unit's reporter or head: sees only the work list, and only the unit's own items. */
export const isUnitRole = (c: Pick<Caller, 'role'>): boolean => c.role === 'unit_reporter' || c.role === 'unit_head';

export const isStaff = (c: Caller): boolean => c.role === 'clerk' || c.role === 'reviewer' || c.role === 'leader' || c.role === 'admin';

export function requireRole(c: Caller, roles: Role[], what: string): void {
  if (!roles.includes(c.role)) throw forbidden(`${ROLE_LABELS[c.role]}不能${what}`);
}

/** Roles allowed to see full ID numbers and phones (on request, audited). */
export const mayReveal = (c: Caller): boolean => c.role === 'clerk' || c.role === 'admin';
