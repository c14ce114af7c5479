// A talent's "我的活动" (/my-events): their registrations with the event's time and place, the
// check-in code as a QR, when they checked in, and the feedback form once they attended.

import { Card, Empty, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useLoad } from '../hooks';
import { formatDateTime } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { eventsApi } from './api';
import { CheckInCode, Feedback } from './Public';

function Mine() {
  const mine = useLoad(() => eventsApi.mine(), []);
  return (
    <Card title="我的活动" className="events-page" extra={<Link to="/activities">全部活动</Link>}>
      <Loading loaded={mine}>
        {(regs) =>
          regs.length === 0 ? (
            <Empty description={<>还没有报名活动，<Link to="/activities">去看看</Link></>} />
          ) : (
            <Space direction="vertical" style={{ width: '100%' }}>
              {regs.map((r) => (
                <Card key={r.id} size="small" title={<Link to={`/activities/${r.event.id}`}>{r.event.title}</Link>} extra={<Tag>{r.event.stateLabel}</Tag>} data-testid="my-registration">
                  <Space wrap align="start" size="large">
                    <Space direction="vertical">
                      <span>{r.event.kindLabel} · {formatDateTime(r.event.startsAt)} 至 {formatDateTime(r.event.endsAt)}</span>
                      {r.event.place && <span>地点：{r.event.place}</span>}
                      <span>报名时间：{formatDateTime(r.registeredAt)}</span>
                      <span>{r.checkedInAt ? `已签到：${formatDateTime(r.checkedInAt)}` : '尚未签到'}</span>
                      {r.outcomes.map((o) => <span key={o.id}>{o.enterpriseName} · {o.post}：{o.resultLabel}（{o.on}）</span>)}
                      {r.rating !== null && <span>我的评价：{r.rating} 分{r.comment ? `，${r.comment}` : ''}</span>}
                    </Space>
                    {!r.checkedInAt && r.event.state === 'published' && <CheckInCode token={r.token} title={r.event.title} />}
                    {r.checkedInAt && r.rating === null && (
                      <Space direction="vertical">
                        <Typography.Text strong>评价本次活动</Typography.Text>
                        <Feedback token={r.token} onDone={mine.retry} />
                      </Space>
                    )}
                  </Space>
                </Card>
              ))}
            </Space>
          )
        }
      </Loading>
    </Card>
  );
}

export default function MyEvents() {
  return (
    <RequireRole roles={['talent']}>
      <Mine />
    </RequireRole>
  );
}
