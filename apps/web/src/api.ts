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
}
export interface MissingFact { fact: string; label: string; question?: string; unlocks: { policy: string; rule: string; name: string }[] }
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
  awaitingData: { param: string; date: string; unlocks?: { rule: string; name?: string }[] }[];
  totals: { grantedFen: number; upToFen: number; dueFen: number };
}
export interface CalcRequest { profile: Record<string, unknown>; date?: string; whyNot?: boolean; policy?: string }

export interface PolicySummary {
  id: string; title: string; docNumber: string; issuer?: string; issued?: string; effectiveFrom?: string;
  jurisdiction: string[]; jurisdictionLabel?: string; version: string; rules: number; parameters: number; exampleParameters?: string[];
}
export interface ParamValue { from: string; to?: string; value: unknown; yuan?: string; example?: boolean; reference?: ParamRef['reference'] }
export interface PolicyParameter { path: string; description?: string; unit?: string; periodic?: string; values: ParamValue[] }
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

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('无法连接服务器，请检查网络后重试', 0);
  }
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

export const api = {
  facts: () => request<Fact[]>('/api/v1/facts'),
  qualifications: (q?: string) => request<Qualification[]>(`/api/v1/qualifications${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  calculate: (body: CalcRequest, signal?: AbortSignal) =>
    request<CalcResult>('/api/v1/calculate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal }),
  policies: () => request<PolicySummary[]>('/api/v1/policies'),
  policy: (id: string) => request<PolicyDetail>(`/api/v1/policies/${encodeURIComponent(id)}`),
};

/** A message safe to show for anything thrown by the client (no stack, no English internals). */
export function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : '出现意外错误，请刷新页面后重试';
}
