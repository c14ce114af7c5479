// The life of an application (申报件): which action moves it from which state to which, and who may
// take it. Pure; the platform layer enforces it inside a transaction that also checks the row's
// version, so a stale or repeated transition is refused (409), never applied twice.

export const STATES = ['draft', 'submitted', 'returned', 'reviewing', 'approved', 'rejected', 'scheduled', 'paid', 'withdrawn'] as const;
export type AppState = (typeof STATES)[number];

export const STATE_LABELS: Record<AppState, string> = {
  draft: '草稿',
  submitted: '已提交（待受理）',
  returned: '退回补正',
  reviewing: '联审中',
  approved: '已核准',
  rejected: '未通过',
  scheduled: '已安排兑付',
  paid: '已兑付',
  withdrawn: '已撤回',
};

export type Actor = 'applicant' | 'clerk' | 'reviewer' | 'system';

export const ACTIONS = {
  submit: { from: ['draft'], to: 'submitted', by: 'applicant', label: '提交申报' },
  return: { from: ['submitted'], to: 'returned', by: 'clerk', label: '退回补正（一次性告知所缺材料）' },
  resubmit: { from: ['returned'], to: 'submitted', by: 'applicant', label: '补正后重新提交' },
  accept: { from: ['submitted'], to: 'reviewing', by: 'clerk', label: '受理并发起联审' },
  approve: { from: ['reviewing'], to: 'approved', by: 'clerk', label: '核准' },
  reject: { from: ['submitted', 'reviewing'], to: 'rejected', by: 'clerk', label: '不予通过' },
  // From 'paid' too: rules left open at approval and decided later bring new instalments to pay.
  schedule: { from: ['approved', 'paid'], to: 'scheduled', by: 'system', label: '安排兑付' },
  pay: { from: ['scheduled'], to: 'paid', by: 'system', label: '兑付完成' },
  withdraw: { from: ['draft', 'submitted', 'returned'], to: 'withdrawn', by: 'applicant', label: '撤回' },
} as const satisfies Record<string, { from: readonly AppState[]; to: AppState; by: Actor; label: string }>;

export type Action = keyof typeof ACTIONS;

/** States in which the promised deadline is running (the clock stops while returned for 补正). */
export const CLOCK_RUNNING: ReadonlySet<AppState> = new Set(['submitted', 'reviewing']);
export const FINAL: ReadonlySet<AppState> = new Set(['approved', 'rejected', 'scheduled', 'paid', 'withdrawn']);

export function transition(state: AppState, action: Action): { ok: true; to: AppState } | { ok: false; reason: string } {
  const a = ACTIONS[action];
  if (!(a.from as readonly AppState[]).includes(state)) {
    return { ok: false, reason: `申报件当前状态为「${STATE_LABELS[state]}」，不能${a.label}` };
  }
  return { ok: true, to: a.to };
}

export const isState = (s: unknown): s is AppState => typeof s === 'string' && (STATES as readonly string[]).includes(s);
