// Signing in through the government's identity provider in Chromium: the sign-in page offers the
// button only when the server has it on; a talent signs in at a real OpenID Connect provider (on
// another site: localhost against 127.0.0.1) and lands in their portal signed in; signing out leaves
// for the provider's sign-out; a clerk the administrator linked to a staff id on the accounts page
// signs in into the workbench; a person with no account comes back to the sign-in page with the
// Chinese reason.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { OidcSettings } from '@rencai/platform';
import { startHarness, type Harness } from '../../server/src/platform/harness.js';
import { startIdentityProvider, type IdentityProvider } from '../../server/src/platform/identity-provider.js';
import { DEMO_PASSWORD, DESKTOP, launchChromium } from './harness';

vi.setConfig({ testTimeout: 90_000 });

const PEOPLE: Record<string, Record<string, string>> = { 'zlb-citizen-2': { name: '陌生人', id_number: '330802199003079513' }, 'zzd-staff-7': { name: '经办人', staff_id: 'ZZD-0007' } };
let h: Harness;
let idp: IdentityProvider;
let base: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  execFileSync('sh', ['scripts/build-web.sh'], { cwd: fileURLToPath(new URL('../../..', import.meta.url)), stdio: 'inherit' });
  // The callback's address is known once the server listens: the settings are completed before first use.
  const settings: OidcSettings = { issuer: '', clientId: 'rencai', clientSecret: '', redirectUrl: '', label: '使用浙里办 / 政务身份登录', scope: 'openid rencai', idNumberClaim: 'id_number', staffIdClaim: 'staff_id' };
  h = await startHarness({ persons: 5, oidc: settings });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const address = h.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  settings.redirectUrl = `${base}/api/v1/auth/oidc/callback`;
  idp = await startIdentityProvider({ host: 'localhost', redirectUris: [settings.redirectUrl], people: PEOPLE });
  Object.assign(settings, { issuer: idp.issuer, clientId: idp.client.id, clientSecret: idp.client.secret });
  const talent = await h.p.db.selectFrom('users').select('person_id').where('username', '=', 'talent').executeTakeFirstOrThrow();
  const person = await h.p.db.selectFrom('persons').select('id_enc').where('id', '=', talent.person_id!).executeTakeFirstOrThrow();
  PEOPLE['zlb-citizen-1'] = { name: '演示人才', id_number: h.p.vault.decrypt(person.id_enc) };
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await h?.close();
  await idp?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

/** From rencai's sign-in page to the provider's form, signed in there as `who`. */
async function viaProvider(page: Page, who: string) {
  await page.goto(`${base}/login`);
  const button = page.getByTestId('login-oidc');
  await button.waitFor();
  expect(await button.textContent()).toContain('使用浙里办 / 政务身份登录');
  await button.click();
  await page.waitForURL((u) => u.href.startsWith(idp.issuer));
  await page.locator('input[name=login]').fill(who);
  await page.locator('input[name=password]').fill('any');
  await page.locator('button[type=submit]').click();
}

describe('sign-in through the identity provider in Chromium', () => {
  it('a talent signs in at the provider and lands in their portal, signed in; signing out leaves for the provider', async () => {
    const page = await newPage();
    await viaProvider(page, 'zlb-citizen-1');
    await page.waitForURL(`${base}/talent`);
    await page.getByTestId('logout').waitFor();
    await page.reload();
    await page.getByTestId('logout').waitFor();
    expect(page.url()).toBe(`${base}/talent`);

    await page.getByTestId('logout').click();
    await page.waitForURL((u) => u.href.startsWith(`${idp.issuer}/session/end`));
    const me = await page.request.get(`${base}/api/v1/auth/me`);
    expect(me.status()).toBe(401);
  });

  it('the administrator links a clerk to a staff id on the accounts page; that staff member then signs in at the provider into the workbench', async () => {
    const admin = await newPage();
    await admin.goto(`${base}/login`);
    await admin.locator('#username').fill('admin');
    await admin.locator('#password').fill(DEMO_PASSWORD);
    await admin.getByTestId('login-submit').click();
    await admin.waitForURL(/\/workbench$/);
    await admin.goto(`${base}/admin/accounts`);
    await admin.getByTestId('accounts-search').locator('input').fill('clerk_kecheng');
    await admin.getByTestId('accounts-search').locator('input').press('Enter');
    const row = admin.getByTestId('account-clerk_kecheng');
    await row.getByTestId('account-link').click();
    await admin.getByTestId('staff-id').fill('ZZD-0007');
    await admin.getByTestId('link-confirm').click();
    await row.getByTestId('account-link').getByText('ZZD-0007').waitFor();

    const staff = await newPage();
    await viaProvider(staff, 'zzd-staff-7');
    await staff.waitForURL(`${base}/workbench`);
    const me = (await (await staff.request.get(`${base}/api/v1/auth/me`)).json()) as { user: { username: string } };
    expect(me.user.username).toBe('clerk_kecheng');
  });

  it('a person with no account comes back to the sign-in page with the reason, signed out', async () => {
    const page = await newPage();
    await viaProvider(page, 'zlb-citizen-2');
    await page.waitForURL(`${base}/login?oidcError=unlinked`);
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain('未找到与该身份关联的账号，请联系人才办开通');
    expect((await page.request.get(`${base}/api/v1/auth/me`)).status()).toBe(401);
    expect(pageErrors).toEqual([]);
  });
});
