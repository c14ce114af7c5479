// One application: header with state and deadline, materials (registry-held ones shown as 免交; the
// applicant uploads the rest while a draft or returned), the timeline; for staff the engine's
// explanation, the applicant's other applications and payments for the same benefit, the
// joint-review panel and the clerk's actions. Used by both portals and the workbench.

import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Collapse, Descriptions, Form, Input, List, Modal, Popconfirm, Space, Tag, Upload, message } from 'antd';
import { Field } from '../field';
import { api, type AppDetail, type RuleResult, type User } from '../api';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { formatDay } from '../time';
import { RuleDetail, RuleTitle } from '../calculator/RuleCard';
import { useSession } from '../session';
import { Due, EventTimeline, Loading, StateTag, failText } from '../ui/common';
import { usePT } from '../ui/i18n';
import { RecognitionCard } from '../registry/recognition-card';
import { ReviewPoints } from '../review/review-points';
import { reasonError, yuanError, yuanToFen } from './validate';
import { RuleDecisions } from '../decisions/rule-decisions';
import { BudgetExcessAlert, BudgetNote } from '../budgets/budget-flag';

type Mode = 'applicant' | 'staff';

export function ApplicationView({ id, mode, back }: { id: number; mode: Mode; back: string }) {
  const pt = usePT();
  const [version, setVersion] = useState(0);
  const [current, setCurrent] = useState<AppDetail | undefined>();
  const loaded = useLoad(() => api.application(id), [id, version]);
  const a = current?.id === id && current.version >= (loaded.data?.version ?? 0) ? current : loaded.data;
  const refresh = (next?: AppDetail) => {
    setCurrent(next);
    if (!next) setVersion((v) => v + 1);
  };
  return (
    <div className="app-view">
      <Link to={back} className="back-link">← {pt('back')}</Link>
      <Loading loaded={{ ...loaded, data: a }} notFound={pt('notFoundApp')}>
        {(app) => <Body a={app} mode={mode} refresh={refresh} />}
      </Loading>
    </div>
  );
}

function Body({ a, mode, refresh }: { a: AppDetail; mode: Mode; refresh: (next?: AppDetail) => void }) {
  const pt = usePT();
  const { session } = useSession();
  const user = session?.user;
  const editable = mode === 'applicant' && (a.state === 'draft' || a.state === 'returned');
  // A matter that pays nothing (人才层次认定) shows what was recognised, not an amount of 0 元.
  const paysNothing = a.matterInfo.rules.length === 0;
  return (
    <div data-testid="application" data-state={a.state}>
      <h1>
        {a.matterName} <span className="muted">#{a.id}</span> <StateTag a={a} />
      </h1>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 3 }} className="block">
        <Descriptions.Item label={pt('applicant')}>{a.applicantName}</Descriptions.Item>
        <Descriptions.Item label={pt('region')}>{a.regionName}</Descriptions.Item>
        <Descriptions.Item label={pt('submittedOn')}>{a.submittedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={pt('dueOn')}><Due a={a} /></Descriptions.Item>
        <Descriptions.Item label={pt('clause')}>{a.matterInfo.clauses.join('；')}</Descriptions.Item>
        {a.subject && <Descriptions.Item label={pt('claimSubject')}>{a.subject}</Descriptions.Item>}
        {a.decision && !paysNothing && (
          <Descriptions.Item label={pt('approvedAmount')}>
            <b data-testid="approved-amount">{formatFen((a.decisions ?? [a.decision]).reduce((s, d) => s + d.approvedFen, 0))}</b>
            {a.decision.pending && !!a.decision.budgetExcess?.length ? <Tag color="red" className="ml">超出预算额度，待第二人复核</Tag> : (a.decision.pending ?? (a.decision.approvedFen !== a.decision.computedFen && !a.decision.secondApproved)) && <Tag color="gold" className="ml">{pt('adjustmentPending')}</Tag>}
          </Descriptions.Item>
        )}
      </Descriptions>
      {mode === 'staff' && a.decision && <BudgetExcessAlert excess={a.decision.budgetExcess ?? []} overrideReason={a.decision.budgetOverrideReason} />}
      {a.state === 'returned' && a.missing && (
        <Alert
          className="block"
          type="warning"
          showIcon
          title={pt('returnedMissing')}
          description={a.missing.map((m) => a.materials.find((x) => x.code === m)?.name ?? m).join('、')}
          data-testid="returned"
        />
      )}
      {a.matter === 'tier_recognition' && <RecognitionCard a={a} />}
      {!!a.data && Array.isArray((a.data as { experts?: unknown }).experts) && <Experts data={a.data} />}
      <Card size="small" title={pt('evidence')} className="block">
        <Materials a={a} editable={editable} refresh={refresh} />
      </Card>
      {mode === 'applicant' && <ApplicantActions a={a} refresh={refresh} />}
      {mode === 'staff' && user && <StaffPanel a={a} user={user} refresh={refresh} />}
      <Card size="small" title={pt('timeline')} className="block">
        <EventTimeline a={a} showCodes={mode === 'staff'} />
      </Card>
    </div>
  );
}

function Experts({ data }: { data: Record<string, unknown> }) {
  const pt = usePT();
  const d = data as { year?: number; experts: { personId: number; salaryFen: number; qualified: boolean }[] };
  return (
    <Card size="small" className="block" title={`${pt('experts')} · ${pt('salaryYear')} ${d.year ?? ''}`}>
      <List size="small" dataSource={d.experts} renderItem={(x) => <List.Item>#{x.personId} · {formatFen(x.salaryFen)} · {x.qualified ? pt('qualified') : '—'}</List.Item>} />
    </Card>
  );
}

function Materials({ a, editable, refresh }: { a: AppDetail; editable: boolean; refresh: (next?: AppDetail) => void }) {
  const pt = usePT();
  const [busy, setBusy] = useState<string>();
  const [err, setErr] = useState<string>();
  return (
    <>
      {err && <Alert type="error" title={err} className="block" closable onClose={() => setErr(undefined)} />}
      <List
        size="small"
        dataSource={a.materials}
        renderItem={(m) => {
          const missing = a.state === 'returned' && a.missing?.includes(m.code);
          return (
            <List.Item data-material={m.code} className={missing ? 'material-missing' : undefined}>
              <div className="material">
                <div>
                  <b>{m.name}</b>{' '}
                  {m.held ? <Tag color="green">{pt('held')}</Tag> : m.provided ? <Tag color="blue">{pt('provided')}</Tag> : <Tag color="orange">{pt('notProvided')}</Tag>}
                  {m.held && m.heldNote && <span className="muted small">{m.heldNote}</span>}
                </div>
                {m.files.length > 0 && (
                  <div className="small">
                    {m.files.map((f) => (
                      <a key={f.sha256} href={api.fileUrl(a.id, f.sha256)} target="_blank" rel="noreferrer" className="file-link">
                        {f.name}
                      </a>
                    ))}
                  </div>
                )}
              </div>
              {editable && (!m.held || missing) && (
                <Upload
                  accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    setBusy(m.code);
                    setErr(undefined);
                    api.attach(a.id, m.code, file).then(
                      () => {
                        setBusy(undefined);
                        void message.success(`${pt('uploaded')}：${file.name}`);
                        refresh();
                      },
                      (e: unknown) => {
                        setBusy(undefined);
                        setErr(failText(e));
                      },
                    );
                    return false;
                  }}
                >
                  <Button size="small" loading={busy === m.code} data-testid={`upload-${m.code}`}>
                    {pt('upload')}
                  </Button>
                </Upload>
              )}
            </List.Item>
          );
        }}
      />
      {editable && <div className="muted small">{pt('uploadHint')}</div>}
    </>
  );
}

/** Runs one step and shows the API's answer (Chinese) on failure. */
function useStep(a: AppDetail, refresh: (next?: AppDetail) => void) {
  const [busy, setBusy] = useState<string>();
  const [err, setErr] = useState<string>();
  const run = async (step: Parameters<typeof api.step>[1], body: Record<string, unknown> = {}) => {
    setBusy(step);
    setErr(undefined);
    try {
      const next = await api.step(a.id, step, body);
      refresh(next);
      return true;
    } catch (e) {
      setErr(failText(e));
      return false;
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, err, run, setErr };
}

function ApplicantActions({ a, refresh }: { a: AppDetail; refresh: (next?: AppDetail) => void }) {
  const pt = usePT();
  const { busy, err, run } = useStep(a, refresh);
  if (a.state !== 'draft' && a.state !== 'returned' && a.state !== 'submitted') return null;
  return (
    <div className="block">
      {err && <Alert type="error" title={err} className="block" data-testid="action-error" />}
      <Space wrap>
        {(a.state === 'draft' || a.state === 'returned') && (
          <Button type="primary" loading={busy === 'submit'} onClick={() => void run('submit', { version: a.version })} data-testid="submit">
            {a.state === 'returned' ? pt('resubmit') : pt('submit')}
          </Button>
        )}
        <Popconfirm title={pt('withdrawConfirm')} okText={pt('confirm')} cancelText={pt('cancel')} onConfirm={() => void run('withdraw', {})}>
          <Button loading={busy === 'withdraw'}>{pt('withdraw')}</Button>
        </Popconfirm>
      </Space>
    </div>
  );
}

function StaffPanel({ a, user, refresh }: { a: AppDetail; user: User; refresh: (next?: AppDetail) => void }) {
  const pt = usePT();
  return (
    <>
      {a.matterInfo.rules.length > 0 && <Computation a={a} />}
      {a.matterInfo.rules.length > 0 && <RuleDecisions a={a} user={user} refresh={refresh} />}
      {a.related && <Related related={a.related} />}
      {a.reviews.length > 0 ? (
        <JointReview a={a} user={user} refresh={refresh} />
      ) : (
        <Card size="small" className="block" title={pt('reviewPoints')} data-testid="review-points">
          <ReviewPoints a={a} user={user} />
        </Card>
      )}
      {(user.role === 'clerk' || user.role === 'leader') && <ClerkActions a={a} user={user} refresh={refresh} />}
    </>
  );
}

function Computation({ a }: { a: AppDetail }) {
  const pt = usePT();
  const loaded = useLoad(() => api.computation(a.id), [a.id, a.version]);
  const items: RuleResult[] = loaded.data ? [...loaded.data.entitlements, ...loaded.data.upTo, ...loaded.data.undetermined] : [];
  return (
    <Card size="small" className="block" title={pt('computation')} extra={loaded.data && <b data-testid="computed">{pt('computedAmount')}：{formatFen(loaded.data.computedFen)}</b>}>
      <Loading loaded={loaded}>
        {() =>
          items.length ? (
            <Collapse size="small" defaultActiveKey={items.length === 1 ? [items[0]!.rule] : undefined} items={items.map((r) => ({ key: r.rule, label: <RuleTitle r={r} />, children: <RuleDetail r={r} /> }))} />
          ) : (
            <span className="muted">{pt('empty')}</span>
          )
        }
      </Loading>
    </Card>
  );
}


/** The applicant's other applications for this benefit and what has been paid for it, so a second claim is seen. */
function Related({ related }: { related: NonNullable<AppDetail['related']> }) {
  const pt = usePT();
  const none = related.applications.length === 0 && related.payments.length === 0;
  return (
    <Card size="small" className="block" title={pt('related')} data-testid="related">
      {none && <span className="muted">{pt('relatedNone')}</span>}
      {related.applications.length > 0 && (
        <List
          size="small"
          dataSource={related.applications}
          renderItem={(r) => (
            <List.Item data-related-app={r.id}>
              <Link to={`/workbench/applications/${r.id}`}>#{r.id}</Link> {r.period} <Tag>{r.stateLabel}</Tag> {r.submittedOn ?? ''} {r.amountFen !== null && formatFen(r.amountFen)}
            </List.Item>
          )}
        />
      )}
      {related.payments.length > 0 && (
        <List
          size="small"
          dataSource={related.payments}
          renderItem={(x) => (
            <List.Item data-related-payment={x.id}>
              <Tag color="green">{pt('relatedPaid')}</Tag> {x.benefit} {formatFen(x.amountFen)} <span className="muted small">#{x.applicationId} · {formatDay(x.paidAt)}</span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function JointReview({ a, user, refresh }: { a: AppDetail; user: User; refresh: (next?: AppDetail) => void }) {
  const pt = usePT();
  const { busy, err, run } = useStep(a, refresh);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const mine = a.reviews.find((r) => r.department === user.department && r.decision === null);
  const canDecide = a.state === 'reviewing' && !!mine && (user.role === 'reviewer' || user.role === 'clerk');
  const reasonErr = touched ? reasonError(reason, 'review') : undefined;
  return (
    <Card size="small" className="block" title={pt('reviewPoints')} data-testid="joint-review">
      <ReviewPoints a={a} user={user} />
      {canDecide && (
        <div className="review-form">
          {err && <Alert type="error" title={err} className="block" />}
          <Form layout="vertical">
            <Field label={pt('reason')} validateStatus={reasonErr ? 'error' : undefined} help={reasonErr}>
              <Input.TextArea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="review-reason" />
            </Field>
          </Form>
          <Space>
            <Button type="primary" loading={busy === 'reviews'} onClick={() => void run('reviews', { decision: 'approve', reason: reason || undefined })} data-testid="review-approve">
              {pt('approveDept')}
            </Button>
            <Button
              danger
              onClick={() => {
                setTouched(true);
                if (!reasonError(reason, 'review')) void run('reviews', { decision: 'reject', reason });
              }}
            >
              {pt('rejectDept')}
            </Button>
          </Space>
        </div>
      )}
    </Card>
  );
}

function ClerkActions({ a, user, refresh }: { a: AppDetail; user: User; refresh: (next?: AppDetail) => void }) {
  const pt = usePT();
  const { busy, err, run } = useStep(a, refresh);
  const [dialog, setDialog] = useState<'return' | 'approve' | 'reject' | 'override'>();
  const [missing, setMissing] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState('');
  const [touched, setTouched] = useState(false);
  const clerk = user.role === 'clerk';
  const allApproved = a.reviews.length > 0 && a.reviews.every((r) => r.decision === 'approve');
  const adjustPending = !!a.decision && (a.decision.pending ?? (a.decision.approvedFen !== a.decision.computedFen && !a.decision.secondApproved && a.state === 'reviewing'));
  const open = (d: typeof dialog) => {
    setDialog(d);
    setTouched(false);
    setReason('');
    setAmount('');
    setMissing([]);
  };
  const amountErr = amount ? yuanError(amount) : undefined;
  const reasonErr = touched ? (dialog === 'reject' ? reasonError(reason, 'reject') : dialog === 'approve' && amount ? reasonError(reason, 'adjust') : dialog === 'override' && reason.trim().length < 4 ? '超额核准须写明理由（至少 4 个字）' : undefined) : undefined;
  const overBudget = !!a.decision?.budgetExcess?.length && !!a.decision.pending;
  const missingErr = touched && dialog === 'return' && missing.length === 0 ? pt('missingRequired') : undefined;
  const confirm = async () => {
    setTouched(true);
    let ok = false;
    if (dialog === 'return') {
      if (missing.length === 0) return;
      ok = await run('return', { missing, reason: reason || undefined });
    } else if (dialog === 'reject') {
      if (reasonError(reason)) return;
      ok = await run('reject', { reason });
    } else if (dialog === 'override') {
      if (reason.trim().length < 4) return;
      ok = await run('confirm-adjustment', { reason: reason.trim() });
    } else if (dialog === 'approve') {
      if (amount && (yuanError(amount) || reasonError(reason, 'adjust'))) return;
      ok = await run('approve', amount ? { amountFen: yuanToFen(amount), reason } : reason ? { reason } : {});
    }
    if (ok) setDialog(undefined);
  };
  const buttons = [];
  if (clerk && a.state === 'submitted') {
    buttons.push(<Button key="accept" type="primary" loading={busy === 'accept'} onClick={() => void run('accept')} data-testid="accept">{pt('accept')}</Button>);
    if (a.returnCount === 0) buttons.push(<Button key="return" onClick={() => open('return')} data-testid="return">{pt('returnForMaterials')}</Button>);
  }
  if (clerk && a.state === 'reviewing' && allApproved && !a.decision) buttons.push(<Button key="approve" type="primary" onClick={() => open('approve')} data-testid="approve">{pt('approve')}</Button>);
  // The second approver is someone other than the clerk who adjusted the amount.
  if (adjustPending && a.decision?.decidedBy !== user.userId && overBudget) buttons.push(<Button key="confirm" type="primary" danger onClick={() => open('override')} data-testid="confirm-over-budget">超额复核核准（写明理由）</Button>);
  else if (adjustPending && a.decision?.decidedBy !== user.userId) buttons.push(<Button key="confirm" type="primary" loading={busy === 'confirm-adjustment'} onClick={() => void run('confirm-adjustment')} data-testid="confirm-adjustment">{pt('confirmAdjustment')}</Button>);
  if (clerk && (a.state === 'submitted' || a.state === 'reviewing') && !a.decision) buttons.push(<Button key="reject" danger onClick={() => open('reject')} data-testid="reject">{pt('reject')}</Button>);
  if (!buttons.length && !err) return null;
  return (
    <Card size="small" className="block" title={pt('actions')}>
      {err && !dialog && <Alert type="error" title={err} className="block" data-testid="action-error" />}
      <Space wrap>{buttons}</Space>
      <Modal
        open={!!dialog}
        title={dialog === 'return' ? pt('returnForMaterials') : dialog === 'approve' ? pt('approve') : dialog === 'override' ? '超出预算额度：复核核准' : pt('reject')}
        onCancel={() => setDialog(undefined)}
        onOk={() => void confirm()}
        okText={pt('confirm')}
        cancelText={pt('cancel')}
        confirmLoading={!!busy}
        okButtonProps={{ 'data-testid': 'dialog-ok' } as Record<`data-${string}`, string>}
      >
        {err && <Alert type="error" title={err} className="block" data-testid="dialog-error" />}
        <Form layout="vertical">
          {dialog === 'return' && (
            <Field label={pt('chooseMissing')} validateStatus={missingErr ? 'error' : undefined} help={missingErr}>
              <Checkbox.Group value={missing} onChange={(v) => setMissing(v as string[])} options={a.materials.map((m) => ({ value: m.code, label: m.name }))} className="vertical-checks" />
            </Field>
          )}
          {dialog === 'approve' && <BudgetNote region={a.region} regionName={a.regionName} />}
          {dialog === 'override' && a.decision && <BudgetExcessAlert excess={a.decision.budgetExcess ?? []} />}
          {dialog === 'approve' && (
            <Field label={pt('adjustedAmount')} validateStatus={amountErr ? 'error' : undefined} help={amountErr ?? pt('adjustedHint')}>
              <Input value={amount} onChange={(e) => setAmount(e.target.value.trim())} inputMode="decimal" data-testid="approve-amount" />
            </Field>
          )}
          <Field label={pt('reason')} validateStatus={reasonErr ? 'error' : undefined} help={reasonErr}>
            <Input.TextArea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="dialog-reason" />
          </Field>
        </Form>
      </Modal>
    </Card>
  );
}
