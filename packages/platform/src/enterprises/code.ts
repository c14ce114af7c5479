// The enterprise code (企业码, seed 003 椒江 "用好用活‘企业码’"): a QR the enterprise prints and puts on
// its door; a visiting cadre scans it and lands on the enterprise's service page. The QR holds a URL
// to this platform with a signed credential (../signing: Ed25519 JWS, kind enterprise-code) carrying
// the least data: the enterprise's id (subject), issued-at, expiry and the code's version — no name,
// no contact. Lifetime one year: printed once and posted, it must outlast many visits; a lost or
// misused code is voided at once by re-issuing (the version on the enterprise rises and every older
// code is refused). The page shows its open problems, demands and designated 首席技术官. Scanning needs a staff sign-in and opens the page only within the cadre's scope:
// another county's enterprise answers 404 like a missing record.

import { appendAudit } from '@rencai/store';
import { issueCredential, verifyCredential } from '../signing/index.js';
import { PlatformError, forbidden, isStaff, notFound, visibleRegions, type Caller, type Platform } from '../shared/index.js';
import { enterpriseView, seesEnterprises, verifiedEnterprise, type EnterpriseRow, type EnterpriseView } from './registration.js';
import { listProblems, type ProblemView } from './problems.js';
import { listDemands, type DemandView } from './demands.js';
import { ctosOfEnterprise, type CtoView } from './ctos.js';

/** Whom enterprise codes are meant for: this platform's scan page. */
export const ENTERPRISE_CODE_AUDIENCE = 'rencai:enterprise-code';
/** How long a code opens the page: a year (printed and posted; re-issue voids it sooner). */
export const ENTERPRISE_CODE_DAYS = 365;

export interface EnterpriseCode {
  /** The signed credential; the QR holds /enterprises/code?c=<token>. */
  token: string;
  version: number;
  issuedAt: string;
  expiresAt: string;
  expired: boolean;
}

const issuedOf = (e: EnterpriseRow): Date => e.code_issued_at ?? e.decided_at ?? e.created_at;
const expiryOf = (issued: Date): Date => new Date(issued.getTime() + ENTERPRISE_CODE_DAYS * 86_400_000);

async function sign(p: Platform, e: EnterpriseRow): Promise<EnterpriseCode> {
  const issuedAt = issuedOf(e);
  const expiresAt = expiryOf(issuedAt);
  const token = await issueCredential(p, { kind: 'enterprise-code', subject: `enterprise:${e.id}`, claims: { ver: e.code_version }, issuedAt, expiresAt, audience: ENTERPRISE_CODE_AUDIENCE });
  return { token, version: e.code_version, issuedAt: issuedAt.toISOString(), expiresAt: expiresAt.toISOString(), expired: expiresAt.getTime() <= Date.now() };
}

/** The verified enterprise's current code (an enterprise's account). */
export async function myEnterpriseCode(p: Platform, c: Caller): Promise<EnterpriseCode> {
  return sign(p, await verifiedEnterprise(p, c));
}

/** Re-issues the enterprise's code: a new version from now; every older code is void. Audited. */
export async function reissueEnterpriseCode(p: Platform, c: Caller): Promise<EnterpriseCode> {
  const e = await verifiedEnterprise(p, c);
  const row = await p.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('enterprises').set((eb) => ({ code_version: eb('code_version', '+', 1), code_issued_at: new Date() })).where('id', '=', e.id).returningAll().executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'enterprise.code_reissue', entity: 'enterprise', entityId: e.id, region: e.region, detail: { from: e.code_version, to: r.code_version } });
    return r;
  });
  return sign(p, row);
}

export interface EnterpriseServicePage {
  enterprise: EnterpriseView;
  /** Its problems not yet closed (those the cadre may see), with their deadlines. */
  openProblems: ProblemView[];
  /** Its talent demands; null when the cadre's role does not see demands (a department's reviewer). */
  demands: DemandView[] | null;
  /** Its designated chief technology officers (首席技术官), withdrawn ones included with their date. */
  ctos: CtoView[];
  code: { version: number; issuedAt: string; expiresAt: string };
}

/** A refusal in words, as the page's message and as the field `c` (the code). */
const refused = (why: string) => new PlatformError(400, why, [{ path: 'c', message: why }]);

/** A cadre scans a code: signature, expiry and version checked, then the enterprise's page within the cadre's scope. */
export async function openEnterpriseCode(p: Platform, c: Caller, token: unknown): Promise<EnterpriseServicePage> {
  if (!isStaff(c)) throw forbidden('企业码供人才办、承办部门和领导等工作人员走访企业时扫码使用');
  let v;
  try {
    v = await verifyCredential(p, token, 'enterprise-code', { audience: ENTERPRISE_CODE_AUDIENCE });
  } catch (e) {
    if (!(e instanceof PlatformError)) throw e;
    const why = e.errors[0]?.message;
    throw refused(`无法打开企业码：${why ?? '凭证无效'}`);
  }
  const id = /^enterprise:[1-9][0-9]{0,14}$/.test(v.subject) ? Number(v.subject.slice('enterprise:'.length)) : null;
  const ver = v.claims.ver;
  if (id === null || !Number.isSafeInteger(ver)) throw refused('无法打开企业码：企业码内容不完整');
  const e = await p.db.selectFrom('enterprises').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e || !visibleRegions(c).includes(e.region)) throw notFound('该企业');
  if (e.state !== 'verified') throw refused('该企业码已失效：企业注册不在已核验状态');
  if (ver !== e.code_version) throw refused('该企业码已作废：企业已重新生成企业码，请扫描企业现在张贴的企业码');
  const problems = await listProblems(p, c, { enterprise: String(e.id) });
  const demands = seesEnterprises(c) ? await listDemands(p, c, { enterprise: String(e.id) }) : null;
  const ctos = await ctosOfEnterprise(p, e.id);
  return { enterprise: enterpriseView(e), openProblems: problems.filter((x) => x.state !== 'closed'), demands, ctos, code: { version: e.code_version, issuedAt: v.issuedAt.toISOString(), expiresAt: (v.expiresAt ?? expiryOf(v.issuedAt)).toISOString() } };
}
