// Policy browser: the list of policy packages (GET /api/v1/policies).
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../api';
import { useLoad } from '../hooks';
import { useI18n } from '../i18n';

export default function Policies() {
  const { t } = useI18n();
  const list = useLoad(api.policies, []);
  return (
    <div>
      <h1>{t('policiesTitle')}</h1>
      <p className="intro">{t('policiesIntro')}</p>
      {list.error && <Alert type="error" title={list.error} action={<Button onClick={list.retry}>{t('retry')}</Button>} />}
      {list.loading && !list.data && <Skeleton active />}
      <Row gutter={[16, 16]}>
        {list.data?.map((p) => (
          <Col xs={24} md={12} xl={8} key={p.id}>
            <Card
              title={<Link to={`/policies/${p.id}`}>{p.docNumber}</Link>}
              extra={<Link to={`/policies/${p.id}`}>{t('open')}</Link>}
              className="policy-card"
              data-testid={`policy-${p.id}`}
            >
              <p className="policy-title">{p.title}</p>
              <Descriptions size="small" column={1}>
                {p.issuer && <Descriptions.Item label={t('issuer')}>{p.issuer}</Descriptions.Item>}
                {p.effectiveFrom && <Descriptions.Item label={t('effective')}>{p.effectiveFrom}</Descriptions.Item>}
                <Descriptions.Item label={t('jurisdiction')}>{p.jurisdictionLabel ?? p.jurisdiction.join('、')}</Descriptions.Item>
                <Descriptions.Item label={t('ruleCount')}>
                  {p.rules} · {t('paramCount')} {p.parameters}
                  {!!p.exampleParameters?.length && (
                    <Tag color="orange" className="ml">
                      {t('exampleCount')} {p.exampleParameters.length}
                    </Tag>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('policyVersion')}>
                  <code>{p.version}</code>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
