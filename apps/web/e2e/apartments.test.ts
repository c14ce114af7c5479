// Browser journey of 人才公寓 (Debian's Chromium against the real platform on a fresh in-memory
// database, fixed date 2026-11-23): the demo talent applies on a 390 px phone; joint review and
// approval are seeded through the API to keep it short; the housing bureau's clerk sees the talent
// at the head of the waiting list at 1280 px and offers a unit; the talent sees the unit and accepts it.
// And 椒江's 人才房票: the demo's 椒江 talent sees the voucher the 房票联审 issued on a phone, the registered
// seller redeems it on a phone, the district's clerk sees it redeemed at 1280 px.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as P from '@rencai/platform';
import { PHONE, startJourney } from './harness';
import { layoutProblems } from './layout';
import { axeViolations, describeViolations } from './a11y';

vi.setConfig({ testTimeout: 60_000 });

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(10);
}, 180_000);
afterAll(async () => j?.close());

describe('a talent applies for 人才公寓 and is allocated one', () => {
  it('applies on a phone, is put on the list, is offered a unit by the housing clerk and accepts it', async () => {
    const talent = await j.signedIn('talent', PHONE);
    await talent.goto(`${j.base}/talent?tab=apartment`);
    await talent.getByTestId('apartment-apply').click();
    await talent.getByTestId('apartment-application').waitFor();
    expect(await talent.getByTestId('apartment-application').innerText()).toContain('人才公寓申租');

    // Joint review and approval through the API.
    const [clerk, housing] = await Promise.all([j.h.login('clerk_city'), j.h.login('review_housing')]);
    const apps = (await clerk.req('GET', '/api/v1/applications?matter=talent_apartment')).json<{ items: Array<{ id: number }> }>();
    const id = apps.items[0]!.id;
    expect((await clerk.req('POST', `/api/v1/applications/${id}/accept`)).statusCode).toBe(200);
    expect((await clerk.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);
    expect((await housing.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);
    expect((await clerk.req('POST', `/api/v1/applications/${id}/approve`)).statusCode).toBe(200);
    expect((await housing.req('POST', '/api/v1/apartments', { region: 'kecheng', project: '衢州未来社区人才公寓 5 幢', unitNo: '0806', areaM2: '52.3', rooms: 1, rent: '1100' })).statusCode).toBe(200);

    await talent.reload();
    await talent.getByTestId('apartment-place').waitFor();
    expect(await talent.getByTestId('apartment-place').innerText()).toContain('第 1 位');

    // The housing clerk offers the unit to the head of the list.
    const office = await j.signedIn('review_housing');
    await office.getByTestId('nav-group-services').click();
    await office.getByTestId('nav-apartments').click();
    await office.getByTestId('offer-0806').click();
    await office.getByText('按轮候顺序配给第 1 位：').waitFor();
    await office.getByTestId('offer-ok').click();
    await office.getByTestId('apartment-stock').locator('tr', { hasText: '0806' }).getByText('已配租（待入住）').waitFor();
    expect(await layoutProblems(office)).toEqual([]);
    expect(describeViolations(await axeViolations(office))).toEqual([]);

    // The talent sees the unit and accepts it.
    await talent.reload();
    const unit = talent.getByTestId('apartment-unit');
    await unit.waitFor();
    expect(await unit.innerText()).toContain('衢州未来社区人才公寓 5 幢 0806');
    expect(await unit.innerText()).toContain('52.30 ㎡');
    await talent.getByTestId('apartment-accept').click();
    await talent.getByTestId('tenancy-status').getByText('已接受，待入住').waitFor();
    expect(await layoutProblems(talent)).toEqual([]);
    expect(describeViolations(await axeViolations(talent))).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  });
});

describe('椒江: a talent gets a housing voucher and a seller redeems it', () => {
  it('the talent sees the voucher the 房票联审 issued, the seller redeems it on a phone, the clerk sees it redeemed', async () => {
    // The demo's 椒江 talent holds a voucher the district's clerk issued after the 联审 (through the same services,合成数据).
    const talent = await j.signedIn('talent_jiaojiang', PHONE);
    await talent.goto(`${j.base}/talent?tab=housing-vouchers`);
    const code = (await talent.getByTestId('hv-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9]{12}$/);
    expect(await talent.getByTestId('hv-amount').innerText()).toContain('300,000 元');
    expect(await layoutProblems(talent)).toEqual([]);

    // The seller redeems it on a phone against the holder's purchase contract.
    // The seller's verifier lands on its redeeming page, its menu offering 核销人才房票 and no talent-card pages.
    const seller = await j.signedIn('partner_seller', PHONE);
    await seller.waitForURL((u) => u.pathname === '/housing-vouchers/redeem');
    await seller.getByTestId('nav-hv-redeem').waitFor({ state: 'attached' });
    expect(await seller.getByTestId('nav-card-verify').count()).toBe(0);
    await seller.getByTestId('hv-code').fill(code);
    await seller.getByTestId('hv-buyerIdNumber').fill(P.JIAOJIANG_DEMO_TALENT_ID_NUMBER);
    await seller.getByTestId('hv-contractNo').fill('JJ-2026-0002');
    await seller.getByTestId('hv-houseAddress').fill('椒江区心海社区 5 幢 0802 室');
    await seller.getByTestId('hv-totalYuan').fill('1600000');
    await seller.getByTestId('hv-contractDate').fill('2026-11-23'); // the platform's fixed date (the page defaults to the browser's today)
    await seller.getByTestId('hv-redeem').click();
    await seller.getByTestId('hv-redeem-status').getByText('已核销').waitFor();
    expect(await layoutProblems(seller)).toEqual([]);
    expect(describeViolations(await axeViolations(seller))).toEqual([]);

    // The district's clerk sees it redeemed at 1280 px, with the seller, next to the registered sellers.
    const office = await j.signedIn('clerk_jiaojiang');
    await office.getByTestId('nav-group-services').click();
    await office.getByTestId('nav-housing-vouchers').click();
    await office.locator('tr', { hasText: 'JJ-2026-0002' }).getByText('已核销').waitFor();
    expect(await office.getByTestId('hv-sellers').innerText()).toContain('椒江置业有限公司（合成）');
    expect(await layoutProblems(office)).toEqual([]);
    expect(describeViolations(await axeViolations(office))).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  });
});
