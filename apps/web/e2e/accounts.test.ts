// Accounts in Chromium against the real platform (fresh in-memory database, demo accounts): an
// account the administrator set up must change its password at first sign-in — every page leads to
// the change-password form until it is done, mistakes are named under their fields — and then goes
// on to its page; the administrator disables the account on the accounts page (its session ends, it
// cannot sign in) and enables it again.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, PHONE, launchChromium, startPlatformServer } from './harness';

vi.setConfig({ testTimeout: 90_000 });

let server: Awaited<ReturnType<typeof startPlatformServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startPlatformServer(20);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

async function newPage(viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${server.base}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** The administrator sets up an account through the API (as the accounts API would be scripted). */
async function createAccount(username: string, password: string): Promise<void> {
  const login = await fetch(`${server.base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${server.base}/api/v1/admin/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ username, password, displayName: '新来的经办', role: 'clerk', region: 'kecheng', department: 'talent_office' }),
  });
  expect(res.status).toBe(201);
}

const fieldError = (page: Page, testId: string) => page.locator('.ant-form-item', { has: page.getByTestId(testId) }).locator('.ant-form-item-explain-error');

describe('accounts in Chromium', () => {
  let clerk: Page;

  it('first sign-in of an account the administrator set up: the password must be changed before anything else', async () => {
    await createAccount('clerk_new', 'Given-by-admin-1');
    clerk = await newPage(PHONE);
    await signIn(clerk, 'clerk_new', 'Given-by-admin-1');
    await clerk.waitForURL(/\/account\/password/);
    await clerk.getByTestId('must-change').waitFor();
    expect(await clerk.getByTestId('must-change').textContent()).toContain('请先修改密码');
    // Any other page leads back here.
    await clerk.goto(`${server.base}/workbench`);
    await clerk.waitForURL(/\/account\/password\?next=%2Fworkbench$/);
    await clerk.getByTestId('change-password').waitFor();

    // Checked as typed, then the API's verdict under the field it concerns.
    await clerk.getByTestId('pw-currentPassword').fill('Given-by-admin-1');
    await clerk.getByTestId('pw-newPassword').fill('short');
    await fieldError(clerk, 'pw-newPassword').waitFor();
    expect(await fieldError(clerk, 'pw-newPassword').textContent()).toBe('密码至少 10 位');
    await clerk.getByTestId('pw-newPassword').fill('My-own-secret-42');
    await clerk.getByTestId('pw-confirm').fill('My-own-secret-43');
    await fieldError(clerk, 'pw-confirm').waitFor();
    expect(await fieldError(clerk, 'pw-confirm').textContent()).toBe('两次输入的新密码不一致');
    await clerk.getByTestId('pw-confirm').fill('My-own-secret-42');
    await clerk.getByTestId('pw-currentPassword').fill('not-the-one-given');
    await clerk.getByTestId('pw-submit').click();
    await fieldError(clerk, 'pw-currentPassword').waitFor();
    expect(await fieldError(clerk, 'pw-currentPassword').textContent()).toBe('当前密码不正确');
    await clerk.getByTestId('pw-currentPassword').fill('Given-by-admin-1');
    await clerk.getByTestId('pw-newPassword').fill(DEMO_PASSWORD);
    await clerk.getByTestId('pw-confirm').fill(DEMO_PASSWORD);
    await clerk.getByTestId('pw-submit').click();
    await fieldError(clerk, 'pw-newPassword').waitFor();
    expect(await fieldError(clerk, 'pw-newPassword').textContent()).toBe('不能使用公开的演示密码');

    await clerk.getByTestId('pw-newPassword').fill('My-own-secret-42');
    await clerk.getByTestId('pw-confirm').fill('My-own-secret-42');
    await clerk.getByTestId('pw-submit').click();
    await clerk.waitForURL(/\/workbench$/);
    await clerk.getByTestId('workbench').waitFor();
    await clerk.reload();
    await clerk.getByTestId('workbench').waitFor();
    expect(clerk.url()).toMatch(/\/workbench$/);
  });

  it('the administrator disables the account on the accounts page: its session ends and it cannot sign in; enabled again, it can', async () => {
    const admin = await newPage(DESKTOP);
    await signIn(admin, 'admin', DEMO_PASSWORD);
    await admin.waitForURL(/\/workbench$/);
    await admin.getByTestId('nav-group-manage').click();
    await admin.getByTestId('nav-accounts').click();
    await admin.waitForURL(/\/admin\/accounts$/);
    await admin.getByTestId('accounts-search').locator('input').fill('clerk_new');
    await admin.getByTestId('accounts-search').locator('input').press('Enter');
    const row = admin.getByTestId('account-clerk_new');
    await row.waitFor();
    expect(await row.getByTestId('account-status').textContent()).toBe('正常');
    await row.getByTestId('account-disable').click();
    await admin.getByTestId('disable-confirm').click();
    await admin.locator('.ant-modal .ant-form-item-explain-error').waitFor();
    expect(await admin.locator('.ant-modal .ant-form-item-explain-error').textContent()).toBe('请填写停用理由');
    await admin.getByTestId('disable-reason').fill('调离');
    await admin.getByTestId('disable-confirm').click();
    await row.getByTestId('account-status').getByText('已停用：调离').waitFor();

    // The clerk's open session is over; signing in again is refused with the reason.
    await clerk.reload();
    await clerk.waitForURL(/\/login/);
    await signIn(clerk, 'clerk_new', 'My-own-secret-42');
    await clerk.getByTestId('login-error').waitFor();
    expect(await clerk.getByTestId('login-error').textContent()).toContain('该账号已停用');

    await row.getByTestId('account-enable').click();
    await row.getByTestId('account-status').getByText('正常').waitFor();
    await signIn(clerk, 'clerk_new', 'My-own-secret-42');
    await clerk.waitForURL(/\/workbench$/);
    expect(pageErrors).toEqual([]);
  });
});
