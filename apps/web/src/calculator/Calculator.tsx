// The public policy calculator "我能享受哪些人才政策？": region and qualifications, then only the next
// useful questions (the result's missingFacts, ranked by the engine); every change recalculates through
// POST /api/v1/calculate, and the inputs live in the URL so that a link restores them.

import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Form, Input, Select, Skeleton, Space, Spin } from 'antd';
import { api, ApiError, errorText, type CalcResult, type Fact } from '../api';
import { loadFacts, useLoad } from '../hooks';
import { formatFen } from '../money';
import { useI18n } from '../i18n';
import { FactInput } from './FactInput';
import { QualsInput } from './QualsInput';
import { ResultView } from './ResultView';
import { ASKABLE, DATE_KEY, QUALS, answersFromParams, answersToParams, errorsByFact, requestFor, type Answers } from './state';
import { gained, whatIfs, type NearMiss } from './nearMiss';
import { exampleUses } from './examples';
import { usePageT } from '../ui/page-strings';

const SHOWN_QUESTIONS = 3;

/** The text under a field with an id for the field's aria-describedby; an error is announced as it appears. */
function helpOf(field: string, text: string | undefined, isError: boolean) {
  return text ? <span id={`${field}-help`} role={isError ? 'alert' : undefined}>{text}</span> : undefined;
}

export default function CalculatorPage() {
  const { t } = useI18n();
  const facts = useLoad(loadFacts, []);
  return (
    <AntApp>
      <div className="calc">
        <h1>{t('calcTitle')}</h1>
        <p className="intro no-print">{t('calcIntro')}</p>
        {facts.error ? (
          <Alert type="error" title={facts.error} action={<Button onClick={facts.retry}>{t('retry')}</Button>} />
        ) : facts.data ? (
          <CalculatorForm facts={facts.data} />
        ) : (
          <Skeleton active />
        )}
      </div>
    </AntApp>
  );
}

function CalculatorForm({ facts }: { facts: Fact[] }) {
  const { t } = useI18n();
  const pt = usePageT();
  const { message } = AntApp.useApp();
  const byName = useMemo(() => new Map(facts.map((f) => [f.name, f])), [facts]);
  const [params, setParams] = useSearchParams();
  // Local state is the source of truth (urgent updates, no lost keystrokes across fields); the URL
  // mirrors it (replace, no history entry per keystroke) so that a copied link restores the inputs.
  const [answers, setAnswers] = useState<Answers>(() => answersFromParams(params, new Set(byName.keys())));
  const key = answersToParams(answers).toString();
  useEffect(() => {
    if (params.toString() !== key) setParams(answersToParams(answers), { replace: true });
  }, [key]);

  const [result, setResult] = useState<CalcResult | undefined>();
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // The answers (serialised) that the shown result or errors belong to: lets tests wait for a settled page.
  const [settledFor, setSettledFor] = useState<string | undefined>();
  const [nearMisses, setNearMisses] = useState<NearMiss[]>([]);
  const [shareUrl, setShareUrl] = useState<string | undefined>();
  const [showAll, setShowAll] = useState(false);
  // Questions the user chose not to answer now (they stay "待确定"; "更多问题" still lists them).
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  // Facts keep the place where they first appeared, so the list does not jump while answering.
  const order = useRef<string[]>([]);

  const setAnswer = (name: string, value: string | undefined) =>
    setAnswers((prev) => {
      const next: Answers = { ...prev };
      if (value === undefined) delete next[name];
      else next[name] = value;
      return next;
    });

  const started = answers.region !== undefined || answers[QUALS] !== undefined;
  useEffect(() => {
    if (!started) {
      setResult(undefined);
      setErrors(new Map());
      return;
    }
    const ctrl = new AbortController();
    const timer = setTimeout(async () => {
      setBusy(true);
      try {
        const r = await api.calculate(requestFor(answers, byName), ctrl.signal);
        setResult(r);
        setErrors(new Map());
        setFailure(undefined);
        const hypotheses = whatIfs(r, answers, byName);
        const found = await Promise.all(
          hypotheses.map((w) =>
            api.calculate(requestFor({ ...answers, [w.fact]: w.value }, byName), ctrl.signal).then(
              (h) => gained(r, h, w),
              () => [],
            ),
          ),
        );
        if (!ctrl.signal.aborted) {
          setNearMisses(found.flat());
          setSettledFor(key);
        }
      } catch (e) {
        if (ctrl.signal.aborted) return;
        if (e instanceof ApiError && e.status === 400 && e.errors.length) {
          setErrors(errorsByFact(e.errors, byName.keys()));
          setFailure(undefined);
        } else setFailure(errorText(e));
        setSettledFor(key);
      } finally {
        if (!ctrl.signal.aborted) setBusy(false);
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
    // `key` is the serialised answers: recalculate exactly when they change.
  }, [key, started, byName]);

  const missing = (result?.missingFacts ?? []).filter((m) => ASKABLE.has(byName.get(m.fact)?.type ?? 'list') && !(m.fact in answers));
  const ranked = [...missing.filter((m) => !skipped.has(m.fact)), ...missing.filter((m) => skipped.has(m.fact))];
  const pending = showAll ? ranked : ranked.filter((m) => !skipped.has(m.fact)).slice(0, SHOWN_QUESTIONS);
  const visibleNames = new Set([...Object.keys(answers).filter((k) => k !== 'region' && k !== QUALS && k !== DATE_KEY), ...pending.map((m) => m.fact)]);
  for (const n of visibleNames) if (!order.current.includes(n)) order.current.push(n);
  const rows = order.current.filter((n) => visibleNames.has(n));
  const unlocks = new Map((result?.missingFacts ?? []).map((m) => [m.fact, m]));

  const share = async () => {
    const url = location.href;
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('shareCopied'));
    } catch {
      /* no clipboard (http, permissions): the link is shown for copying */
    }
  };

  const regionFact = byName.get('region');
  return (
    <div className="calc-grid">
      <section className="calc-form no-print" aria-label={t('basics')}>
        <Card title={t('basics')} size="small">
          <Form layout="vertical" component="div">
            <Form.Item label={t('region')} validateStatus={errors.get('region') ? 'error' : undefined} help={helpOf('f-region', errors.get('region'), true)} htmlFor="f-region">
              <Select
                id="f-region"
                aria-invalid={errors.has('region') || undefined}
                aria-describedby={errors.has('region') ? 'f-region-help' : undefined}
                data-testid="region"
                className="full"
                placeholder={t('regionPlaceholder')}
                value={answers.region}
                onChange={(v: string) => setAnswer('region', v)}
                options={regionFact?.options}
                allowClear
                onClear={() => setAnswer('region', undefined)}
              />
            </Form.Item>
            <Form.Item label={t('quals')} validateStatus={errors.get(QUALS) ? 'error' : undefined} help={helpOf('f-quals', errors.get(QUALS), true)} htmlFor="f-quals">
              <QualsInput value={answers[QUALS]} onChange={(v) => setAnswer(QUALS, v)} invalid={!!errors.get(QUALS)} />
            </Form.Item>
            <Form.Item label={t('asOf')} validateStatus={errors.get(DATE_KEY) ? 'error' : undefined} help={helpOf('f-date', errors.get(DATE_KEY) ?? t('asOfHint'), errors.has(DATE_KEY))} htmlFor="f-date">
              <Input id="f-date" aria-invalid={errors.has(DATE_KEY) || undefined} aria-describedby="f-date-help" data-testid="f-date" className="narrow" maxLength={10} placeholder={t('datePlaceholder')} value={answers[DATE_KEY] ?? ''} onChange={(e) => setAnswer(DATE_KEY, e.target.value || undefined)} />
            </Form.Item>
          </Form>
        </Card>

        {started && (
          <Card title={t('questions')} size="small" className="questions" extra={busy ? <Spin size="small" /> : null}>
            <Form layout="vertical" component="div">
              {rows.map((name) => {
                const fact = byName.get(name);
                if (!fact) return null;
                const answered = name in answers;
                const u = unlocks.get(name);
                const err = errors.get(name);
                return (
                  <div key={name} className={answered ? 'q answered' : 'q pending'} data-fact={name}>
                  <Form.Item
                    htmlFor={`f-${name}`}
                    label={
                      <span>
                        {fact.question ?? fact.label}
                        {answered ? (
                          <Button type="link" size="small" className="clear" onClick={() => setAnswer(name, undefined)}>
                            {t('clear')}
                          </Button>
                        ) : (
                          !skipped.has(name) && (
                            <Button type="link" size="small" className="clear skip" onClick={() => setSkipped(new Set([...skipped, name]))}>
                              {t('skip')}
                            </Button>
                          )
                        )}
                      </span>
                    }
                    validateStatus={err ? 'error' : undefined}
                    help={helpOf(`f-${name}`, err ?? (u && !answered ? `${u.stakeText ? `${u.stakeText}；` : ''}${t('decides')}${u.unlocks.map((x) => x.name).join('、')}` : undefined), !!err)}
                  >
                    <FactInput id={`f-${name}`} fact={fact} value={answers[name]} onChange={(v) => setAnswer(name, v)} invalid={!!err} describedBy={err || (u && !answered) ? `f-${name}-help` : undefined} />
                  </Form.Item>
                  </div>
                );
              })}
              {!missing.length && result && <p className="muted">{t('noQuestions')}</p>}
              {missing.length > SHOWN_QUESTIONS && (
                <Button type="dashed" block onClick={() => setShowAll(!showAll)}>
                  {showAll ? '−' : `${t('moreQuestions')}（${missing.length - SHOWN_QUESTIONS}）`}
                </Button>
              )}
            </Form>
          </Card>
        )}
      </section>

      {result && (
        <a className="mobile-summary no-print" href="#result" data-testid="mobile-summary">
          {t('granted')} <b>{formatFen(result.totals.grantedFen)}</b>
          {result.totals.upToFen > 0 && (
            <>
              {' '}
              · {t('upTo')} <b>{formatFen(result.totals.upToFen)}</b>
            </>
          )}{' '}
          {exampleUses(result).length > 0 && <span className="mobile-example">（{pt('exampleTag')}）</span>} ↓
        </a>
      )}
      {/* The settled total, read out politely by screen readers each time it changes. */}
      <p className="sr-only" role="status" aria-live="polite" data-testid="result-announce">
        {result && !busy && errors.size === 0 ? `${t('granted')} ${formatFen(result.totals.grantedFen)}${result.totals.upToFen > 0 ? `，${t('upTo')} ${formatFen(result.totals.upToFen)}` : ''}` : ''}
      </p>
      <section id="result" className="calc-result" aria-label={t('result')} aria-busy={busy} data-settled-for={settledFor}>
        {!started && <Alert type="info" title={t('startHint')} />}
        {failure && <Alert type="error" title={failure} className="block" />}
        {errors.size > 0 && (
          <div data-testid="stale">
            <Alert type="warning" title={t('resultStale')} className="block" description={errors.get('')} />
          </div>
        )}
        {started && !result && !failure && errors.size === 0 && <Skeleton active />}
        {result && (
          <>
            <Space wrap className="actions no-print">
              <Button onClick={share} data-testid="share">
                {t('share')}
              </Button>
              <Button onClick={() => window.print()}>{t('print')}</Button>
              <Button onClick={() => setAnswers({})}>{t('reset')}</Button>
            </Space>
            {shareUrl && (
              <div className="share-url no-print" data-testid="share-url">
                <label htmlFor="share-url">{t('shareManual')}</label>
                <Input id="share-url" readOnly value={shareUrl} onFocus={(e) => e.target.select()} />
              </div>
            )}
            <div className={errors.size ? 'stale-result' : undefined}>
              <ResultView result={result} nearMisses={nearMisses} facts={byName} />
            </div>
          </>
        )}
      </section>
    </div>
  );
}
