// The employer's live streamers (主播, 衢委发〔2020〕7号第18条第八句): the list the 主播奖励 claims name,
// with what the two rules read — 经认定为“星级”主播 and its 认定日期 (“星级”主播培养奖励), 知名主播 and
// its 地方综合贡献 (知名主播地方综合贡献奖励, up to 100%) — plus the 直播平台. Added or edited here and
// saved through the registry's versioned, audited update with the document it rests on (理由).

import { useState } from 'react';
import { Button, Card, Checkbox, Form, Input, Space, Table } from 'antd';
import { ApiError, api, type Employer, type Streamer } from '../api';
import { Field } from '../field';
import { formatFen } from '../money';
import { useAction } from '../inkind/parts';

const blank: Streamer = { name: '', platform: '', starred: false, recognizedDate: '', famous: false, localContribution: '' };

/** Only what was filled in (an empty field is unknown, not zero or “否”). */
const clean = (s: Streamer): Streamer => {
  const out: Streamer = { name: s.name?.trim() };
  if (s.platform?.trim()) out.platform = s.platform.trim();
  out.starred = !!s.starred;
  if (s.recognizedDate?.trim()) out.recognizedDate = s.recognizedDate.trim();
  out.famous = !!s.famous;
  if (s.localContribution?.trim()) out.localContribution = s.localContribution.trim();
  return out;
};

const yuanText = (v: string | undefined) => (v && /^\d+(\.\d{1,2})?$/.test(v) ? formatFen(Math.round(Number(v) * 100)) : (v ?? ''));

export function Streamers({ e, saved }: { e: Employer; saved: () => void }) {
  const list = e.facts?.streamers ?? [];
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState<Streamer>(blank);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const a = useAction();
  const open = (i: number) => {
    setEditing(i);
    setDraft(i < list.length ? { ...blank, ...list[i] } : blank);
    setErrors({});
  };
  const save = () =>
    a.run(async () => {
      const next = list.map((x) => ({ ...x }));
      next[editing!] = clean(draft);
      setErrors({});
      try {
        await api.updateStreamers(e.id, next, reason.trim(), e.version);
      } catch (err) {
        // Errors name facts.streamers[i].field: shown under the field being edited.
        if (err instanceof ApiError) setErrors(Object.fromEntries(err.errors.map((x) => [x.path.replace(/^facts\.streamers\[\d+\]\./, ''), x.message])));
        throw err;
      }
      setEditing(null);
      setReason('');
      saved();
    }, '已保存（留痕）；申报主播奖励时选择该主播');
  const err = (k: string) => ({ validateStatus: errors[k] ? ('error' as const) : undefined, help: errors[k] });
  const set = (k: keyof Streamer) => (ev: { target: { value: string } }) => setDraft({ ...draft, [k]: ev.target.value });
  return (
    <Card size="small" title="本单位的“星级”主播、知名主播" className="block" data-testid="streamers">
      <p className="muted">
        衢委发〔2020〕7号第十八条第八句：“对直播运营主体培养的社会知名度高、产业带动性强、营销业绩突出的‘星级’主播，给予一次性奖励；对知名主播，按其地方综合贡献给予最高100%的奖励。”
        这里登记的主播，申报“主播奖励”时可直接选择，由商务局等部门联审核实认定文件。
      </p>
      <Table<Streamer & { key: number }>
        size="small"
        rowKey="key"
        dataSource={list.map((x, key) => ({ ...x, key }))}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: '尚未登记主播' }}
        columns={[
          { title: '主播名称', dataIndex: 'name' },
          { title: '直播平台', dataIndex: 'platform' },
          { title: '“星级”主播', key: 'starred', render: (_, s) => (s.starred ? `是（认定日期 ${s.recognizedDate ?? '未填'}）` : '否') },
          { title: '知名主播', key: 'famous', render: (_, s) => (s.famous ? '是' : '否') },
          { title: '地方综合贡献', key: 'lc', align: 'right', render: (_, s) => yuanText(s.localContribution) },
          { title: '', key: 'edit', render: (_, s) => <Button size="small" onClick={() => open(s.key)} data-testid={`streamer-edit-${s.key}`}>修改</Button> },
        ]}
      />
      {editing === null ? (
        <Button className="block" onClick={() => open(list.length)} data-testid="streamer-add">登记主播</Button>
      ) : (
        <Form layout="vertical" className="block" data-testid="streamer-form">
          <Space wrap align="start">
            <Field label="主播名称" {...err('name')}><Input value={draft.name} onChange={set('name')} data-testid="streamer-name" /></Field>
            <Field label="直播平台" {...err('platform')}><Input value={draft.platform} onChange={set('platform')} placeholder="如 抖音、淘宝直播" /></Field>
            <Field label="认定日期（“星级”主播）" {...err('recognizedDate')}><Input value={draft.recognizedDate} onChange={set('recognizedDate')} placeholder="YYYY-MM-DD" data-testid="streamer-date" /></Field>
            <Field label="地方综合贡献（元，知名主播）" {...err('localContribution')}><Input value={draft.localContribution} onChange={set('localContribution')} placeholder="如 1200000" /></Field>
          </Space>
          <Space wrap>
            <Checkbox checked={!!draft.starred} onChange={(ev) => setDraft({ ...draft, starred: ev.target.checked })} data-testid="streamer-starred">经认定为“星级”主播</Checkbox>
            <Checkbox checked={!!draft.famous} onChange={(ev) => setDraft({ ...draft, famous: ev.target.checked })}>知名主播</Checkbox>
          </Space>
          <Field label="依据的认定或评定文件（理由，必填，记入修改记录）" {...err('reason')}>
            <Input value={reason} onChange={(ev) => setReason(ev.target.value)} placeholder="如 衢州市商务局“星级”主播认定文件" data-testid="streamer-reason" />
          </Field>
          <Space>
            <Button type="primary" loading={a.busy} onClick={() => void save()} data-testid="streamer-save">保存</Button>
            <Button onClick={() => setEditing(null)}>取消</Button>
          </Space>
        </Form>
      )}
      {a.feedback}
    </Card>
  );
}
