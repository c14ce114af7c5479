// An application's decisions rule by rule (逐条核定): each decision with what it decided for every
// rule (granted, ceiling evaluated, not met — with the reason — or closed), its amounts and second
// approval; the rules still open with the facts they miss and where those are recorded. For a
// clerk: deciding the open rules once their facts are recorded (facts of the application's own
// form filled here, only where missing), or closing them with a reason.

import { useState } from 'react';
import { Alert, Button, Card, Form, Input, List, Modal, Space, Tag } from 'antd';
import { Field } from '../field';
import { api, type AppDetail, type DecidedRule, type User } from '../api';
import { loadFacts, useLoad } from '../hooks';
import { formatFen } from '../money';
import { formatDateTime } from '../time';
import { failText } from '../ui/common';
import { FactField, factDef, factValueError, useFT } from '../registry/fact-inputs';
import { reasonError, yuanError, yuanToFen } from '../applications/validate';

const STATUS_COLOR: Record<DecidedRule['status'], string> = { granted: 'green', up_to: 'blue', not_eligible: 'default', closed: 'orange' };
const DECIDED = new Set(['approved', 'scheduled', 'paid']);

/** A catalogue fact name as a path in the application's form (person.cultureAward.date → cultureAward.date). */
const formPath = (fact: string) => fact.split('.').slice(1).join('.');
function setPath(o: Record<string, unknown>, path: string, v: unknown) {
  const parts = path.split('.');
  let at = o;
  for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
  at[parts[parts.length - 1]!] = v;
}

export function RuleDecisions({ a, user, refresh }: { a: AppDetail; user: User; refresh: (next?: AppDetail) => void }) {
  const ft = useFT();
  const decisions = a.decisions ?? [];
  const open = a.openRules ?? [];
  if (!decisions.length) return null;
  const statusText = (s: DecidedRule['status']) => ft(s === 'granted' ? 'granted' : s === 'up_to' ? 'upTo' : s === 'closed' ? 'closed' : 'notEligible');
  const canAct = user.role === 'clerk' && open.length > 0 && DECIDED.has(a.state) && !decisions.some((d) => d.pending);
  return (
    <Card size="small" className="block" title={ft('ruleDecisions')} data-testid="rule-decisions">
      {decisions.map((d) => (
        <div key={d.seq} className="block" data-testid={`decision-${d.seq}`}>
          <div>
            <b>{ft('decisionNo', { n: d.seq ?? 1 })}</b> · {ft('approvedTotal')} <b>{formatFen(d.approvedFen)}</b>
            <span className="muted small"> （{ft('computed')} {formatFen(d.computedFen)}）</span>
            {d.pending && <Tag color="gold" className="ml">{ft('pendingSecond')}</Tag>}
            {d.decidedByName && <span className="muted small"> · {d.decidedByName}</span>}
            {d.decidedAt && <span className="muted small"> · {formatDateTime(d.decidedAt)}</span>}
          </div>
          {d.adjustmentReason && <div className="small">{d.adjustmentReason}</div>}
          <List
            size="small"
            dataSource={d.rules ?? []}
            renderItem={(r) => (
              <List.Item data-rule={r.key} data-status={r.status}>
                <span>
                  {r.name} <Tag color={STATUS_COLOR[r.status]}>{statusText(r.status)}</Tag>
                  {r.reason && r.status !== 'granted' && <span className="muted small">{r.reason}</span>}
                </span>
                {r.computedFen > 0 && <span>{formatFen(r.computedFen)}</span>}
              </List.Item>
            )}
          />
        </div>
      ))}
      {open.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="block"
          title={ft('openRules')}
          data-testid="open-rules"
          description={
            <>
              <div className="small">{ft('openRulesHint')}</div>
              <List
                size="small"
                dataSource={open}
                renderItem={(r) => (
                  <List.Item data-open-rule={r.key}>
                    <div>
                      <b>{r.name}</b>
                      <div className="small">
                        {r.missing.map((m) => (
                          <div key={m.fact}>
                            {m.label}
                            {m.where && <span className="muted">（{ft('missingWhere')}：{m.where}）</span>}
                          </div>
                        ))}
                      </div>
                    </div>
                  </List.Item>
                )}
              />
            </>
          }
        />
      )}
      {canAct && <OpenRuleActions a={a} refresh={refresh} />}
    </Card>
  );
}

function OpenRuleActions({ a, refresh }: { a: AppDetail; refresh: (next?: AppDetail) => void }) {
  const ft = useFT();
  const facts = useLoad(loadFacts, []);
  const [dialog, setDialog] = useState<'decide' | 'close'>();
  const [form, setForm] = useState<Record<string, unknown>>({});
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  const formFacts = [...new Set((a.openRules ?? []).flatMap((r) => r.missing.filter((m) => m.home === 'application').map((m) => m.fact)))];
  const begin = (d: typeof dialog) => {
    setDialog(d);
    setForm({});
    setAmount('');
    setReason('');
    setTouched(false);
    setErr(undefined);
  };
  const confirm = async () => {
    setTouched(true);
    let body: Record<string, unknown>;
    if (dialog === 'close') {
      if (reason.trim().length < 4) return;
      body = { reason };
    } else {
      if (formFacts.some((f) => { const d = factDef(facts.data, f); return d && factValueError(d, form[f]); })) return;
      if (amount && (yuanError(amount) || reasonError(reason, 'adjust'))) return;
      const data: Record<string, unknown> = {};
      for (const [f, v] of Object.entries(form)) if (v !== undefined) setPath(data, formPath(f), v);
      body = { ...(Object.keys(data).length ? { data } : {}), ...(amount ? { amountFen: yuanToFen(amount), reason } : {}) };
    }
    setBusy(true);
    setErr(undefined);
    try {
      refresh(await api.step(a.id, dialog === 'close' ? 'open-rules/close' : 'open-rules/decide', body));
      setDialog(undefined);
    } catch (e) {
      setErr(failText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Space wrap>
        <Button type="primary" onClick={() => begin('decide')} data-testid="decide-open">{ft('decideOpen')}</Button>
        <Button onClick={() => begin('close')} data-testid="close-open">{ft('closeOpen')}</Button>
      </Space>
      <Modal open={!!dialog} title={dialog === 'close' ? ft('closeOpen') : ft('decideOpen')} onCancel={() => setDialog(undefined)} onOk={() => void confirm()} confirmLoading={busy} okButtonProps={{ 'data-testid': 'open-ok' } as Record<`data-${string}`, string>}>
        {err && <Alert type="error" title={err} className="block" data-testid="open-error" />}
        <Form layout="vertical">
          {dialog === 'decide' && formFacts.length > 0 && (
            <>
              <div className="small muted block">{ft('fillForm')}</div>
              {formFacts.map((f) => {
                const d = factDef(facts.data, f);
                return d ? <FactField key={f} def={d} value={form[f]} onChange={(v) => setForm((x) => ({ ...x, [f]: v }))} testId={`fill-${f}`} /> : null;
              })}
            </>
          )}
          {dialog === 'decide' && (
            <Field label={ft('adjustOptional')} validateStatus={amount && yuanError(amount) ? 'error' : undefined} help={amount ? yuanError(amount) : undefined}>
              <Input value={amount} onChange={(e) => setAmount(e.target.value.trim())} inputMode="decimal" />
            </Field>
          )}
          <Field
            label={dialog === 'close' ? ft('closeReason') : ft('reasonIfAdjusted')}
            validateStatus={touched && (dialog === 'close' ? reason.trim().length < 4 : !!amount && !!reasonError(reason, 'adjust')) ? 'error' : undefined}
          >
            <Input.TextArea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="open-reason" />
          </Field>
        </Form>
      </Modal>
    </>
  );
}
