// A leader's own page (/leader-contact/mine, 我联系的人才): the talents assigned to them (ID numbers
// masked), each opening the contact log and the form to log a contact and the problems raised; and
// their coverage this year.

import { useState } from 'react';
import { Button, Drawer, List, Tag } from 'antd';
import { useLoad } from '../hooks';
import { todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { CardTable } from '../ui/card-table';
import { useNarrow } from '../ui/card-table';
import { lcApi, pct, type Talent } from './api';
import { ContactForm } from './ContactForm';

export function TalentDrawer({ talent, onClose, onChanged }: { talent?: Talent; onClose: () => void; onChanged: () => void }) {
  const narrow = useNarrow();
  const [tick, setTick] = useState(0);
  const options = useLoad(() => lcApi.options(), []);
  const contacts = useLoad(() => (talent ? lcApi.contacts({ person: String(talent.personId) }) : Promise.resolve([])), [talent?.personId, tick]);
  return (
    <Drawer open={!!talent} onClose={onClose} size={narrow ? '100%' : 640} title={talent ? `${talent.name}（${talent.regionName}）` : ''} destroyOnHidden>
      {talent && (
        <>
          <p className="muted">身份证号 {talent.idNumberMasked} · 工作单位 {talent.employerName ?? '—'} · 联系领导 {talent.leaderName}（{talent.assignedOn} 起）</p>
          <h3>登记联系</h3>
          <Loading loaded={options}>{(o) => <ContactForm personId={talent.personId} options={o} onDone={() => { setTick((t) => t + 1); onChanged(); }} />}</Loading>
          <h3>联系记录</h3>
          <Loading loaded={contacts}>
            {(rows) => (
              <List
                data-testid="lc-contact-log"
                dataSource={rows}
                locale={{ emptyText: '尚无联系记录' }}
                renderItem={(k) => (
                  <List.Item>
                    <div>
                      <strong>{k.contactedOn} {k.wayLabel}</strong> <span className="muted small">{k.recordedBy}</span>
                      <div>{k.content}</div>
                      {k.problems.map((x) => (
                        <div key={x.id} className="small">问题（{x.categoryLabel}）：{x.description} <Tag>{x.stateLabel}</Tag>{x.answer ? `答复：${x.answer}` : ''}</div>
                      ))}
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Loading>
        </>
      )}
    </Drawer>
  );
}

export function TalentTable({ rows, onOpen, showLeader }: { rows: Talent[]; onOpen: (t: Talent) => void; showLeader: boolean }) {
  return (
    <CardTable<Talent>
      data-testid="lc-talents"
      rowKey="personId"
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: '暂无联系的人才' }}
      columns={[
        { title: '姓名', dataIndex: 'name', card: 'title', render: (_: unknown, t: Talent) => <Button type="link" onClick={() => onOpen(t)}>{t.name}</Button> },
        { title: '身份证号', dataIndex: 'idNumberMasked' },
        { title: '县（市、区）', dataIndex: 'regionName' },
        { title: '工作单位', dataIndex: 'employerName', render: (v: string | null) => v ?? '—' },
        ...(showLeader ? [{ title: '联系领导', dataIndex: 'leaderName' }] : []),
        { title: '安排日期', dataIndex: 'assignedOn' },
        { title: '今年联系次数', dataIndex: 'contactsThisYear' },
        { title: '最近联系', dataIndex: 'lastContactOn', render: (v: string | null) => v ?? '尚未联系' },
      ]}
    />
  );
}

function Page() {
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState<Talent>();
  const talents = useLoad(() => lcApi.talents(), [tick]);
  const year = todayInChina().slice(0, 4);
  const cov = useLoad(() => lcApi.coverage(year), [tick]);
  return (
    <div data-testid="lc-mine">
      <h1>我联系的人才</h1>
      <Loading loaded={cov}>{(c) => <p className="muted">{c.year} 年：联系 {c.total.contacted} / {c.total.assigned} 名，覆盖率 {pct(c.total.share)}，共 {c.total.contacts} 次。</p>}</Loading>
      <Loading loaded={talents}>{(rows) => <TalentTable rows={rows} onOpen={setOpen} showLeader={false} />}</Loading>
      <TalentDrawer talent={open} onClose={() => setOpen(undefined)} onChanged={() => setTick((t) => t + 1)} />
    </div>
  );
}

export default function MyTalents() {
  return (
    <RequireRole roles={['leader']}>
      <Page />
    </RequireRole>
  );
}
