// Browser journey of 人才公寓 (Debian's Chromium against the real platform on a fresh in-memory
// database, fixed date 2026-11-23): the demo talent applies on a 390 px phone; joint review and
// approval are seeded through the API to keep it short; the housing bureau's clerk sees the talent
// at the head of the waiting list at 1280 px and offers a unit; the talent sees the unit and accepts it.
// And 椒江's 人才房票: the 房票联审 reviewed through the API, the 椒江 clerk issues the voucher at 1280 px,
// the talent sees its code on a phone, a registered seller redeems it on a phone.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as P from '@rencai/platform';
import { idNumber, multipart, PDF, uscc } from '../../server/src/platform/harness.js';
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
  it('the clerk issues it after the 房票联审, the talent sees the code, the seller redeems it against the contract', async () => {
    // Set-up through the API: 椒江's clerk and reviewers, a registered seller and its verifier, a talent with the 联审 agreed.
    const account = (username: string, role: 'clerk' | 'reviewer' | 'partner_verifier' | 'talent', department: string | null, personId?: number) =>
      P.createUser(j.h.p, { username, password: P.DEMO_PASSWORD, displayName: username, role, region: 'jiaojiang', department, ...(personId ? { personId } : {}) }, null, { demo: true, mustChangePassword: false });
    await account('jj_clerk', 'clerk', 'talent_office');
    await account('jj_housing', 'reviewer', 'housing');
    await account('jj_finance', 'reviewer', 'finance');
    const [admin, clerk, housing, finance] = await Promise.all(['admin', 'jj_clerk', 'jj_housing', 'jj_finance'].map((u) => j.h.login(u)));
    expect((await admin!.req('POST', '/api/v1/housing-sellers', { code: 'jj_seller', name: '椒江置业有限公司（合成）', kind: 'developer', uscc: uscc() })).statusCode).toBe(200);
    await account('jj_seller_1', 'partner_verifier', 'jj_seller');
    const employerId = (await clerk!.req('POST', '/api/v1/employers', { uscc: uscc(), name: '椒江测试科技有限公司', region: 'jiaojiang', kind: 'enterprise', keyIndustry: false, sector: 'other' })).json<{ id: number }>().id;
    const id = idNumber();
    const personId = (await clerk!.req('POST', '/api/v1/persons', { idNumber: id, name: '王房票', region: 'jiaojiang', employerId, education: [{ degree: 'master', fullTime: true }], employment: [{ employerId, region: 'jiaojiang', fullTime: true, start: '2024-03-01', post: 'other' }] })).json<{ id: number }>().id;
    await P.recordRecognition(j.h.p.db, { personId, qualifications: [{ code: 'master_fulltime_other' }], basis: '学历认定（测试）', validFrom: '2024-03-01', recognisedBy: clerk!.user.userId });
    await account('jj_talent', 'talent', null, personId);
    const app = (await clerk!.req('POST', '/api/v1/applications', { matter: 'jj_housing_voucher', personId })).json<{ id: number; materials: Array<{ code: string; provided: boolean }> }>();
    for (const m of app.materials.filter((x) => !x.provided)) expect((await clerk!.req('POST', `/api/v1/applications/${app.id}/files`, multipart({ material: m.code }, { name: `${m.code}.pdf`, content: PDF }))).statusCode).toBe(201);
    expect((await clerk!.req('POST', `/api/v1/applications/${app.id}/submit`)).statusCode).toBe(200);
    expect((await clerk!.req('POST', `/api/v1/applications/${app.id}/accept`)).statusCode).toBe(200);
    for (const r of [clerk!, housing!, finance!]) expect((await r.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);

    // The clerk approves and issues the voucher at 1280 px.
    const office = await j.signedIn('jj_clerk');
    await office.getByTestId('nav-group-services').click();
    await office.getByTestId('nav-housing-vouchers').click();
    await office.getByTestId('hv-app').fill(String(app.id));
    await office.getByTestId('hv-amount-input').fill('293862.07');
    await office.getByTestId('hv-issue-button').click();
    await office.getByTestId('action-done').waitFor();
    await office.locator('tr', { hasText: `#${app.id}` }).getByText('未使用').waitFor();
    expect(await layoutProblems(office)).toEqual([]);
    expect(describeViolations(await axeViolations(office))).toEqual([]);

    // The talent sees it on a phone, with the code.
    const talent = await j.signedIn('jj_talent', PHONE);
    await talent.goto(`${j.base}/talent?tab=housing-vouchers`);
    const code = (await talent.getByTestId('hv-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9]{12}$/);
    expect(await talent.getByTestId('hv-amount').innerText()).toContain('293,862.07');
    expect(await layoutProblems(talent)).toEqual([]);

    // The seller redeems it on a phone against the holder's purchase contract.
    const seller = await j.signedIn('jj_seller_1', PHONE);
    await seller.goto(`${j.base}/housing-vouchers/redeem`);
    await seller.getByTestId('hv-code').fill(code);
    await seller.getByTestId('hv-buyerIdNumber').fill(id);
    await seller.getByTestId('hv-contractNo').fill('JJ-2026-0001');
    await seller.getByTestId('hv-houseAddress').fill('椒江区心海社区 3 幢 1201 室');
    await seller.getByTestId('hv-totalYuan').fill('1800000');
    await seller.getByTestId('hv-contractDate').fill('2026-11-23'); // the platform's fixed date (the page defaults to the browser's today)
    await seller.getByTestId('hv-redeem').click();
    await seller.getByTestId('hv-redeem-status').getByText('已核销').waitFor();
    expect(await layoutProblems(seller)).toEqual([]);
    expect(describeViolations(await axeViolations(seller))).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  });
});
