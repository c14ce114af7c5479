// What an approved 人才层次认定 recognised, in place of an amount (it has none): each qualification by
// its official name with the tier it gives under articles 19 and 20 (and any condition), a tier the
// talent office recognised directly, the resulting tiers, validity and basis; before approval, that
// approval will create it.

import { Card, Descriptions, Tag } from 'antd';
import type { AppDetail } from '../api';
import { usePT } from '../ui/i18n';

export function RecognitionCard({ a }: { a: AppDetail }) {
  const pt = usePT();
  const r = a.recognition;
  return (
    <Card size="small" title={pt('recognitionResult')} className="block" data-testid="recognition-result">
      {!r ? (
        <span className="muted">{pt('recognitionPending')}</span>
      ) : (
        <>
          <Descriptions size="small" bordered column={1} className="block">
            <Descriptions.Item label={pt('recognisedQuals')}>
              {r.qualifications.map((q) => (
                <div key={q.code} className="recognised-qual" data-qual={q.code}>
                  <Tag color="blue">{q.name}</Tag>
                  {q.obtained && <span className="muted small">{q.obtained} </span>}
                  {q.tiers.map((t) => (
                    <span key={t.article} className="small tier-line">
                      {t.label}
                      {t.condition && <span className="muted">（{pt('condition')}：{t.condition}）</span>}
                    </span>
                  ))}
                </div>
              ))}
            </Descriptions.Item>
            {r.recognisedTiers.length > 0 && (
              <Descriptions.Item label={pt('recognisedDirectly')}>{r.recognisedTiers.map((t) => t.label).join('；')}</Descriptions.Item>
            )}
            {[19, 20].map((article) => {
              const t = r.tiers.find((x) => x.article === article);
              return (
                <Descriptions.Item key={article} label={article === 19 ? pt('tierArt19') : pt('tierArt20')}>
                  {t ? (
                    <span data-testid={`recognised-tier-${article}`}>
                      <b>{t.label}</b> <span className="cite">{t.cite}</span>
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </Descriptions.Item>
              );
            })}
            <Descriptions.Item label={pt('validity')}>
              <span data-testid="recognition-validity">
                {r.validFrom} — {r.validTo ?? pt('openEnded')}
              </span>
              {r.revokedOn && <Tag color="red" className="ml">{pt('revokedOn')} {r.revokedOn}</Tag>}
            </Descriptions.Item>
            {r.basis && <Descriptions.Item label={pt('basis')}>{r.basis}</Descriptions.Item>}
          </Descriptions>
          <div className="muted small">{pt('recognitionNoAmount')}</div>
        </>
      )}
    </Card>
  );
}
