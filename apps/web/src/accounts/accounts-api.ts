// API calls for accounts: changing one's own password, and the administrator's list of accounts
// with disabling and re-enabling and the staff id linked for the government identity service (the same JSON as GET/POST /api/v1/admin/users…).
import { json, request, type Page, type Role } from '../api';

export interface Account {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  region: string;
  regionName: string;
  department: string | null;
  mustChangePassword: boolean;
  demo: boolean;
  disabled: boolean;
  disabledAt: string | null;
  disableReason: string | null;
  createdAt: string;
  /** The staff id of the government identity service this account signs in as (null: not linked). */
  oidcStaffId: string | null;
}

export const accountsApi = {
  changePassword: (currentPassword: string, newPassword: string) =>
    request<{ ok: boolean; mustChangePassword: boolean; sessionsEnded: number }>('/api/v1/auth/password', json('POST', { currentPassword, newPassword })),
  users: (q: string, page: number) => request<Page<Account>>(`/api/v1/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page), pageSize: '20' }).toString()}`),
  disable: (id: number, reason: string) => request<{ ok: boolean; sessionsEnded: number }>(`/api/v1/admin/users/${id}/disable`, json('POST', { reason })),
  linkStaffId: (id: number, staffId: string | null) => request<{ ok: boolean; sessionsEnded: number }>(`/api/v1/admin/users/${id}/oidc-link`, json('POST', { staffId })),
  enable: (id: number) => request<{ ok: boolean }>(`/api/v1/admin/users/${id}/enable`, json('POST', {})),
};
