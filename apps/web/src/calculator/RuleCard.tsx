// One benefit of the result: name, amount (from the API's amountText, tagged when it rests on example
// values), schedule, payer; on expand the clause cite, the original text, the interpretations, the
// instalments and the explanation tree.
import { Descriptions, Table, Tag } from 'antd';
import type { RuleResult } from '../api';
import { formatFen } from '../money';
import { useI18n } from '../i18n';
import { Explanation } from './Explanation';
import { Interpretations } from '../policies/Interpretations';
import { usePageT } from '../ui/page-strings';

export function RuleTitle({ r, example }: { r: RuleResult; example?: boolean }) {
  const { t } = useI18n();
  const pt = usePageT();
  return (
    <div className="rule-title">
      <span className="rule-name">{r.name}</span>
      {r.amountText && (
        <span className="amount" data-testid={`amount-${r.rule}`}>
          {r.amountText}
          {r.status === 'up_to' && (
            <Tag color="gold" className="ml">
              {t('statusUpTo')}
            </Tag>
          )}
        </span>
      )}
      {r.dateMissing && (
        <Tag className="ml" data-testid={`date-later-${r.rule}`}>
          {pt('dateLater')}
        </Tag>
      )}
      {r.amountText && example && (
        <Tag color="orange" className="example-tag">
          {pt('exampleTag')}
        </Tag>
      )}
      <span className="cite">{r.clause.cite}</span>
    </div>
  );
}

export function RuleDetail({ r }: { r: RuleResult }) {
  const { t } = useI18n();
  const beneficiary = r.beneficiary === 'person' ? t('person') : r.beneficiary === 'employer' ? t('employer') : r.beneficiary === 'project' ? t('project') : r.beneficiary;
  return (
    <div className="rule-detail">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('clause')}>{r.clause.cite}</Descriptions.Item>
        <Descriptions.Item label={t('originalText')}>
          <blockquote className="original">{r.text}</blockquote>
        </Descriptions.Item>
        {r.schedule && <Descriptions.Item label={t('schedule')}>{r.schedule.description}</Descriptions.Item>}
        {r.payer && <Descriptions.Item label={t('payer')}>{r.payer.name}</Descriptions.Item>}
        <Descriptions.Item label={t('beneficiary')}>{beneficiary}</Descriptions.Item>
        {r.reason && <Descriptions.Item label="原因">{r.reason}</Descriptions.Item>}
        {!!r.interpretations?.length && (
          <Descriptions.Item label={t('interpretations')}>
            <Interpretations items={r.interpretations} />
          </Descriptions.Item>
        )}
      </Descriptions>
      {(r.schedule?.instalments?.length ?? 0) > 1 && (
        <Table
          className="instalments"
          size="small"
          pagination={false}
          rowKey={(i) => i.date}
          dataSource={r.schedule?.instalments}
          columns={[
            { title: t('instalments'), dataIndex: 'date' },
            { title: t('amount'), dataIndex: 'amountFen', render: (f: number) => formatFen(f), align: 'right' },
            { title: '', dataIndex: 'due', render: (d: boolean) => (d ? <Tag color="green">{t('instalmentDue')}</Tag> : <Tag>{t('instalmentFuture')}</Tag>) },
          ]}
        />
      )}
      {r.explanation && (
        <div className="explanation">
          <h4>{t('explanation')}</h4>
          {r.explanation.amount && (
            <>
              <div className="expl-head">{t('amount')}</div>
              <Explanation root={r.explanation.amount} open={1} />
            </>
          )}
          <div className="expl-head">{t('conditions')}</div>
          <Explanation root={r.explanation.eligibility} open={0} />
        </div>
      )}
    </div>
  );
}
