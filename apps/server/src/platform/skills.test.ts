// Skills (技能) through the API, against PGlite in memory or (DATABASE_URL) a real PostgreSQL server:
// the demo's six 开化 standards; a revision is a new version with the old kept; answers only for the
// editors (never on the paper or for a leader); a session of a published version; bad input by field
// (unknown standard, score above the max, reused certificate number, bad ID number); a certificate
// that verifies by number and by token while a tampered token does not, and revoked; full ID reads
// audited; 职业技能等级认定 batches by the licensed enterprise only, counts by level, and the work
// list's 新培养高技能人才 counting each person's first 三级-or-above recognition once; scope 404s.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as P from '@rencai/platform';
import { checkDigit } from '@rencai/domain';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let kaihua: Client, kecheng: Client, leader: Client, enterprise: Client, talent: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 10 });
  [kaihua, kecheng, leader, enterprise, talent] = (await Promise.all(['clerk_kaihua', 'clerk_kecheng', 'leader', 'enterprise', 'talent'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

type Errors = { errors: Array<{ path: string; message: string }> };
const errs = (res: { json<T>(): T }) => res.json<Errors>().errors;
const idNo = (prefix: string, birth: string, seq: string) => `${prefix}${birth}${seq}${checkDigit(`${prefix}${birth}${seq}`)}`;

let gd: P.StandardView;
describe('standards, versions and the question bank', () => {
  it('lists the six 开化 standards to 开化’s clerk, none to 柯城’s, and answers 404 outside the region', async () => {
    const list = (await kaihua.req('GET', '/api/v1/skills/standards')).json<P.StandardView[]>();
    expect(list.map((s) => s.latest.name).sort()).toEqual(['食用菌种植', '开化保姆', '开化根雕制作', '龙顶茶制作', '气糕制作', '清水鱼养殖'].sort());
    gd = list.find((s) => s.code === 'KH-GD')!;
    expect(gd).toMatchObject({ regionName: '开化县', publishedVersion: 1, items: 3, editable: true });
    expect(gd.latest.source).toContain('6 个专项职业能力考核规范');
    expect((await kecheng.req('GET', '/api/v1/skills/standards')).json()).toEqual([]);
    expect((await kecheng.req('GET', `/api/v1/skills/standards/${gd.id}`)).statusCode).toBe(404);
    expect((await enterprise.req('GET', '/api/v1/skills/standards')).statusCode).toBe(404);
    expect((await talent.req('GET', `/api/v1/skills/standards/${gd.id}/paper`)).statusCode).toBe(404);
  });

  it('keeps the old version when a new one is made, with who and why', async () => {
    expect(errs(await kaihua.req('POST', `/api/v1/skills/standards/${gd.id}/versions`, { passMark: 70 }))).toEqual([{ path: 'reason', message: '请说明修订原因（2–500 字）' }]);
    expect(errs(await kaihua.req('POST', `/api/v1/skills/standards/${gd.id}/versions`, { passMark: 120, reason: '提高合格线' }))[0]).toEqual({ path: 'passMark', message: '合格分数线不能高于满分（100 分）' });
    const res = await kaihua.req('POST', `/api/v1/skills/standards/${gd.id}/versions`, { passMark: 70, reason: '专家论证会意见：提高合格线' });
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json<P.StandardView>();
    expect(v.versions!.map((x) => [x.version, x.passMark, x.status, x.reason, x.changedBy])).toEqual([
      [2, 70, 'draft', '专家论证会意见：提高合格线', '开化县人才办经办人员'],
      [1, 60, 'published', '首次制定', '开化县人才办经办人员'],
    ]);
    expect(v.versions![0]!.definition).toBe(v.versions![1]!.definition);
    expect(v).toMatchObject({ publishedVersion: 1, latest: { version: 2 } });
    expect(errs(await kaihua.req('POST', '/api/v1/skills/standards', { code: 'KH-GD', name: '重复', definition: '定义', appliesTo: '对象', abilityStandards: '标准', assessmentContent: '内容', passMark: 60, maxScore: 100 }))).toEqual([{ path: 'code', message: '规范编号 KH-GD 已被使用' }]);
  });

  it('shows answers to the editors only: not to a leader, never on the paper', async () => {
    const mine = (await kaihua.req('GET', `/api/v1/skills/standards/${gd.id}`)).json<P.StandardView>();
    expect(mine.bank!.map((i) => [i.kindLabel, i.answer])).toEqual([['单选题', 'A'], ['判断题', '对'], ['实操题', '造型完整、刀法流畅、打磨均匀、操作安全（合成）']]);
    const led = await leader.req('GET', `/api/v1/skills/standards/${gd.id}`);
    expect(led.statusCode).toBe(200);
    expect(led.json<P.StandardView>().editable).toBe(false);
    expect(led.body).not.toContain('"answer"');
    const paper = await kaihua.req('GET', `/api/v1/skills/standards/${gd.id}/paper`);
    expect(paper.json<{ name: string; passMark: number; items: unknown[] }>()).toMatchObject({ name: '开化根雕制作', passMark: 60 });
    expect(paper.body).not.toContain('"answer"');
    expect((await leader.req('POST', `/api/v1/skills/standards/${gd.id}/items`, { kind: 'judge', question: '领导加题', answer: '对', points: 5 })).statusCode).toBe(404);
    expect(errs(await kaihua.req('POST', `/api/v1/skills/standards/${gd.id}/items`, { kind: 'single', question: '单选题目', options: ['甲', '乙'], answer: 'C', points: 5 }))).toEqual([{ path: 'answer', message: '单选题的答案应为选项字母（A、B 之一）' }]);
  });
});

describe('sessions, scores and certificates', () => {
  let session: P.SessionView;
  let passed: P.CandidateView;
  it('refuses an unknown standard, a draft version and bad candidates by field', async () => {
    expect(errs(await kaihua.req('POST', '/api/v1/skills/sessions', { standardId: 999999, heldOn: '2026-11-20', place: '开化县' }))[0]).toEqual({ path: 'standardId', message: '未找到该考核规范（请从本人管辖县（市、区）的规范中选择）' });
    expect(errs(await kecheng.req('POST', '/api/v1/skills/sessions', { standardId: gd.id, heldOn: '2026-11-20', place: '柯城区' }))[0]!.path).toBe('standardId');
    expect(errs(await kaihua.req('POST', '/api/v1/skills/sessions', { standardId: gd.id, version: 2, heldOn: '2026-11-20', place: '开化县' }))).toEqual([{ path: 'version', message: '第 2 版还是草稿，发布后才能组织考核' }]);
    const res = await kaihua.req('POST', '/api/v1/skills/sessions', { standardId: gd.id, heldOn: '2026-11-20', place: '开化县根雕小镇' });
    expect(res.statusCode, res.body).toBe(200);
    session = res.json<P.SessionView>();
    expect(session).toMatchObject({ standardName: '开化根雕制作', version: 1, passMark: 60, maxScore: 100, regionName: '开化县', candidates: 0 });
    expect(errs(await kaihua.req('POST', `/api/v1/skills/sessions/${session.id}/candidates`, { name: '张', idNumber: '330824199001011234' })).map((e) => e.path)).toEqual(['name', 'idNumber']);
    const one = idNo('330824', '19900101', '123');
    const added = await kaihua.req('POST', `/api/v1/skills/sessions/${session.id}/candidates`, { name: '程晓东', idNumber: one });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.body).not.toContain(one);
    expect(added.json<P.SessionView>().candidateList![0]).toMatchObject({ name: '程晓东', idMasked: `330824********${one.slice(-4)}`, resultLabel: '待评分' });
    expect(errs(await kaihua.req('POST', `/api/v1/skills/sessions/${session.id}/candidates`, { name: '程晓东', idNumber: one }))).toEqual([{ path: 'idNumber', message: '该考生已在本场次中' }]);
    await kaihua.req('POST', `/api/v1/skills/sessions/${session.id}/candidates`, { name: '叶青', idNumber: idNo('330824', '19930202', '234') });
    expect((await kecheng.req('GET', `/api/v1/skills/sessions/${session.id}`)).statusCode).toBe(404);
  });

  it('refuses a score above the max score, naming the field; passes by the pass mark', async () => {
    const [a, b] = (await kaihua.req('GET', `/api/v1/skills/sessions/${session.id}`)).json<P.SessionView>().candidateList!;
    expect(errs(await kaihua.req('POST', `/api/v1/skills/candidates/${a!.id}/score`, { score: 101 }))).toEqual([{ path: 'score', message: '成绩不能高于满分（100 分）' }]);
    expect((await kaihua.req('GET', `/api/v1/skills/sessions/${session.id}`)).json<P.SessionView>().candidateList![0]!.score).toBeNull();
    expect((await kecheng.req('POST', `/api/v1/skills/candidates/${a!.id}/score`, { score: 90 })).statusCode).toBe(404);
    await kaihua.req('POST', `/api/v1/skills/candidates/${a!.id}/score`, { score: 60 });
    const s = (await kaihua.req('POST', `/api/v1/skills/candidates/${b!.id}/score`, { score: 59 })).json<P.SessionView>();
    expect(s.candidateList!.map((c) => [c.passed, c.resultLabel])).toEqual([[true, '合格（60 分）'], [false, '不合格（59 分，合格线 60 分）']]);
    expect(s.passedCount).toBe(1);
    expect((await kaihua.req('POST', `/api/v1/skills/candidates/${b!.id}/certificate`, {})).statusCode).toBe(409);
    passed = s.candidateList![0]!;
  });

  it('issues a certificate with a unique number (a reused one refused) that verifies; a tampered token does not; revoked shows revoked', async () => {
    expect(errs(await kaihua.req('POST', `/api/v1/skills/candidates/${passed.id}/certificate`, { number: 'KH-GD-2026-000001' }))).toEqual([{ path: 'number', message: '证书编号 KH-GD-2026-000001 已被使用，请换一个' }]);
    const res = await kaihua.req('POST', `/api/v1/skills/candidates/${passed.id}/certificate`, { number: 'KH-GD-2026-000777' });
    expect(res.statusCode, res.body).toBe(200);
    const cert = res.json<P.SessionView>().candidateList![0]!.certificate!;
    expect(cert.number).toBe('KH-GD-2026-000777');
    expect((await kaihua.req('POST', `/api/v1/skills/candidates/${passed.id}/score`, { score: 99 })).statusCode).toBe(409);
    const byNumber = await h.app.inject({ method: 'GET', url: '/api/v1/skills/certificates/check?number=KH-GD-2026-000777' });
    expect(byNumber.json()).toEqual({ valid: true, status: 'valid', statusLabel: '有效', number: 'KH-GD-2026-000777', title: '开化根雕制作专项职业能力证书', holder: '程**', idMasked: passed.idMasked, region: '开化县', assessedOn: '2026-11-20', issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const byToken = await h.app.inject({ method: 'GET', url: `/api/v1/skills/certificates/check?token=${encodeURIComponent(cert.token)}` });
    expect(byToken.json<P.CertificateCheck>()).toMatchObject({ valid: true, number: 'KH-GD-2026-000777', holder: '程**' });
    const [head, payload, sig] = cert.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${head}.${Buffer.from(JSON.stringify({ ...claims, sub: 'KH-GD-2026-000001' })).toString('base64url')}.${sig}`;
    const tampered = await h.app.inject({ method: 'GET', url: `/api/v1/skills/certificates/check?token=${encodeURIComponent(forged)}` });
    expect(tampered.json()).toEqual({ valid: false, status: 'invalid', statusLabel: '无效证书', reason: '凭证签名无效（内容被改动，或不是本平台签发）' });
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/skills/certificates/check?number=NOPE-0000' })).json()).toMatchObject({ valid: false, status: 'unknown' });
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/skills/certificates/check?number=x' })).statusCode).toBe(400);
    expect((await kaihua.req('POST', `/api/v1/skills/certificates/${cert.id}/revoke`, { reason: '考核材料作假' })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/skills/certificates/check?number=KH-GD-2026-000777' })).json()).toMatchObject({ valid: false, status: 'revoked', statusLabel: '已撤销', reason: '考核材料作假' });
  });

  it('reveals a full ID number only with a purpose, audited; never to a leader', async () => {
    expect(errs(await kaihua.req('POST', `/api/v1/skills/candidates/${passed.id}/reveal`, {}))[0]!.path).toBe('purpose');
    const r = await kaihua.req('POST', `/api/v1/skills/candidates/${passed.id}/reveal`, { purpose: '制作纸质证书' });
    expect(r.json()).toEqual({ idNumber: idNo('330824', '19900101', '123') });
    expect(await h.p.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'skills.candidate.reveal').execute()).toEqual([{ entity_id: String(passed.id) }]);
    expect((await leader.req('POST', `/api/v1/skills/candidates/${passed.id}/reveal`, { purpose: '查看' })).statusCode).toBe(404);
  });
});

describe('职业技能等级认定', () => {
  const rec = (over: Record<string, unknown> = {}) => ({ name: '陈国强', idNumber: idNo('330802', '19850505', '111'), occupation: '车工', level: 3, certificateNo: 'Y000033080226000101', ...over });
  it('takes a batch from the licensed enterprise only, refusing reused numbers and levels outside its licence by field', async () => {
    const bad = await enterprise.req('POST', '/api/v1/skills/batches', { recognizedOn: '2026-11-01', records: [rec({ certificateNo: 'Y000033080226000001' }), rec({ level: 1, certificateNo: 'Y000033080226000102' }), rec({ certificateNo: 'Y000033080226000102' })] }, { 'idempotency-key': 'skill-batch-bad-1' });
    expect(bad.statusCode).toBe(400);
    expect(errs(bad)).toEqual([
      { path: 'records[0].certificateNo', message: '证书编号 Y000033080226000001 已被使用' },
      { path: 'records[1].level', message: '等级应为本企业备案可认定的：二级/技师、三级/高级工、四级/中级工、五级/初级工' },
      { path: 'records[2].certificateNo', message: '证书编号 Y000033080226000102 在本批次中重复' },
    ].sort((a, b) => (a.path < b.path ? -1 : 1)));
    const ok = await enterprise.req('POST', '/api/v1/skills/batches', { recognizedOn: '2026-11-01', records: [rec(), rec({ name: '郑立群', idNumber: idNo('330802', '19880721', '015'), occupation: '数控铣工', level: 2, certificateNo: 'Y000033080226000103' })] }, { 'idempotency-key': 'skill-batch-ok-1' });
    expect(ok.statusCode, ok.body).toBe(200);
    const b = ok.json<P.BatchView>();
    expect(b.records!.map((r) => [r.levelLabel, r.idMasked.slice(0, 6)])).toEqual([['三级/高级工', '330802'], ['二级/技师', '330802']]);
    const again = await enterprise.req('POST', '/api/v1/skills/batches', { recognizedOn: '2026-11-01', records: [rec()] }, { 'idempotency-key': 'skill-batch-ok-1' });
    expect(again.json<P.BatchView>().id).toBe(b.id);
    expect((await enterprise.req('GET', '/api/v1/skills/batches')).json<P.BatchView[]>().map((x) => x.count)).toEqual([2, 3]);
    expect((await kecheng.req('POST', '/api/v1/skills/batches', { recognizedOn: '2026-11-01', records: [rec()] }, { 'idempotency-key': 'skill-batch-clerk' })).statusCode).toBe(404);
    expect((await kaihua.req('GET', `/api/v1/skills/batches/${b.id}`)).statusCode).toBe(404);
    expect((await talent.req('GET', '/api/v1/skills/batches')).statusCode).toBe(404);
    expect((await kecheng.req('GET', `/api/v1/skills/batches/${b.id}`)).json<P.BatchView>().records![0]!.name).toBe('陈国强');
    expect((await enterprise.req('GET', '/api/v1/skills/sessions')).statusCode).toBe(404);
  });

  it('counts by level and county, and feeds 新培养高技能人才 once per person', async () => {
    const c = (await kecheng.req('GET', '/api/v1/skills/recognitions/counts?year=2026')).json<P.RecognitionCounts>();
    // Demo: 三级, 四级, 二级; here: 三级 (陈国强), 二级 (郑立群 again, promoted).
    expect(c.rows).toEqual([{ region: 'kecheng', regionName: '柯城区', byLevel: [0, 1, 2, 2, 0], total: 5, highSkilled: 4 }]);
    expect((await kaihua.req('GET', '/api/v1/skills/recognitions/counts')).json<P.RecognitionCounts>().rows).toEqual([]);
    const events = await P.COMPUTATIONS.high_skilled_recognitions.events(h.p.db, '2020-01-01', '2026-12-31');
    expect(events.map((e) => [e.on, e.region]).sort()).toEqual([['2026-09-20', 'kecheng'], ['2026-09-20', 'kecheng'], ['2026-11-01', 'kecheng']]);
    expect(await P.COMPUTATIONS.high_skilled_recognitions.events(h.p.db, '2026-10-01', '2026-12-31')).toEqual([{ on: '2026-11-01', region: 'kecheng' }]);
  });
});
