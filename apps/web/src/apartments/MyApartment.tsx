// 我的人才公寓 (the talent portal's tab): apply for a talent apartment (when the rules allow), the
// application's progress, the place on the waiting list, the unit offered with accept / decline,
// and the tenancy (move-in, end).

import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Input, Popconfirm, Space, Steps, Tag, Typography } from 'antd';
import { api, failText } from '../api';
import { useLoad } from '../hooks';
import { Loading } from '../ui/common';
import { aptApi, type MyApartment as Mine, type Tenancy } from './api';

function Unit({ t }: { t: Tenancy }) {
  const a = t.apartment;
  return (
    <Descriptions size="small" column={1} data-testid="apartment-unit">
      <Descriptions.Item label="房源">{a.regionName} {a.project} {a.unitNo}</Descriptions.Item>
      <Descriptions.Item label="面积与户型">{a.areaText}，{a.rooms} 室</Descriptions.Item>
      <Descriptions.Item label="月租金">{a.rentText}</Descriptions.Item>
      <Descriptions.Item label="配租状态"><Tag color={t.status === 'active' ? 'green' : t.status === 'offered' ? 'gold' : 'default'} data-testid="tenancy-status">{t.statusText}</Tag></Descriptions.Item>
      {t.moveIn && <Descriptions.Item label="入住日期">{t.moveIn}</Descriptions.Item>}
      {t.endedOn && <Descriptions.Item label="退租">{t.endedOn}（{t.endKindText}{t.endNote ? `：${t.endNote}` : ''}）</Descriptions.Item>}
    </Descriptions>
  );
}

/** Where the talent is: 申请 → 审核 → 轮候 → 配租 → 入住. */
function stepOf(m: Mine): number {
  if (m.tenancy && (m.tenancy.status === 'active' || m.tenancy.status === 'ended')) return 4;
  if (m.tenancy && (m.tenancy.status === 'offered' || m.tenancy.status === 'accepted')) return 3;
  if (m.entry) return 2;
  if (m.application) return 1;
  return 0;
}

export default function MyApartment() {
  const [tick, setTick] = useState(0);
  const mine = useLoad(() => aptApi.mine(), [tick]);
  const [error, setError] = useState<string>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const reload = () => setTick((t) => t + 1);
  const act = (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    fn().then(reload, (e: unknown) => setError(failText(e))).finally(() => setBusy(false));
  };
  const apply = () =>
    act(async () => {
      const app = await api.createApplication({ matter: 'talent_apartment' });
      await api.step(app.id, 'submit');
    });
  return (
    <Card size="small" title="我的人才公寓（衢委发〔2020〕7号第20条、第22条）" className="block" data-testid="my-apartment">
      <Loading loaded={mine}>
        {(m) => {
          const live = m.tenancy && ['offered', 'accepted', 'active'].includes(m.tenancy.status) ? m.tenancy : null;
          return (
            <Space direction="vertical" style={{ width: '100%' }}>
              {error && <Alert type="error" showIcon message={error} data-testid="apartment-error" />}
              <Steps size="small" current={stepOf(m)} responsive items={[{ title: '申请' }, { title: '联审核准' }, { title: '轮候' }, { title: '配租' }, { title: '入住' }]} />
              {!m.application && (m.eligible ? (
                <Space direction="vertical">
                  <Typography.Text>全职在衢、暂未购房的第20条所列人才和租房补助对象可申请租住人才公寓；核准后列入轮候名单，按人才层次和核准日期顺序配租。所需材料人才库已有，无需上传。</Typography.Text>
                  <Button type="primary" loading={busy} onClick={apply} data-testid="apartment-apply">申请人才公寓</Button>
                </Space>
              ) : (
                <Alert type="info" showIcon message="暂不符合人才公寓的申请条件" description={m.reason ?? undefined} />
              ))}
              {m.application && !m.entry && (
                <Alert type="info" showIcon message={`人才公寓申租：${m.application.stateLabel}`} description={<Link to={`/talent/applications/${m.application.id}`}>查看申报件进度</Link>} data-testid="apartment-application" />
              )}
              {m.entry && m.entry.status === 'waiting' && (
                <Alert type="success" showIcon data-testid="apartment-place" message={`轮候中：${m.entry.regionName}人才公寓轮候名单第 ${m.entry.position} 位`} description={`轮候层次：${m.entry.priorityLabel}；核准日期 ${m.entry.approvedOn}${m.entry.declines ? `；已放弃配租 ${m.entry.declines} 次（再次放弃将移出名单）` : ''}`} />
              )}
              {m.entry && m.entry.status === 'removed' && <Alert type="warning" showIcon message="已移出轮候名单" description={m.entry.endReason ?? undefined} />}
              {live && (
                <>
                  <Unit t={live} />
                  {live.status === 'offered' && (
                    <Space wrap>
                      <Button type="primary" loading={busy} onClick={() => act(() => aptApi.accept(live.id))} data-testid="apartment-accept">接受配租</Button>
                      <Input placeholder="放弃原因（可不填）" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 200 }} aria-label="放弃原因" />
                      <Popconfirm title="首次放弃仍按原顺序轮候，再次放弃将移出轮候名单。确定放弃？" okText="放弃" cancelText="取消" onConfirm={() => act(() => aptApi.decline(live.id, reason))}>
                        <Button danger data-testid="apartment-decline">放弃</Button>
                      </Popconfirm>
                    </Space>
                  )}
                  {live.status === 'accepted' && <Typography.Text type="secondary">已接受配租，请按通知办理入住手续，入住日期由经办人员登记。</Typography.Text>}
                  {live.status === 'active' && <Typography.Text type="secondary">租住人才公寓期间不享受租房补助（第20条）。</Typography.Text>}
                </>
              )}
              {!live && m.tenancy?.status === 'ended' && <Unit t={m.tenancy} />}
            </Space>
          );
        }}
      </Loading>
    </Card>
  );
}
