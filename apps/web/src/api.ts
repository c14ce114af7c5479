// Typed client for the rencai API (the same JSON the CLI prints); errors become ApiError with the
// API's Chinese messages, never a raw exception text.

export interface Option { value: string; label: string }
export interface Fact {
  name: string;
  type: 'enum' | 'text' | 'quals' | 'int' | 'bool' | 'date' | 'money' | 'list';
  label: string;
  question?: string;
  unit?: string;
  options?: Option[];
  minimum?: number;
  maximum?: number;
  fields?: Fact[];
}
export interface Qualification { code: string; name: string; group: string; aliases?: string[] }

export interface ParamRef { path: string; from?: string; example?: boolean; reform?: boolean; reference?: { doc?: string; text?: string; article?: number; item?: number | string; interpretation?: string } }
export interface ExplNode {
  kind: string;
  label?: string;
  display?: string;
  text?: string;
  met?: boolean;
  unmet?: string;
  fact?: string;
  value?: unknown;
  unit?: string;
  missing?: string[];
  param?: ParamRef;
  children?: ExplNode[];
}
export interface Clause { doc: string; article: number; item?: number | string; cite: string }
export interface Instalment { date: string; year: number; amountFen: number; due: boolean }
export interface RuleResult {
  policy: string;
  rule: string;
  benefit?: string;
  name: string;
  kind: string;
  clause: Clause;
  text: string;
  beneficiary: string;
  payer?: { code: string; name: string };
  status: 'granted' | 'up_to' | 'undetermined' | 'not_eligible';
  entity?: { list: string; index: number; name?: string };
  interpretations?: string[];
  amountFen?: number;
  amountYuan?: string;
  amountText?: string;
  totalFen?: number;
  dueFen?: number;
  schedule?: { kind: string; description: string; instalments?: Instalment[] };
  explanation?: { eligibility?: ExplNode; amount?: ExplNode };
  missing?: string[];
  reason?: string;
  /** One plain sentence: why, what, how much, when, the clause. */
  summary?: string;
  /** The amount's arithmetic in one line. */
  arithmetic?: string;
  /** The amount rests on an example value. */
  example?: boolean;
  /** Amount known, only the payment date missing (the facts that would give it). */
  dateMissing?: string[];
  /** Undetermined: the most it could be worth (fen). */
  stakeFen?: number;
}
export interface MissingFact {
  fact: string;
  label: string;
  question?: string;
  unlocks: { policy: string; rule: string; name: string }[];
  /** The most money answering could decide (fen) and that in words ("可能影响 20,000 元"). */
  stakeFen?: number;
  stakeText?: string;
  /** Only dates a benefit already known. */
  dateOnly?: boolean;
}
export interface CalcResult {
  format: string;
  asOf: string;
  policies: { id: string; title: string; docNumber: string; version: string }[];
  entitlements: RuleResult[];
  inKind: RuleResult[];
  obligations: RuleResult[];
  undetermined: RuleResult[];
  notEligible?: RuleResult[];
  missingFacts: MissingFact[];
  /** Parameters without a value in force: path, description, date, and the names of the benefits they decide. */
  awaitingData: { param: string; label?: string; date?: string; unlocks?: string[] }[];
  totals: { grantedFen: number; upToFen: number; dueFen: number };
}
export interface CalcRequest { profile: Record<string, unknown>; date?: string; whyNot?: boolean; policy?: string }

export interface PolicySummary {
  id: string; title: string; docNumber: string; issuer?: string; issued?: string; effectiveFrom?: string;
  jurisdiction: string[]; jurisdictionLabel?: string; version: string; rules: number; parameters: number; exampleParameters?: string[];
}
export interface ParamValue { from: string; to?: string; value: unknown; yuan?: string; example?: boolean; reference?: ParamRef['reference'] }
/** `choices`: for a text parameter holding codes, each code's Chinese name. */
export interface PolicyParameter { path: string; description?: string; unit?: string; periodic?: string; choices?: Record<string, string>; values: ParamValue[] }
export interface PolicyRule { id: string; name: string; kind: string; beneficiary: string; clause: Clause; text: string; payer?: { name: string }; interpretations?: string[]; upTo?: boolean; forEach?: string }
export interface PolicyDetail extends Omit<PolicySummary, 'rules' | 'parameters'> {
  fundingNote?: string;
  clauses: { article: number; item?: number | string; cite: string; text: string }[];
  rules: PolicyRule[];
  parameters: PolicyParameter[];
}

export interface FieldError { path: string; message: string }
/** An API answer other than 2xx, or no answer at all; `message` is always Chinese and safe to show. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly errors: FieldError[] = []) {
    super(message);
  }
}

let csrfToken: string | undefined;
/** The session's CSRF token (from log-in or /auth/me), sent as x-csrf-token on every change. */
export function setCsrf(token: string | undefined) {
  csrfToken = token;
}

async function send(url: string, init?: RequestInit): Promise<Response> {
  const method = (init?.method ?? 'GET').toUpperCase();
  const headers = new Headers(init?.headers);
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  try {
    return await fetch(url, { ...init, headers, credentials: 'same-origin' });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('无法连接服务器，请检查网络后重试', 0);
  }
}

export async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await send(url, init);
  } catch (e) {
    if (e instanceof ApiError) throw e;
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('无法连接服务器，请检查网络后重试', 0);
  }
  return readJson<T>(res);
}

async function readJson<T>(res: Response): Promise<T> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.ok ? '服务器返回的数据无法读取' : `服务器错误（${res.status}），请稍后再试`, res.status);
  }
  if (!res.ok) {
    const b = body as { error?: unknown; errors?: unknown };
    const errors = Array.isArray(b.errors) ? (b.errors as FieldError[]).filter((x) => typeof x?.message === 'string') : [];
    throw new ApiError(typeof b.error === 'string' ? b.error : `请求失败（${res.status}）`, res.status, errors);
  }
  return body as T;
}

export const json = (method: string, body?: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
export const qs = (q: Record<string, string | number | boolean | undefined>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') u.set(k, String(v));
  const t = u.toString();
  return t ? `?${t}` : '';
};
export function upload<T>(url: string, file: File | Blob, fields: Record<string, string> = {}, filename?: string): Promise<T> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  fd.append('file', file, filename ?? (file instanceof File ? file.name : 'file'));
  return request<T>(url, { method: 'POST', body: fd });
}
/** A file download (xlsx): the bytes, or ApiError with the API's message. */
export async function download(url: string): Promise<Blob> {
  const res = await send(url);
  if (!res.ok) return readJson<never>(res);
  return res.blob();
}

export const api = {
  facts: () => request<Fact[]>('/api/v1/facts'),
  qualifications: (q?: string) => request<Qualification[]>(`/api/v1/qualifications${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  calculate: (body: CalcRequest, signal?: AbortSignal) =>
    request<CalcResult>('/api/v1/calculate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal }),
  policies: () => request<PolicySummary[]>('/api/v1/policies'),
  policy: (id: string) => request<PolicyDetail>(`/api/v1/policies/${encodeURIComponent(id)}`),

  // ---- platform (session cookie + CSRF header)
  login: (username: string, password: string) => request<Session>('/api/v1/auth/login', json('POST', { username, password })),
  me: () => request<Session>('/api/v1/auth/me'),
  logout: () => request<{ ok: boolean; endSessionUrl?: string }>('/api/v1/auth/logout', json('POST', {})),
  /** Whether sign-in through the government's identity provider is on, its button's words, and what each refusal code means. */
  oidcConfig: () => request<{ enabled: boolean; label: string | null; refusals: Record<string, string> }>('/api/v1/auth/oidc/config'),
  regions: () => request<Region[]>('/api/v1/regions'),
  persons: (q: { q?: string; page?: number; pageSize?: number }) => request<Page<Person>>(`/api/v1/persons${qs(q)}`),
  person: (id: number) => request<Person>(`/api/v1/persons/${id}`),
  revokeRecognition: (id: number, reason: string, effectiveOn?: string) => request<Recognition>(`/api/v1/recognitions/${id}/revoke`, json('POST', { reason, ...(effectiveOn ? { effectiveOn } : {}) })),
  demoAccounts: () => request<{ accounts: string[] }>('/api/v1/auth/demo'),
  confirmEmployment: (id: number) => request<Person>(`/api/v1/persons/${id}/confirm-employment`, json('POST', {})),
  /** A talent sets the 收款账户 on their own record (the API lets clerks change any field); both null removes it. `version`: the record's version last seen (If-Match). */
  updatePerson: (id: number, body: BankAccountInput, version: number) => request<Person>(`/api/v1/persons/${id}`, json('PATCH', body, { 'if-match': String(version) })),
  /** The facts the rules read that a clerk records on a person (人才事实, the current post's nature). */
  updatePersonFacts: (id: number, body: { facts?: Record<string, unknown>; education?: unknown[]; employment?: NonNullable<Person['employment']>; reason: string }, version: number) => request<Person>(`/api/v1/persons/${id}`, json('PATCH', body, { 'if-match': String(version) })),
  reveal: (id: number, field: 'idNumber' | 'phone', purpose: string) => request<{ value?: string } & Record<string, unknown>>(`/api/v1/persons/${id}/reveal`, json('POST', { field, purpose })),
  employers: (q: { q?: string; page?: number; pageSize?: number } = {}) => request<Page<Employer>>(`/api/v1/employers${qs(q)}`),
  employer: (id: number) => request<Employer>(`/api/v1/employers/${id}`),
  /** HR sets their organisation’s 收款账户 (the API lets clerks change any field). `version`: as last seen (If-Match). */
  updateStreamers: (id: number, streamers: Streamer[], reason: string, version: number) => request<Employer>(`/api/v1/employers/${id}`, json('PATCH', { facts: { streamers }, reason }, { 'if-match': String(version) })),
  updateEmployer: (id: number, body: BankAccountInput, version: number) => request<Employer>(`/api/v1/employers/${id}`, json('PATCH', body, { 'if-match': String(version) })),
  importFile: (kind: 'persons' | 'employers', file: File) => upload<ImportReport>(`/api/v1/import/${kind}`, file),
  exportPersons: (format: 'xlsx' | 'csv') => download(`/api/v1/export/persons?format=${format}`),
  matters: () => request<Matter[]>('/api/v1/matters'),
  /** The matters the signed-in applicant may apply for (only those whose policy package applies to their region), with the subjects a form can name. */
  myMatters: () => request<OfferedMatter[]>('/api/v1/me/matters'),
  applications: (q: AppFilters & { page?: number; pageSize?: number }) =>
    request<Page<AppSummary>>(`/api/v1/applications${qs({ ...q, overdue: q.overdue ? 'true' : undefined, awaitingMyReview: q.awaitingMyReview ? 'true' : undefined })}`),
  /** The queue as a spreadsheet with the same filters (a link: the browser downloads it with the session cookie). */
  applicationsExportUrl: (q: AppFilters) => `/api/v1/export/applications${qs({ format: 'xlsx', state: q.state, matter: q.matter, overdue: q.overdue ? 'true' : undefined, q: q.q })}`,
  /** An empty import workbook with the header row (persons or employers). */
  importTemplateUrl: (kind: 'persons' | 'employers') => `/api/v1/import/${kind}/template`,
  application: (id: number) => request<AppDetail>(`/api/v1/applications/${id}`),
  createApplication: (body: { matter: string; personId?: number; employerId?: number; data?: Record<string, unknown> }) => request<AppDetail>('/api/v1/applications', json('POST', body)),
  attach: (id: number, material: string, file: File) => upload<unknown>(`/api/v1/applications/${id}/files`, file, { material }),
  fileUrl: (id: number, sha: string) => `/api/v1/applications/${id}/files/${sha}`,
  step: (id: number, step: 'submit' | 'withdraw' | 'return' | 'accept' | 'reviews' | 'approve' | 'confirm-adjustment' | 'reject' | 'open-rules/decide' | 'open-rules/close', body: Record<string, unknown> = {}) =>
    request<AppDetail>(`/api/v1/applications/${id}/${step}`, json('POST', body)),
  computation: (id: number) => request<Computation>(`/api/v1/applications/${id}/computation`),
  messages: () => request<Message[]>('/api/v1/messages'),
  markRead: (ids?: number[]) => request<{ marked: number }>('/api/v1/messages/read', json('POST', ids ? { ids } : {})),
  myEntitlements: () => request<MyEntitlements>('/api/v1/me/entitlements'),
  ledger: (q: { personId?: number; employerId?: number; applicationId?: number }) => request<Ledger>(`/api/v1/ledger${qs(q)}`),
  batches: () => request<Batch[]>('/api/v1/payment-batches'),
  batch: (id: number) => request<Batch>(`/api/v1/payment-batches/${id}`),
  createBatch: (region: string, key: string) => request<Batch>('/api/v1/payment-batches', json('POST', { region }, { 'idempotency-key': key })),
  exportBatch: (id: number) => download(`/api/v1/payment-batches/${id}/export`),
  bankResult: (id: number, file: File) => upload<BankResultReport>(`/api/v1/payment-batches/${id}/result`, file),
  dashboard: (range: DashboardRange = {}) => request<Dashboard>(`/api/v1/stats/dashboard${qs({ ...range })}`),
  exportDashboard: (range: DashboardRange = {}) => download(`/api/v1/stats/dashboard/export${qs({ ...range })}`),
  proactive: (create: boolean) => request<{ scanned: number; candidates: Candidate[] }>('/api/v1/proactive/run', json('POST', { create })),
};

// ---- platform types (see packages/platform/src: the JSON the routes return)
export type Role = 'talent' | 'employer' | 'clerk' | 'reviewer' | 'leader' | 'admin' | 'unit_reporter' | 'unit_head' | 'partner_verifier' | 'enterprise' | 'helper';
export interface User { userId: number; username?: string; role: Role; region: string; department: string | null; personId: number | null; employerId: number | null; displayName: string }
/** mustChangePassword: every other request is refused until the password is changed. */
export interface Session { user: User; roleLabel: string; csrfToken: string; mustChangePassword?: boolean }
export interface Region { code: string; name: string }
export interface Page<T> { items: T[]; total: number; page: number; pageSize: number }
/** 收款账户 as sent: 开户银行 and the full 银行账号 (null for both removes it), with the reason for the change. */
export interface BankAccountInput { bankName: string | null; bankAccount: string | null; reason: string }
/** 收款账户 as shown: the bank and the masked number (first 4, last 4); null when none is registered. */
export interface Recognition {
  id: number; qualifications: { code: string; name?: string; obtained?: string }[]; tierArt19: number | null; tierArt20: number | null; basis: string | null;
  validFrom: string; validTo: string | null; applicationId: number | null; revokedOn: string | null; revokeReason: string | null;
}
export interface BankAccountView { bankName?: string | null; bankAccountMasked?: string | null }
export interface Person extends BankAccountView {
  id: number; name: string; idNumber: string; phone: string; sex?: string; birthDate?: string; region: string; regionName: string; employerId: number | null;
  education?: { major?: string; majorCode?: string; majorName?: string; majorCodeShown?: string | null; degree: string; school?: string; fullTime?: boolean; universityClass?: string }[];
  qualifications?: { code?: string; name?: string; recognised?: boolean; validUntil?: string; tier19?: number; tier20?: number }[];
  recognitions?: Recognition[];
  employment?: ({ post?: string; start?: string; end?: string; region?: string; fullTime?: boolean; employerId?: number; employerName?: string; serviceAgreementYears?: number; confirmedOn?: string } & Partial<Record<PostFact, boolean>>)[];
  /** 人才事实 the rules read (急需紧缺专业、应届毕业生、毕业院校). */
  facts?: Record<string, unknown>;
  version: number; updatedAt?: string;
}
export interface Employer extends BankAccountView { id: number; uscc: string; name: string; region: string; regionName: string; kind: string; kindLabel: string; keyIndustry: boolean; sector?: string; version: number; facts?: { streamers?: Streamer[] } & Record<string, unknown> }
/** A live streamer the employer records (art.18): money in yuan as text, dates YYYY-MM-DD, as the registry stores them. */
export interface Streamer { name?: string; platform?: string; starred?: boolean; recognizedDate?: string; famous?: boolean; localContribution?: string }
export interface ImportReport { total: number; inserted: number; rejected: number; errors: { row: number; column: string; message: string }[] }
export interface MatterMaterial { code: string; name: string; fromRegistry?: boolean; held?: boolean; heldNote?: string }
export interface Matter {
  code: string; name: string; clauses: string[]; applicant: 'person' | 'employer'; applicantLabel: string; rules: string[]; materials: MatterMaterial[];
  /** The joint-review departments, each with what it checks for this matter. */
  departments: { code: string; name: string; checks?: string }[]; promisedDays: number; proactive: string; description: string;
  /** The policy package it belongs to and where that package applies (policyLabel, e.g. 台州市椒江区). */
  policy?: string | null; policyLabel?: string;
  /** What one application is for: an employee, a recorded project or streamer; and the separate claims of the matter. */
  subject?: 'employee' | 'project' | 'streamer' | null; claims?: { code: string; name: string }[] | null;
}
/** A matter offered to the signed-in applicant, with the subjects its form can name (value: registry id or recorded name). */
export interface OfferedMatter extends Matter { subjects: { value: number | string; label: string }[] | null }
/** The queue's filters (q: a name fragment or a full 18-digit ID number). */
export interface AppFilters { state?: string; matter?: string; overdue?: boolean; awaitingMyReview?: boolean; q?: string }
export interface AppSummary {
  id: number; matter: string; matterName: string; applicantKind: string; applicantName: string; personId: number | null; employerId: number | null; region: string; regionName: string;
  state: string; stateLabel: string; submittedOn: string | null; dueOn: string | null; overdue: boolean; workdaysLeft: number | null; amountFen: number | null; version: number;
}
export interface AppDetail extends AppSummary {
  data: Record<string, unknown>; subject?: string | null; missing: string[] | null; returnCount: number; pausedWorkdays: number; matterInfo: Matter;
  materials: (MatterMaterial & { provided: boolean; files: { name: string; sha256: string; uploadedAt: string }[] })[];
  /** The history: `label` and `note` in Chinese; `action` and `department` are the stored codes. */
  events: AppEvent[];
  reviews: { department: string; departmentName: string; decision: 'approve' | 'reject' | null; reason: string | null; at: string | null; by: string | null }[];
  /** The latest decision; `decisions` holds every one (rules left open at approval are decided later, each time a receipt of its own). */
  decision: null | Decision;
  decisions?: Decision[];
  /** Rules still open: what each needs and where it is recorded. */
  openRules?: OpenRule[];
  /** The applicant's other applications for the same matter and the payments made for it (as far as the caller may see). */
  related?: {
    applications: { id: number; state: string; stateLabel: string; period: string; submittedOn: string | null; amountFen: number | null }[];
    payments: { id: number; applicationId: number | null; instalmentKey: string; benefit: string; amountFen: number; dueOn: string | null; batchId: number | null; paidAt: string }[];
  };
  /** For an approved 人才层次认定: what was recognised (it has no amount). */
  recognition?: RecognitionResult | null;
}
export interface AppEvent {
  action: string; label?: string; note?: string | null; department?: string; departmentName?: string;
  from: string | null; to: string | null; toLabel?: string | null; reason: string | null; at: string; by: string | null;
}
export interface TierView { article: 19 | 20; tier: number; label: string; cite: string; condition?: string }
export interface RecognitionResult {
  id: number; qualifications: { code: string; name: string; obtained?: string; tiers: TierView[] }[]; recognisedTiers: TierView[]; tiers: TierView[];
  basis: string | null; validFrom: string; validTo: string | null; revokedOn: string | null; revokeReason: string | null;
}
/** The bank's result file booked: how many lines were paid (or the batch was already paid). */
export interface BankResultReport { batch: Batch; paid: number; alreadyPaid: boolean }
/** The yes/no facts of a post (employment entry) the rules read as person.<name>. */
export type PostFact = 'professionalPost' | 'employedAsSocialWorker' | 'shortageFrontlinePost' | 'healthSystem' | 'selfEmployed';
export interface DecidedRule { key: string; rule: string; name: string; status: 'granted' | 'up_to' | 'not_eligible' | 'closed'; computedFen: number; reason?: string }
export interface OpenRule { key: string; rule: string; name: string; missing: { fact: string; label: string; where?: string; home?: string }[] }
export interface Decision {
  seq?: number; asOf: string; factsHash: string; computedFen: number; approvedFen: number; adjustmentReason: string | null; decidedBy: number | null; decidedByName?: string | null;
  pending?: boolean; secondApproved: boolean; rules?: DecidedRule[]; open?: OpenRule[]; decidedAt?: string;
  /** The budget envelopes (预算额度) this decision exceeds, and the second approver's reason for booking it anyway. */
  budgetExcess?: Array<{ budgetId: number; fund: string; payer: string; region: string; year: number; amountFen: number; committedFen: number; thisFen: number; overFen: number }>; budgetOverrideReason?: string | null;
}
export interface Computation { asOf: string; factsHash: string; entitlements: RuleResult[]; undetermined: RuleResult[]; upTo: RuleResult[]; computedFen: number }
export interface Message { id: number; applicationId: number | null; text: string; createdAt: string; read: boolean }
export interface MyEntitlements { asOf: string; profile: { region?: string; person?: { qualifications?: string[] } & Record<string, unknown> }; result: CalcResult; couldApply: { matter: string; name: string; entitlements: RuleResult[]; amountFen: number }[] }
export interface LedgerLine { id: number; kind: string; kindLabel: string; applicationId: number | null; rule: string; benefit: string; clause: string; payer: string; payerLabel: string; year: number | null; dueOn: string | null; amountFen: number; instalmentKey: string; paid?: boolean; note: string | null; regionName: string; subject?: string | null; subjectPersonId?: number | null }
export interface Ledger { lines: LedgerLine[]; balance: { grantedFen: number; paidFen: number; outstandingFen: number; refundDueFen: number } }
export interface Batch {
  id: number; region: string; regionName: string; state: string; stateLabel: string; totalFen: number; items: number; createdAt: string; paidAt: string | null;
  missingAccounts?: number;
  /** On creation: due lines left out because their payee has no receiving account yet. */
  heldBack?: { items: number; totalFen: number };
  lines?: ({ instalmentKey: string; payee: string; idNumber: string; benefit: string; clause: string; dueOn: string; amountFen: number; applicationId: number } & BankAccountView)[];
}
export interface Candidate { personId: number; name: string; regionName: string; matter: string; matterName: string; amountFen: number; amountText: string; createdApplicationId?: number; submitted?: boolean }
export interface Keyed { key: string; label: string; fen: number }
/** The dashboard's date range (YYYY-MM-DD, China calendar days); absent ends are open. */
export interface DashboardRange { from?: string; to?: string }
/** One county, department, category or month (key '' for the total) of the problem pool's figures. */
export interface ProblemStatsRow { key: string; label: string; raised: number; answered: number; answeredOnTime: number; overdue: number; reopened: number; rated: number; satisfaction: number | null }
export interface ProblemStats { range: { from?: string; to?: string }; byRegion: ProblemStatsRow[]; byDepartment: ProblemStatsRow[]; byCategory: ProblemStatsRow[]; byMonth: ProblemStatsRow[]; total: ProblemStatsRow }
export interface Dashboard {
  range: DashboardRange;
  talentsByRegion: { region: string; label: string; n: number }[];
  talentsByDegree: { degree: string; label: string; n: number }[];
  money: { grantedFen: number; paidFen: number; refundDueFen: number; grantedByClause: Keyed[]; grantedByPayer: Keyed[]; grantedByRegion: Keyed[]; grantedByYear: Keyed[]; paidByRegion?: Keyed[]; shares: { cityFen: number; countyFen: number; unitFen: number } };
  applicationsByState: { state: string; label: string; n: number }[];
  /** rate = onTime / decided (null when none is decided); overdue: open applications past their deadline. */
  onTime: { decided: number; onTime: number; late: number; rate: number | null; overdue: number };
  /** Enterprises' problems raised within the range (null for roles that do not oversee enterprises). */
  problems: ProblemStats | null;
  /** Budget execution per fund for the year the range ends in (empty for those who may not see budgets). */
  budgets?: { year: number; byFund: { fund: string; amountFen: number; committedFen: number; paidFen: number; remainingFen: number; envelopes: number }[] };
}

/** A message safe to show for anything thrown by the client (no stack, no English internals). */
export function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : '出现意外错误，请刷新页面后重试';
}

/** Like errorText, with the field messages appended (each once), for a form-level alert. */
export function failText(e: unknown): string {
  return e instanceof ApiError ? [e.message, ...e.errors.map((x) => x.message)].filter((x, i, a) => a.indexOf(x) === i).join('；') : errorText(e);
}
