// The calculation result: totals, cash benefits (expandable to clause, text and explanation), the
// schedule chart, near misses, in-kind benefits, obligations, what is still undetermined and why not.
import { lazy, Suspense } from 'react';
import { Alert, Collapse, Empty, List, Statistic, Tag } from 'antd';
import type { CalcResult, Fact } from '../../api';
import { formatFen } from '../../money';
import { useI18n } from '../../i18n';
import { RuleDetail, RuleTitle } from './RuleCard';
import type { NearMiss } from './nearMiss';

const ScheduleChart = lazy(() => import('./ScheduleChart'));

interface Props { result: CalcResult; nearMisses: NearMiss[]; facts: ReadonlyMap<string, Fact> }

export function ResultView({ result, nearMisses, facts }: Props) {
  const { t } = useI18n();
  const { totals } = result;
  const ruleItems = (list: CalcResult['entitlements']) =>
    list.map((r) => ({ key: `${r.policy}/${r.rule}`, label: <RuleTitle r={r} />, children: <RuleDetail r={r} /> }));
  const instalments = result.entitlements.filter((e) => e.status === 'granted').flatMap((e) => e.schedule?.instalments ?? []);

  return (
    <div className="result" data-testid="result">
      <section className="totals" aria-label={t('totals')}>
        <Statistic title={t('granted')} value={formatFen(totals.grantedFen)} data-testid="total-granted" />
        <Statistic title={t('due')} value={formatFen(totals.dueFen)} data-testid="total-due" />
        {totals.upToFen > 0 && <Statistic title={t('upTo')} value={formatFen(totals.upToFen)} data-testid="total-upto" />}
      </section>

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
              {t('awaitingDataText')}：<code>{a.param}</code>（{a.date}）{a.unlocks?.length ? ` → ${a.unlocks.map((u) => u.name ?? u.rule).join('、')}` : ''}
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
        {t('policyVersion')}：{result.policies.map((p) => `${p.docNumber}（${p.id} ${p.version}）`).join('；')} · {t('asOf')} {result.asOf}
      </p>
    </div>
  );
}
