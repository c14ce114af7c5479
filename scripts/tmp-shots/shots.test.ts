import { afterAll, beforeAll, it, vi } from 'vitest';
import { DESKTOP, PHONE, startJourney } from '../../apps/web/e2e/harness';
vi.setConfig({ testTimeout: 120_000 });
let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => { j = await startJourney(20); }, 180_000);
afterAll(async () => j?.close());
it('shots', async () => {
  const shots: Array<[string, string, string, (p: import('playwright-core').Page) => Promise<void>]> = [
    ['talent', '/talent?tab=services', 'talent', async () => {}],
    ['partner_school', '/services/partner', 'school', async () => {}],
    ['partner_hospital', '/services/partner', 'hospital', async () => {}],
    ['partner_bank', '/services/partner', 'bank', async () => {}],
    ['clerk_city', '/services', 'office-schooling', async () => {}],
    ['clerk_city', '/services', 'office-vouchers', async (p) => { await p.getByRole('tab', { name: '教育券' }).click(); }],
    ['clerk_kecheng', '/services', 'office-recommend', async (p) => { await p.getByRole('tab', { name: '县（市、区）推荐' }).click(); }],
  ];
  for (const [user, path, name, act] of shots) for (const [vname, vp] of [['1280', DESKTOP], ['390', PHONE]] as const) {
    const page = await j.signedIn(user, vp);
    await page.goto(`${j.base}${path}`);
    await page.waitForTimeout(1200);
    await act(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/inkind-shots/${name}-${vname}.png`, fullPage: true });
    await page.context().close();
  }
  console.log('errors', j.pageErrors);
});
