// Policy browser: one package (GET /api/v1/policies/:id) — clauses with the original text, rules with
// their citation and interpretations, parameters headed by their Chinese description (the path as small
// secondary text for experts) with every dated value and its reference (示例值 flagged).
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Collapse, Descriptions, Input, List, Result, Skeleton, Tabs, Tag } from 'antd';
import { api, type ParamValue, type PolicyParameter } from '../api';
import { formatFen } from '../money';
import { useLoad } from '../hooks';
import { useI18n } from '../i18n';
import { Interpretations } from './Interpretations';
import { usePageT } from '../ui/page-strings';

const UNIT: Record<string, string> = { m2: '㎡', percent: '%', years: '年', months: '月', count: '人', tier: '档', usd: '美元' };

/** A parameter value as text: money from the API's yuan string or integer fen, others with their unit. */
function valueText(p: PolicyParameter, v: ParamValue): string {
  if (p.unit === 'fen' || p.unit === 'fen_per_m2' || p.unit === 'fen_per_month') {
    const suffix = p.unit === 'fen_per_m2' ? ' 元/㎡' : p.unit === 'fen_per_month' ? ' 元/月' : ' 元';
    return typeof v.value === 'number' ? formatFen(v.value, suffix) : String(v.value);
  }
  if (typeof v.value === 'string' && p.choices?.[v.value]) return p.choices[v.value]!;
  if (typeof v.value === 'object') return JSON.stringify(v.value);
  return `${String(v.value)}${p.unit && UNIT[p.unit] ? ` ${UNIT[p.unit]}` : ''}`;
}

export default function PolicyPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const pt = usePageT();
  const policy = useLoad(() => api.policy(id), [id]);
  const [q, setQ] = useState('');
  const params = useMemo(() => {
    const all = policy.data?.parameters ?? [];
    const s = q.trim().toLowerCase();
    return s ? all.filter((p) => p.path.toLowerCase().includes(s) || (p.description ?? '').toLowerCase().includes(s)) : all;
  }, [policy.data, q]);

  if (policy.error)
    return policy.error.includes('未知的政策包') ? (
      <Result status="404" title={policy.error} extra={<Link to="/policies">{t('policiesTitle')}</Link>} />
    ) : (
      <Alert type="error" title={policy.error} action={<Button onClick={policy.retry}>{t('retry')}</Button>} />
    );
  const p = policy.data;
  if (!p) return <Skeleton active />;

  return (
    <div className="policy">
      <Breadcrumb items={[{ title: <Link to="/policies">{t('policiesTitle')}</Link> }, { title: p.docNumber }]} />
      <h1>{p.title}</h1>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('docNumber')}>{p.docNumber}</Descriptions.Item>
        {p.issuer && <Descriptions.Item label={t('issuer')}>{p.issuer}</Descriptions.Item>}
        {p.effectiveFrom && <Descriptions.Item label={t('effective')}>{p.effectiveFrom}</Descriptions.Item>}
        <Descriptions.Item label={t('jurisdiction')}>{p.jurisdictionLabel ?? p.jurisdiction.join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('policyVersion')}>
          <code>{p.version}</code>
        </Descriptions.Item>
        {p.fundingNote && <Descriptions.Item label={t('fundingNote')}>{p.fundingNote}</Descriptions.Item>}
      </Descriptions>
      <Tabs
        className="policy-tabs"
        items={[
          {
            key: 'clauses',
            label: `${t('clauses')}（${p.clauses.length}）`,
            children: (
              <ol className="clauses plain">
                {p.clauses.map((c) => (
                  <li key={c.cite} id={`c-${c.article}-${c.item ?? ''}`}>
                    <div className="cite">{c.cite}</div>
                    <blockquote className="original">{c.text}</blockquote>
                  </li>
                ))}
              </ol>
            ),
          },
          {
            key: 'rules',
            label: `${t('rules')}（${p.rules.length}）`,
            children: (
              <Collapse
                items={p.rules.map((r) => ({
                  key: r.id,
                  label: (
                    <div className="rule-title">
                      <span className="rule-name">{r.name}</span>
                      {r.upTo && <Tag color="gold">{t('upToRule')}</Tag>}
                      <span className="cite">{r.clause.cite}</span>
                    </div>
                  ),
                  children: (
                    <Descriptions size="small" column={1} bordered>
                      <Descriptions.Item label={pt('ruleId')}>
                        <span className="code-secondary">{r.id}</span>
                      </Descriptions.Item>
                      <Descriptions.Item label={t('originalText')}>
                        <blockquote className="original">{r.text}</blockquote>
                      </Descriptions.Item>
                      {r.payer && <Descriptions.Item label={t('payer')}>{r.payer.name}</Descriptions.Item>}
                      {!!r.interpretations?.length && (
                        <Descriptions.Item label={t('interpretations')}>
                          <Interpretations items={r.interpretations} />
                        </Descriptions.Item>
                      )}
                    </Descriptions>
                  ),
                }))}
              />
            ),
          },
          {
            key: 'parameters',
            label: `${t('parameters')}（${p.parameters.length}）`,
            children: (
              <>
                <Input.Search allowClear placeholder={pt('searchParams')} value={q} onChange={(e) => setQ(e.target.value)} className="param-search" />
                <List
                  className="params"
                  size="small"
                  rowKey="path"
                  dataSource={params}
                  pagination={params.length > 15 ? { pageSize: 15, size: 'small', showSizeChanger: false } : false}
                  locale={{ emptyText: t('noData') }}
                  renderItem={(row: PolicyParameter) => (
                    <List.Item className="param" data-path={row.path}>
                      <div className="param-name">
                        <h4 className="param-title">
                          {row.description ?? row.path} {row.values.some((v) => v.example) && <Tag color="orange">{t('exampleValue')}</Tag>}
                        </h4>
                        <div className="code-secondary">
                          {pt('paramPath')} {row.path}
                          {row.choices && ` · ${pt('choices')}：${Object.entries(row.choices).map(([code, name]) => `${code}（${name}）`).join('、')}`}
                        </div>
                      </div>
                      <ul className="plain param-values">
                        {row.values.map((v) => (
                          <li key={v.from}>
                            <b>{valueText(row, v)}</b>{' '}
                            <span className="muted">
                              {t('from')} {v.from}
                              {v.to ? ` ${t('to')} ${v.to}` : ''}
                            </span>
                            {v.example && (
                              <Tag color="orange" className="ml">
                                {t('exampleValue')}
                              </Tag>
                            )}
                            {v.reference && (
                              <div className="expl-ref">
                                {t('reference')}：{v.reference.doc}
                                {v.reference.article ? ` 第${v.reference.article}条` : ''}
                                {v.reference.item ? `第(${v.reference.item})项` : ''}
                                {v.reference.text ? `：“${v.reference.text}”` : ''}
                                {v.reference.interpretation ? `（${v.reference.interpretation}）` : ''}
                              </div>
                            )}
                          </li>
                        ))}
                      </ul>
                    </List.Item>
                  )}
                />
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
