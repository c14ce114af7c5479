// Assessment sessions of a special-ability standard: a session assesses one published version of a
// standard (its pass mark and max score fixed with it) on a day, at a place, in the standard's
// county. Candidates are registry persons or a name with an ID number (kept encrypted, shown
// masked; a full read is audited). A score is 0..the max score — above it is refused naming the
// field — and passing is score ≥ the pass mark. A passed candidate gets a certificate: a number
// unique across all certificates (a reused one is refused), a signed credential (kind
// `certificate`) for its QR, and a public check by number or by the scanned token answering
// valid or revoked with the holder masked.

import { regionName } from '@rencai/policies';
import { parseIdCard } from '@rencai/domain';
import { appendAudit, type Selectable, type SkillCandidatesTable, type SkillSessionsTable } from '@rencai/store';
import { idNumberColumns, PlatformError, badInput, conflict, fieldError, isUniqueViolation, mayReveal, notFound, visibleRegions, type Caller, type FieldError, type Platform, readDay, chinaDate } from '../shared/index.js';
import { issueCredential, verifyCredential } from '../signing/index.js';
import { getPersonRow } from '../registry/index.js';
import { displayNames } from '../accounts/index.js';
import { editsSkills, loadStandard, positiveId, seesSkills, standardVersion } from './standards.js';

type SessionRow = Selectable<SkillSessionsTable>;
type CandidateRow = Selectable<SkillCandidatesTable>;

export interface CertificateView {
  id: number;
  number: string;
  /** The signed credential to draw as a QR. */
  token: string;
  issuedAt: string;
  revoked: boolean;
  revokedAt: string | null;
  revokeReason: string | null;
}

export interface CandidateView {
  id: number;
  personId: number | null;
  name: string;
  idMasked: string;
  score: number | null;
  passed: boolean | null;
  resultLabel: string;
  certificate: CertificateView | null;
}

export interface SessionView {
  id: number;
  standardId: number;
  standardCode: string;
  standardName: string;
  version: number;
  passMark: number;
  maxScore: number;
  region: string;
  regionName: string;
  heldOn: string;
  place: string;
  createdBy: string;
  candidates: number;
  passedCount: number;
  editable: boolean;
  /** Read alone: the candidates, masked, with their certificates. */
  candidateList?: CandidateView[];
}

const text = (v: unknown, min: number, max: number): string | undefined => (typeof v === 'string' && v.trim().length >= min && v.trim().length <= max ? v.trim() : undefined);
/** 张三 → 张*; 欧阳娜娜 → 欧***. */
export const maskPersonName = (name: string): string => (name.length <= 1 ? name : `${name[0]}${'*'.repeat(name.length - 1)}`);

async function sessionViews(p: Platform, c: Caller, rows: SessionRow[]): Promise<SessionView[]> {
  if (!rows.length) return [];
  const versions = await p.db.selectFrom('skill_standard_versions').innerJoin('skill_standards', 'skill_standards.id', 'skill_standard_versions.standard_id').select(['skill_standards.id', 'skill_standards.code', 'skill_standard_versions.version', 'skill_standard_versions.name', 'skill_standard_versions.pass_mark', 'skill_standard_versions.max_score']).where('skill_standards.id', 'in', rows.map((r) => r.standard_id)).execute();
  const counts = await p.db.selectFrom('skill_candidates').select(['session_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>(eb.case().when('passed', '=', true).then(1).else(0).end()).as('passed')]).where('session_id', 'in', rows.map((r) => r.id)).groupBy('session_id').execute();
  const who = await displayNames(p.db, rows.map((r) => r.created_by));
  return rows.map((r) => {
    const v = versions.find((x) => x.id === r.standard_id && x.version === r.version)!;
    const n = counts.find((x) => x.session_id === r.id);
    return {
      id: r.id,
      standardId: r.standard_id,
      standardCode: v.code,
      standardName: v.name,
      version: r.version,
      passMark: v.pass_mark,
      maxScore: v.max_score,
      region: r.region,
      regionName: regionName(r.region),
      heldOn: r.held_on,
      place: r.place,
      createdBy: who.get(r.created_by) ?? '',
      candidates: Number(n?.n ?? 0),
      passedCount: Number(n?.passed ?? 0),
      editable: editsSkills(c, r.region),
    };
  });
}

const resultLabel = (r: CandidateRow, passMark: number): string => (r.score === null ? '待评分' : r.passed ? `合格（${r.score} 分）` : `不合格（${r.score} 分，合格线 ${passMark} 分）`);

async function candidateViews(p: Platform, rows: CandidateRow[], passMark: number): Promise<CandidateView[]> {
  const certs = rows.length ? await p.db.selectFrom('skill_certificates').selectAll().where('candidate_id', 'in', rows.map((r) => r.id)).execute() : [];
  return rows.map((r) => {
    const cert = certs.find((x) => x.candidate_id === r.id);
    return {
      id: r.id,
      personId: r.person_id,
      name: r.name,
      idMasked: r.id_masked,
      score: r.score,
      passed: r.passed,
      resultLabel: resultLabel(r, passMark),
      certificate: cert ? { id: cert.id, number: cert.number, token: cert.token, issuedAt: cert.issued_at.toISOString(), revoked: cert.revoked_at !== null, revokedAt: cert.revoked_at?.toISOString() ?? null, revokeReason: cert.revoke_reason } : null,
    };
  });
}

async function loadSession(p: Platform, c: Caller, id: unknown): Promise<SessionRow> {
  const n = positiveId(id);
  const regions = seesSkills(c) ? visibleRegions(c) : [];
  const row = n && regions.length ? await p.db.selectFrom('skill_sessions').selectAll().where('id', '=', n).where('region', 'in', regions).executeTakeFirst() : undefined;
  if (!row) throw notFound('该考核场次');
  return row;
}

async function editableSession(p: Platform, c: Caller, id: unknown): Promise<SessionRow> {
  const row = await loadSession(p, c, id);
  if (!editsSkills(c, row.region)) throw notFound('该考核场次（只有所在县（市、区）人才办经办人员可以办理）');
  return row;
}

/** The candidate of a session the caller may handle, with its session. */
async function loadCandidate(p: Platform, c: Caller, id: unknown): Promise<{ cand: CandidateRow; session: SessionRow }> {
  const n = positiveId(id);
  const cand = n ? await p.db.selectFrom('skill_candidates').selectAll().where('id', '=', n).executeTakeFirst() : undefined;
  if (!cand) throw notFound('该考生');
  const session = await loadSession(p, c, cand.session_id).catch(() => {
    throw notFound('该考生');
  });
  return { cand, session };
}

/** The sessions of the caller's regions, newest first. */
export async function listSessions(p: Platform, c: Caller): Promise<SessionView[]> {
  if (!seesSkills(c)) throw notFound('考核场次');
  const regions = visibleRegions(c);
  if (!regions.length) return [];
  return sessionViews(p, c, await p.db.selectFrom('skill_sessions').selectAll().where('region', 'in', regions).orderBy('held_on', 'desc').orderBy('id', 'desc').limit(500).execute());
}

/** One session with its candidates (masked) and their certificates. */
export async function getSession(p: Platform, c: Caller, id: unknown): Promise<SessionView> {
  const row = await loadSession(p, c, id);
  const v = (await sessionViews(p, c, [row]))[0]!;
  const cands = await p.db.selectFrom('skill_candidates').selectAll().where('session_id', '=', row.id).orderBy('id').execute();
  return { ...v, candidateList: await candidateViews(p, cands, v.passMark) };
}

/** A clerk opens a session of a published version of one of their county's standards. */
export async function createSession(p: Platform, c: Caller, input: unknown): Promise<SessionView> {
  if (c.role !== 'clerk' && c.role !== 'admin') throw notFound('考核场次');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const heldOn = readDay(i.heldOn);
  if (!heldOn) errors.push({ path: 'heldOn', message: '请填写考核日期（年-月-日）' });
  const place = text(i.place, 2, 100);
  if (!place) errors.push({ path: 'place', message: '请填写考核地点（2–100 字）' });
  // An unknown standard, or one of another county, is a wrong choice on this form (named), not a missing page.
  const standard = await loadStandard(p, c, i.standardId).catch(() => undefined);
  if (!standard || !editsSkills(c, standard.region)) {
    errors.unshift({ path: 'standardId', message: '未找到该考核规范（请从本人管辖县（市、区）的规范中选择）' });
    throw badInput(errors);
  }
  const wanted = i.version === undefined || i.version === null || i.version === '' ? undefined : positiveId(i.version);
  const version = await standardVersion(p, standard.id, wanted ?? undefined);
  if (!version) errors.unshift({ path: 'version', message: wanted === undefined ? '该考核规范还没有已发布的版本' : '该考核规范没有这个版本' });
  else if (version.status !== 'published') errors.unshift({ path: 'version', message: `第 ${version.version} 版还是草稿，发布后才能组织考核` });
  if (errors.length) throw badInput(errors);
  const id = await p.db.transaction().execute(async (trx) => {
    const r = await trx.insertInto('skill_sessions').values({ standard_id: standard.id, version: version!.version, region: standard.region, held_on: heldOn, place: place!, created_by: c.userId }).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.session.create', entity: 'skill_session', entityId: r.id, region: standard.region, detail: { standardId: standard.id, version: version!.version, heldOn } });
    return r.id;
  });
  return getSession(p, c, id);
}

/** Adds a candidate: a registry person (`personId`, within the caller's scope) or a name with an ID number. */
export async function addCandidate(p: Platform, c: Caller, sessionId: unknown, input: unknown): Promise<SessionView> {
  const session = await editableSession(p, c, sessionId);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  let values: { person_id: number | null; name: string; id_enc: string; id_hash: string; id_masked: string };
  if (i.personId !== undefined && i.personId !== null && i.personId !== '') {
    const person = await getPersonRow(p, c, positiveId(i.personId) ?? -1).catch(() => undefined);
    if (!person) throw fieldError('personId', '人才库中未找到该人员（或不在本人管辖地区）');
    values = { person_id: person.id, name: person.name, id_enc: person.id_enc, id_hash: person.id_hash, id_masked: person.id_masked };
  } else {
    const errors: FieldError[] = [];
    const name = text(i.name, 2, 30);
    if (!name) errors.push({ path: 'name', message: '请填写考生姓名（2–30 字）' });
    const id = parseIdCard(i.idNumber, p.today());
    if (!id.ok) errors.push({ path: 'idNumber', message: id.reason });
    if (errors.length || !id.ok) throw badInput(errors);
    values = { person_id: null, name: name!, ...idNumberColumns(p, id.value.number) };
  }
  try {
    await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('skill_candidates').values({ session_id: session.id, ...values }).returning('id').executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.candidate.add', entity: 'skill_candidate', entityId: r.id, region: session.region, detail: { sessionId: session.id, personId: values.person_id } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw fieldError(values.person_id ? 'personId' : 'idNumber', '该考生已在本场次中');
    throw e;
  }
  return getSession(p, c, session.id);
}

/** Records a candidate's score (0..the version's max score; above it is refused on `score`); passed when ≥ the pass mark. */
export async function scoreCandidate(p: Platform, c: Caller, candidateId: unknown, input: unknown): Promise<SessionView> {
  const { cand, session } = await loadCandidate(p, c, candidateId);
  if (!editsSkills(c, session.region)) throw notFound('该考生');
  const version = (await standardVersion(p, session.standard_id, session.version))!;
  const raw = (typeof input === 'object' && input !== null ? (input as Record<string, unknown>).score : undefined) as unknown;
  const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isInteger(score) || score < 0) throw fieldError('score', '成绩应为不小于 0 的整数');
  if (score > version.max_score) throw fieldError('score', `成绩不能高于满分（${version.max_score} 分）`);
  const certified = await p.db.selectFrom('skill_certificates').select('id').where('candidate_id', '=', cand.id).executeTakeFirst();
  if (certified) throw conflict('该考生已发证书，成绩不能再改');
  await p.db.transaction().execute(async (trx) => {
    await trx.updateTable('skill_candidates').set({ score, passed: score >= version.pass_mark, scored_by: c.userId, scored_at: new Date() }).where('id', '=', cand.id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.candidate.score', entity: 'skill_candidate', entityId: cand.id, region: session.region, detail: { score, before: cand.score } });
  });
  return getSession(p, c, session.id);
}

/** The full ID number of a candidate, for the county's clerks; the read is audited with its purpose. */
export async function revealCandidate(p: Platform, c: Caller, candidateId: unknown, purpose: unknown): Promise<{ idNumber: string }> {
  const { cand, session } = await loadCandidate(p, c, candidateId);
  if (!mayReveal(c)) throw notFound('该考生的完整身份证号');
  const why = text(purpose, 2, 100);
  if (!why) throw fieldError('purpose', '请说明查看完整身份证号的用途（将记入审计日志）');
  await p.db.transaction().execute((trx) => appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.candidate.reveal', entity: 'skill_candidate', entityId: cand.id, region: session.region, detail: { field: 'idNumber', purpose: why } }));
  return { idNumber: p.vault.decrypt(cand.id_enc) };
}

const CERT_NUMBER = /^[A-Za-z0-9-]{6,40}$/;

/** Issues the certificate of a passed candidate: the number given (or made from the standard's code, the year and the candidate), signed for its QR. */
export async function issueCertificate(p: Platform, c: Caller, candidateId: unknown, input: unknown): Promise<SessionView> {
  const { cand, session } = await loadCandidate(p, c, candidateId);
  if (!editsSkills(c, session.region)) throw notFound('该考生');
  if (!cand.passed) throw conflict(cand.score === null ? '该考生尚未评分，不能发证' : '该考生考核不合格，不能发证');
  const [standard, version] = [await loadStandard(p, c, session.standard_id), (await standardVersion(p, session.standard_id, session.version))!];
  const given = typeof input === 'object' && input !== null ? (input as Record<string, unknown>).number : undefined;
  const number = given === undefined || given === null || given === '' ? `${standard.code}-${session.held_on.slice(0, 4)}-${String(cand.id).padStart(6, '0')}` : typeof given === 'string' ? given.trim().toUpperCase() : '';
  if (!CERT_NUMBER.test(number)) throw fieldError('number', '证书编号应为 6–40 位字母、数字或连字符');
  const existing = await p.db.selectFrom('skill_certificates').select('number').where('candidate_id', '=', cand.id).executeTakeFirst();
  if (existing) throw conflict(`该考生已发证书（编号 ${existing.number}）`);
  const issuedAt = new Date();
  const token = await issueCredential(p, {
    kind: 'certificate',
    subject: number,
    issuedAt,
    claims: { title: `${version.name}专项职业能力证书`, standard: standard.code, version: version.version, holder: maskPersonName(cand.name), idMasked: cand.id_masked, region: regionName(session.region), assessedOn: session.held_on },
  });
  try {
    await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('skill_certificates').values({ candidate_id: cand.id, number, token, issued_by: c.userId, issued_at: issuedAt }).returning('id').executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.certificate.issue', entity: 'skill_certificate', entityId: r.id, region: session.region, detail: { number, candidateId: cand.id } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const again = await p.db.selectFrom('skill_certificates').select('number').where('candidate_id', '=', cand.id).executeTakeFirst();
      if (again) throw conflict(`该考生已发证书（编号 ${again.number}）`);
      throw fieldError('number', `证书编号 ${number} 已被使用，请换一个`);
    }
    throw e;
  }
  return getSession(p, c, session.id);
}

/** Revokes a certificate (with why); the public check then answers 已撤销. */
export async function revokeCertificate(p: Platform, c: Caller, certificateId: unknown, input: unknown): Promise<SessionView> {
  const n = positiveId(certificateId);
  const cert = n ? await p.db.selectFrom('skill_certificates').selectAll().where('id', '=', n).executeTakeFirst() : undefined;
  if (!cert) throw notFound('该证书');
  const { session } = await loadCandidate(p, c, cert.candidate_id).catch(() => {
    throw notFound('该证书');
  });
  if (!editsSkills(c, session.region)) throw notFound('该证书');
  const reason = text(typeof input === 'object' && input !== null ? (input as Record<string, unknown>).reason : undefined, 2, 200);
  if (!reason) throw fieldError('reason', '请填写撤销原因（2–200 字）');
  if (cert.revoked_at) throw conflict('该证书已撤销');
  await p.db.transaction().execute(async (trx) => {
    await trx.updateTable('skill_certificates').set({ revoked_at: new Date(), revoke_reason: reason }).where('id', '=', cert.id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.certificate.revoke', entity: 'skill_certificate', entityId: cert.id, region: session.region, detail: { number: cert.number, reason } });
  });
  return getSession(p, c, session.id);
}

export interface CertificateCheck {
  valid: boolean;
  status: 'valid' | 'revoked' | 'unknown' | 'invalid';
  statusLabel: string;
  number?: string;
  title?: string;
  holder?: string;
  idMasked?: string;
  region?: string;
  assessedOn?: string;
  issuedOn?: string;
  reason?: string;
}

/**
 * The public check of a certificate, by its number or by the scanned token: valid or revoked, with
 * the holder masked. A token is verified by its signature first (a changed one is 不是本平台签发的有效证书).
 */
export async function checkCertificate(p: Platform, query: { number?: unknown; token?: unknown }): Promise<CertificateCheck> {
  let number: string;
  if (query.token !== undefined && query.token !== '') {
    try {
      number = (await verifyCredential(p, query.token, 'certificate')).subject;
    } catch (e) {
      if (!(e instanceof PlatformError)) throw e;
      const why = e.errors[0]?.message ?? '凭证无效';
      return { valid: false, status: 'invalid', statusLabel: '无效证书', reason: why };
    }
  } else if (typeof query.number === 'string' && CERT_NUMBER.test(query.number.trim())) {
    number = query.number.trim().toUpperCase();
  } else throw fieldError('number', '请输入证书编号（6–40 位字母、数字或连字符）或扫描证书二维码');
  const cert = await p.db.selectFrom('skill_certificates').innerJoin('skill_candidates', 'skill_candidates.id', 'skill_certificates.candidate_id').innerJoin('skill_sessions', 'skill_sessions.id', 'skill_candidates.session_id').select(['skill_certificates.number', 'skill_certificates.token', 'skill_certificates.issued_at', 'skill_certificates.revoked_at', 'skill_certificates.revoke_reason', 'skill_candidates.name', 'skill_candidates.id_masked', 'skill_sessions.region', 'skill_sessions.held_on', 'skill_sessions.standard_id', 'skill_sessions.version']).where('skill_certificates.number', '=', number).executeTakeFirst();
  if (!cert) return { valid: false, status: 'unknown', statusLabel: '未找到该证书', number, reason: '本平台没有这个编号的证书，请核对编号' };
  const version = await standardVersion(p, cert.standard_id, cert.version);
  const base = { number: cert.number, title: `${version?.name ?? ''}专项职业能力证书`, holder: maskPersonName(cert.name), idMasked: cert.id_masked, region: regionName(cert.region), assessedOn: cert.held_on, issuedOn: chinaDate(cert.issued_at) };
  if (cert.revoked_at) return { valid: false, status: 'revoked', statusLabel: '已撤销', ...base, reason: cert.revoke_reason ?? '' };
  return { valid: true, status: 'valid', statusLabel: '有效', ...base };
}

