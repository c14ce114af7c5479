// The public events pages: the list of published events (/activities) and one event (/activities/:id)
// with its posts and a register button — a signed-in talent registers with their registry identity,
// a graduate not in the registry fills in name, ID number, phone, school, major and year. The answer
// shows the check-in code as a QR to show at the door. Feedback by check-in code after attending.

import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Input, InputNumber, List, Rate, Space, Tag, Typography } from 'antd';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { useSession } from '../session';
import { formatDateTime } from '../time';
import { Loading } from '../ui/common';
import { Qr } from '../ui/qr';
import { eventsApi, type EventDetail, type Registered } from './api';

const STATE_COLOR: Record<string, string> = { draft: 'default', published: 'green', ended: 'blue', cancelled: 'red' };

export function EventFacts({ e }: { e: EventDetail }) {
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="类型">{e.kindLabel}{e.seriesTitle ? `（${e.seriesTitle}）` : ''}</Descriptions.Item>
      <Descriptions.Item label="时间">{formatDateTime(e.startsAt)} 至 {formatDateTime(e.endsAt)}</Descriptions.Item>
      <Descriptions.Item label="地点">{e.place || '线上'}{e.onlineUrl ? <> · <a href={e.onlineUrl} target="_blank" rel="noreferrer">线上参加</a></> : null}</Descriptions.Item>
      <Descriptions.Item label="主办地区">{e.regionName}{e.host ? `，承办：${e.host}` : ''}</Descriptions.Item>
      <Descriptions.Item label="报名截止">{formatDateTime(e.deadline)}</Descriptions.Item>
      <Descriptions.Item label="名额">共 {e.capacity} 人，已报名 {e.registered} 人，剩余 {e.remaining} 人</Descriptions.Item>
      {e.audience && <Descriptions.Item label="面向对象">{e.audience}</Descriptions.Item>}
      {e.rating !== null && <Descriptions.Item label="参会评价">{e.rating} 分（{e.ratings} 人评价）</Descriptions.Item>}
    </Descriptions>
  );
}

export function CheckInCode({ token, title }: { token: string; title: string }) {
  return (
    <Space direction="vertical" align="center" data-testid="checkin-code" data-token={token}>
      <Qr text={token} label={`${title}签到码`} testId="checkin-qr" />
      <Typography.Text type="secondary">到场时请出示此二维码签到</Typography.Text>
      <Typography.Paragraph copyable={{ text: token, tooltips: ['复制签到码', '已复制'] }} className="code-secondary" style={{ margin: 0 }}>复制签到码</Typography.Paragraph>
    </Space>
  );
}

export function Activities() {
  const list = useLoad(() => eventsApi.publicList(), []);
  return (
    <Card title="招聘活动与人才活动" className="events-page">
      <Loading loaded={list}>
        {(events) => (
          <List
            dataSource={events}
            locale={{ emptyText: '暂无活动' }}
            renderItem={(e) => (
              <List.Item data-testid="public-event">
                <List.Item.Meta
                  title={<Link to={`/activities/${e.id}`}>{e.title}</Link>}
                  description={<Space wrap><Tag>{e.kindLabel}</Tag><Tag color={STATE_COLOR[e.state]}>{e.stateLabel}</Tag><span>{e.regionName}</span><span>{formatDateTime(e.startsAt)}</span><span>剩余名额 {e.remaining}</span>{e.posts.length > 0 && <span>{e.posts.length} 个岗位</span>}</Space>}
                />
              </List.Item>
            )}
          />
        )}
      </Loading>
    </Card>
  );
}

function RegisterForm({ e, onDone }: { e: EventDetail; onDone: (r: Registered) => void }) {
  const { session } = useSession();
  const talent = session?.user.role === 'talent';
  const [form, setForm] = useState<Record<string, string | number | null>>({ name: '', idNumber: '', phone: '', school: '', major: '', graduationYear: null });
  const [error, setError] = useState<string>();
  const set = (k: string, v: string | number | null) => setForm((f) => ({ ...f, [k]: v }));
  const submit = async () => {
    try {
      const body = Object.fromEntries(Object.entries(form).filter(([, v]) => v !== null && v !== ''));
      onDone(talent ? await eventsApi.registerTalent(e.id, body) : await eventsApi.registerGuest(e.id, body));
    } catch (err) {
      setError(failText(err));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 480 }} data-testid="register-form">
      {talent ? (
        <Typography.Text>以人才库登记的身份报名（{session.user.displayName}）；学校、专业可选填。</Typography.Text>
      ) : (
        <>
          <Typography.Text type="secondary">尚未登录或未在人才库的高校毕业生，请填写以下信息报名（身份证号、手机号加密保存，名单中脱敏显示）。</Typography.Text>
          <Input aria-label="姓名" placeholder="姓名" value={form.name as string} onChange={(x) => set('name', x.target.value)} />
          <Input aria-label="身份证号" placeholder="身份证号" value={form.idNumber as string} onChange={(x) => set('idNumber', x.target.value)} />
          <Input aria-label="手机号" placeholder="手机号" value={form.phone as string} onChange={(x) => set('phone', x.target.value)} />
        </>
      )}
      <Input aria-label="学校" placeholder="毕业（就读）学校" value={form.school as string} onChange={(x) => set('school', x.target.value)} />
      <Input aria-label="专业" placeholder="专业" value={form.major as string} onChange={(x) => set('major', x.target.value)} />
      <InputNumber aria-label="毕业年份" placeholder="毕业年份" min={1980} max={2100} style={{ width: '100%' }} value={form.graduationYear as number | null} onChange={(v) => set('graduationYear', v)} />
      {error && <Alert type="error" showIcon title={error} data-testid="register-error" />}
      <Button type="primary" onClick={() => void submit()} data-testid="register-submit">提交报名</Button>
    </Space>
  );
}

export function Feedback({ token, onDone }: { token?: string; onDone?: () => void }) {
  const [code, setCode] = useState(token ?? '');
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const submit = async () => {
    try {
      const r = await eventsApi.feedback({ token: code.trim(), rating, comment });
      setResult({ ok: true, text: `感谢评价！本活动平均 ${r.average ?? '-'} 分` });
      onDone?.();
    } catch (e) {
      setResult({ ok: false, text: failText(e) });
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 480 }} data-testid="feedback-form">
      {!token && <Input.TextArea rows={2} aria-label="签到码" placeholder="粘贴您的签到码" value={code} onChange={(e) => setCode(e.target.value)} />}
      <Rate aria-label="评分" value={rating} onChange={setRating} />
      <Input.TextArea rows={2} aria-label="意见建议" placeholder="意见建议（选填）" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={500} />
      {result && <Alert type={result.ok ? 'success' : 'error'} showIcon title={result.text} />}
      <Button onClick={() => void submit()} data-testid="feedback-submit">提交评价</Button>
    </Space>
  );
}

export function Activity() {
  const { id } = useParams();
  const [done, setDone] = useState<Registered>();
  const [open, setOpen] = useState(false);
  const ev = useLoad(() => eventsApi.publicOne(Number(id)), [id, done]);
  return (
    <Loading loaded={ev} notFound="未找到该活动">
      {(e) => (
        <Space direction="vertical" style={{ width: '100%' }} className="events-page">
          <Card title={e.title} extra={<Tag color={STATE_COLOR[e.state]}>{e.stateLabel}</Tag>}>
            <EventFacts e={e} />
          </Card>
          {e.posts.length > 0 && (
            <Card title="参会企业岗位" size="small">
              <List size="small" dataSource={e.posts} renderItem={(x) => <List.Item data-testid="public-post">{x.enterpriseName} · {x.post}（{x.headcount} 人）{x.detail ? ` · ${x.detail}` : ''}</List.Item>} />
            </Card>
          )}
          <Card title="报名" size="small">
            {done ? (
              <Space direction="vertical" align="center" style={{ width: '100%' }}>
                <Alert type="success" showIcon title={`报名成功：${done.registration.name}（${done.registration.idMasked}）`} data-testid="registered" />
                <CheckInCode token={done.token} title={e.title} />
                <Typography.Text type="secondary">请保存此二维码（截图或复制签到码）；已登录的人才可在“我的活动”中随时查看。</Typography.Text>
              </Space>
            ) : e.state === 'published' && Date.parse(e.deadline) > Date.now() && e.remaining > 0 ? (
              open ? <RegisterForm e={e} onDone={setDone} /> : <Button type="primary" onClick={() => setOpen(true)} data-testid="register">我要报名</Button>
            ) : (
              <Typography.Text type="secondary">{e.state !== 'published' ? `活动${e.stateLabel}` : e.remaining <= 0 ? '名额已满' : '报名已截止'}</Typography.Text>
            )}
          </Card>
          <Card title="参会评价（凭签到码）" size="small">
            <Feedback />
          </Card>
        </Space>
      )}
    </Loading>
  );
}

export default Activities;
