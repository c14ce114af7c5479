// The calculation result: totals (flagged, with a note beside them, when an amount rests on example
// values), then a summary a talent can read (one sentence per benefit, the arithmetic in one line),
// then "查看计算过程": cash benefits (expandable to clause, text and explanation), the schedule chart,
// near misses, in-kind benefits, obligations; what is still undetermined (with the money at stake)
// and why not. Printing gives the summary page without the detailed process.
import { lazy, Suspense } from 'react';
import { Alert, Collapse, Empty, List, Statistic, Tag } from 'antd';
import type { CalcResult, Fact } from '../api';
import { formatFen } from '../money';
import { useI18n } from '../i18n';
import { RuleDetail, RuleTitle } from './RuleCard';
import { exampleUses } from './examples';
import { usePageT } from '../ui/page-strings';
import type { NearMiss } from './nearMiss';

const ScheduleChart = lazy(() => import('./ScheduleChart'));

interface Props { result: CalcResult; nearMisses: NearMiss[]; facts: ReadonlyMap<string, Fact> }

export function ResultView({ result, nearMisses, facts }: Props) {
  const { t } = useI18n();
  const pt = usePageT();
  const { totals } = result;
  const examples = exampleUses(result);
  const withExamples = new Set(examples.map((x) => x.rule));
  const exampleTag = <Tag color="orange" className="example-tag">{pt('exampleTag')}</Tag>;
  const ruleItems = (list: CalcResult['entitlements']) =>
    list.map((r) => ({ key: `${r.policy}/${r.rule}`, label: <RuleTitle r={r} example={withExamples.has(r)} />, children: <RuleDetail r={r} /> }));
  const summaries = [...result.entitlements, ...result.inKind, ...result.obligations].filter((r) => r.summary);
  const instalments = result.entitlements.filter((e) => e.status === 'granted').flatMap((e) => e.schedule?.instalments ?? []);

  return (
    <div className="result" data-testid="result">
      <section className="totals" aria-label={t('totals')}>
        <Statistic title={<>{t('granted')} {examples.some((x) => x.rule.status === 'granted') && exampleTag}</>} value={formatFen(totals.grantedFen)} data-testid="total-granted" />
        <Statistic title={t('due')} value={formatFen(totals.dueFen)} data-testid="total-due" />
        {totals.upToFen > 0 && <Statistic title={<>{t('upTo')} {examples.some((x) => x.rule.status === 'up_to') && exampleTag}</>} value={formatFen(totals.upToFen)} data-testid="total-upto" />}
      </section>
      {examples.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="block example-note"
          data-testid="example-note"
          title={pt('exampleNoteTitle')}
          description={
            <>
              {pt('exampleNoteIntro')}
              <ul className="plain">
                {examples.map(({ rule, params }) => (
                  <li key={`${rule.policy}/${rule.rule}`}>
                    <b>{rule.name}</b> {rule.amountText && <span className="amount">{rule.amountText}</span>}：{params.join('、')}
                  </li>
                ))}
              </ul>
              {pt('exampleNoteEnd')}
            </>
          }
        />
      )}

      <section className="summary" aria-label={pt('summaryTitle')} data-testid="summary">
        <h3>{pt('summaryTitle')}</h3>
        <p className="print-only muted small">
          {pt('printedAsOf')} {result.asOf} · {result.policies.map((p) => p.docNumber).join('；')}
        </p>
        {summaries.length ? (
          <ul className="summary-list">
            {summaries.map((r) => (
              <li key={`${r.policy}/${r.rule}/${r.entity?.index ?? ''}`} className={r.kind === 'obligation' ? 'summary-obligation' : undefined}>
                <span className="summary-text">{r.summary}</span>
                {withExamples.has(r) && <> {exampleTag}</>}
                {r.arithmetic && (
                  <div className="muted small summary-arith">
                    {pt('arithmetic')}：{r.arithmetic}
                  </div>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{pt('summaryEmpty')}</p>
        )}
      </section>

      <div className="calc-process">
      <h2 className="process-title">{pt('process')}</h2>
      <p className="muted small">{pt('processHint')}</p>
      <h3>{t('entitlements')}</h3>
      {result.entitlements.length ? (
        <Collapse className="rules" items={ruleItems(result.entitlements)} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noEntitlements')} />
      )}

      {instalments.length > 1 && (
        <Suspense fallback={null}>
          <ScheduleChart instalments={instalments} title={t('chartTitle')} />
        </Suspense>
      )}

      {nearMisses.length > 0 && (
        <>
          <h3>{t('nearMisses')}</h3>
          <List
            className="near-misses"
            data-testid="near-misses"
            dataSource={nearMisses}
            renderItem={(n) => (
              <List.Item>
                {t('whatIf')}
                {n.label}
                {t('canGet')}
                <b>{n.name}</b>{' '}
                <b className="amount">{n.amountText}</b> <span className="cite">（{n.cite}）</span>
              </List.Item>
            )}
          />
        </>
      )}

      {result.awaitingData.length > 0 && (
        <Alert
          type="warning"
          className="block"
          title={t('awaitingData')}
          description={result.awaitingData.map((a) => (
            <div key={`${a.param}${a.date}`}>
              {t('awaitingDataText')}：{a.label ?? a.param}
              {a.date ? `（${a.date}）` : ''}
              {a.unlocks?.length ? `，${pt('affects')}：${a.unlocks.join('、')}` : ''}
              <div className="code-secondary">
                {pt('paramPath')} {a.param}
              </div>
            </div>
          ))}
        />
      )}

      {result.inKind.length > 0 && (
        <>
          <h3>{t('inKind')}</h3>
          <Collapse className="rules" items={ruleItems(result.inKind)} />
        </>
      )}
      {result.obligations.length > 0 && (
        <>
          <h3>{t('obligations')}</h3>
          <Collapse className="rules" items={ruleItems(result.obligations)} />
        </>
      )}
      </div>

      {result.undetermined.length > 0 && (
        <>
          <h3>{t('undetermined')}</h3>
          <List
            size="small"
            dataSource={result.undetermined}
            renderItem={(r) => (
              <List.Item>
                <div>
                  <b>{r.name}</b> <span className="cite">{r.clause.cite}</span>
                  {r.stakeFen !== undefined && r.stakeFen > 0 && (
                    <span className="stake" data-testid={`stake-${r.rule}`}>
                      {' '}
                      {pt('mayAffect')} {formatFen(r.stakeFen)}
                    </span>
                  )}
                  <div className="muted">
                    {t('undeterminedNeeds')}
                    {(r.missing ?? []).map((m) => (
                      <Tag key={m}>{facts.get(m)?.label ?? m}</Tag>
                    ))}
                  </div>
                </div>
              </List.Item>
            )}
          />
        </>
      )}

      {(result.notEligible?.length ?? 0) > 0 && (
        <Collapse
          className="why-not"
          items={[
            {
              key: 'whyNot',
              label: `${t('notEligible')}（${result.notEligible?.length}）`,
              children: (
                <List
                  size="small"
                  dataSource={result.notEligible}
                  renderItem={(r) => (
                    <List.Item>
                      <div>
                        <b>{r.name}</b> <span className="cite">{r.clause.cite}</span>
                        <div className="muted">{r.reason}</div>
                      </div>
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      )}

      <p className="muted small">
        {t('policyVersion')}：
        {result.policies.map((p, i) => (
          <span key={p.id}>
            {i > 0 && '；'}
            {p.docNumber} <span className="code-secondary">{p.id} {p.version}</span>
          </span>
        ))}{' '}
        · {t('asOf')} {result.asOf}
      </p>
    </div>
  );
}
