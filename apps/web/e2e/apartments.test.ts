// Browser journey of 人才公寓 (Debian's Chromium against the real platform on a fresh in-memory
// database, fixed date 2026-11-23): the demo talent applies on a 390 px phone; joint review and
// approval are seeded through the API to keep it short; the housing bureau's clerk sees the talent
// at the head of the waiting list at 1280 px and offers a unit; the talent sees the unit and accepts it.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
