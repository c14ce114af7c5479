// 我的人才码: the talent's card (level, validity, the services it opens), the live code as a QR that
// renews itself every few minutes (a screenshot soon stops working), a printable code valid for 30
// days, the uses partners recorded, and reporting the card lost.

import { useEffect, useState } from 'react';
import { Alert, Button, Card as Box, Descriptions, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { errorText } from '../api';
import { useLoad } from '../hooks';
import { Loading } from '../ui/common';
import { Qr } from '../ui/qr';
import { cardsApi, type Card, type CardCode } from './api';

/** Renew the live code this long before it expires. */
const RENEW_BEFORE_MS = 30_000;

function LiveCode({ card }: { card: Card }) {
  const [code, setCode] = useState<CardCode | null>(null);
  const [error, setError] = useState<string>();
  const [print, setPrint] = useState<CardCode | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const renew = () =>
      cardsApi.code('live').then(
        (c) => {
          if (!live) return;
          setCode(c);
          setError(undefined);
          timer = setTimeout(renew, Math.max(5_000, Date.parse(c.expiresAt) - Date.now() - RENEW_BEFORE_MS));
        },
        (e: unknown) => live && setError(errorText(e)),
      );
    void renew();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [card.id]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!code) return null;
  return (
    <Space direction="vertical" align="center" style={{ width: '100%' }}>
      <Qr text={code.code} label={`${card.levelName}人才码`} />
      <Typography.Text type="secondary">实时人才码，{new Date(code.expiresAt).toLocaleTimeString('zh-CN')} 前有效，到期自动更新</Typography.Text>
      <Typography.Paragraph copyable={{ text: code.code, tooltips: ['复制码文', '已复制'] }} style={{ wordBreak: 'break-all', fontSize: 11, maxWidth: 360 }} data-testid="card-code">
        {code.code}
      </Typography.Paragraph>
      <Button onClick={() => cardsApi.code('print').then(setPrint, (e: unknown) => setError(errorText(e)))} data-testid="card-print">生成打印卡（30 天有效）</Button>
      {print && (
        <div className="card-print" data-testid="card-print-code">
          <Qr text={print.code} label="打印卡人才码" />
          <Typography.Text type="secondary">打印卡有效期至 {new Date(print.expiresAt).toLocaleDateString('zh-CN')}，供无网络的场所核验；遗失请立即挂失。</Typography.Text>
        </div>
      )}
    </Space>
  );
}

export default function MyCard() {
  const [attempt, setAttempt] = useState(0);
  const mine = useLoad(() => cardsApi.myCard(), [attempt]);
  const uses = useLoad(() => cardsApi.uses(), [attempt]);
  const [lostReason, setLostReason] = useState('');
  const [error, setError] = useState<string>();
  const reload = () => setAttempt((a) => a + 1);
  return (
    <div className="portal-grid" data-testid="my-card">
      <Loading loaded={mine}>
        {(m) => (
          <Box size="small" title="我的人才码（高层次人才服务“电子一卡通”）" className="block">
            {error && <Alert type="error" showIcon message={error} />}
            {m.card && m.card.status === 'active' ? (
              <>
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label="卡级"><Tag color={m.card.level === 'gold' ? 'gold' : m.card.level === 'silver' ? 'default' : 'blue'} data-testid="card-level">{m.card.levelName}</Tag></Descriptions.Item>
                  <Descriptions.Item label="状态"><span data-testid="card-status">{m.card.statusText}</span></Descriptions.Item>
                  <Descriptions.Item label="有效期">{m.card.validFrom} 至 {m.card.validTo}</Descriptions.Item>
                  <Descriptions.Item label="可享服务">{m.card.services.filter((s) => s.open).map((s) => s.name).join('、')}</Descriptions.Item>
                </Descriptions>
                <LiveCode card={m.card} />
                <Space style={{ marginTop: 12 }} wrap>
                  <Input placeholder="挂失说明（可不填）" value={lostReason} onChange={(e) => setLostReason(e.target.value)} style={{ width: 200 }} aria-label="挂失说明" />
                  <Popconfirm title="挂失后此卡立即失效，可重新申领。确定挂失？" okText="挂失" cancelText="取消" onConfirm={() => cardsApi.reportLost(lostReason).then(reload, (e: unknown) => setError(errorText(e)))}>
                    <Button danger data-testid="card-lost">挂失</Button>
                  </Popconfirm>
                </Space>
              </>
            ) : (
              <>
                {m.card && <Alert type="warning" showIcon message={`原人才卡${m.card.statusText}`} description={m.card.endReason ?? undefined} data-testid="card-ended" />}
                {m.eligible ? (
                  <Button type="primary" onClick={() => cardsApi.requestCard().then(reload, (e: unknown) => setError(errorText(e)))} data-testid="card-request">申领人才卡</Button>
                ) : (
                  <Alert type="info" showIcon message="暂不符合高层次人才服务“电子一卡通”的条件" description={m.reason} />
                )}
              </>
            )}
          </Box>
        )}
      </Loading>
      <Box size="small" title="使用记录" className="block">
        <Loading loaded={uses}>
          {(list) => (
            <List
              size="small"
              locale={{ emptyText: '暂无使用记录' }}
              dataSource={list}
              data-testid="card-uses"
              renderItem={(u) => (
                <List.Item>
                  {u.serviceName} · {u.partner} · {new Date(u.usedAt).toLocaleString('zh-CN')}
                </List.Item>
              )}
            />
          )}
        </Loading>
      </Box>
    </div>
  );
}
