// Talent portal: my record (masked) with my receiving bank account (set or changed here), my
// recognised tier and entitlements, the proactive "could apply" list, apply for a matter, my
// applications (status, deadline, timeline), my payments and messages.

import { useParams, useSearchParams } from 'react-router-dom';
import { Card, Collapse, Descriptions, Empty, List, Tabs, Tag } from 'antd';
import { api, type MyEntitlements, type Person } from '../api';
import { useLoad, type Loaded } from '../hooks';
import { formatFen } from '../money';
import { RuleDetail, RuleTitle } from '../calculator/RuleCard';
import { useSession } from '../session';
import { ApplicationView } from '../applications/ApplicationView';
import { ApplyButton, ApplyList } from '../applications/apply';
import { BankAccount } from '../registry/bank';
import MyCard from '../cards/MyCard';
import MyApartment from '../apartments/MyApartment';
import MyServices from '../inkind/MyServices';
import MyHousingVouchers from '../housing-vouchers/MyHousingVouchers';
import MyMatching from '../matching/MyMatching';
import { ApplicationTable, LedgerView, Loading, Messages, MessagesLabel, RequireRole } from '../ui/common';
import { usePT } from '../ui/i18n';

export default function TalentPortal() {
  return (
    <RequireRole roles={['talent']}>
      <Home />
    </RequireRole>
  );
}

export function TalentApplication() {
  const { id } = useParams();
  return (
    <RequireRole roles={['talent']}>
      <ApplicationView id={Number(id)} mode="applicant" back="/talent?tab=applications" />
    </RequireRole>
  );
}

function Home() {
  const pt = usePT();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'overview';
  const personId = session?.user.personId ?? 0;
  // Headed with the person's own name from the registry (the account's display name may differ).
  const person = useLoad(() => api.person(personId), [personId]);
  return (
    <div className="portal" data-testid="talent-portal">
      <h1 data-testid="talent-name">{person.data?.name ?? '\u00a0'}</h1>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          { key: 'overview', label: pt('myRecord'), children: <Overview person={person} /> },
          { key: 'apply', label: pt('applyMatters'), children: <ApplyList kind="person" base="/talent/applications" /> },
          { key: 'applications', label: pt('myApplications'), children: <ApplicationTable base="/talent/applications" showApplicant={false} /> },
          { key: 'payments', label: pt('payments'), children: <LedgerView q={{ personId }} /> },
          { key: 'card', label: '我的人才码', children: <MyCard /> },
          { key: 'apartment', label: '人才公寓', children: <MyApartment /> },
          { key: 'services', label: '我的服务', children: <MyServices /> },
          { key: 'matching', label: '人岗匹配', children: <MyMatching /> },
          // 椒江's 人才房票: a tab for talents registered in 椒江 only (the policy applies there alone).
          ...(session?.user.region === 'jiaojiang' ? [{ key: 'housing-vouchers', label: '人才房票', children: <MyHousingVouchers /> }] : []),
          { key: 'messages', label: <MessagesLabel />, children: <Messages /> },
        ]}
      />
    </div>
  );
}

function Overview({ person }: { person: Loaded<Person> }) {
  const pt = usePT();
  const ent = useLoad(() => api.myEntitlements(), []);
  return (
    <div className="portal-grid">
      <div>
        <Card size="small" title={pt('myRecord')} className="block">
          <Loading loaded={person}>{(p) => <Record p={p} />}</Loading>
        </Card>
        <Card size="small" title={pt('bankAccount')} className="block">
          <Loading loaded={person}>{(p) => <BankAccount value={p} holder={p.name} hint={pt('bankNoneHint')} save={(b, version) => api.updatePerson(p.id, b, version)} testId="my-bank" />}</Loading>
        </Card>
      </div>
      <Loading loaded={ent}>{(e) => <Entitlements e={e} />}</Loading>
    </div>
  );
}

function Record({ p }: { p: Person }) {
  const pt = usePT();
  return (
    <Descriptions size="small" column={1} data-testid="my-record">
      <Descriptions.Item label={pt('name')}>{p.name}</Descriptions.Item>
      <Descriptions.Item label={pt('idNumber')}>{p.idNumber}</Descriptions.Item>
      <Descriptions.Item label={pt('phone')}>{p.phone}</Descriptions.Item>
      <Descriptions.Item label={pt('region')}>{p.regionName}</Descriptions.Item>
      <Descriptions.Item label={pt('education')}>
        {(p.education ?? []).map((e, i) => (
          <div key={i}>
            {[e.school, e.major, DEGREES[e.degree] ?? e.degree, e.fullTime ? '全日制' : undefined].filter(Boolean).join(' · ')}
          </div>
        ))}
      </Descriptions.Item>
    </Descriptions>
  );
}
const DEGREES: Record<string, string> = { phd: '博士', master: '硕士', bachelor: '本科', college: '大专' };

function Entitlements({ e }: { e: MyEntitlements }) {
  const pt = usePT();
  const quals = e.profile.person?.qualifications ?? [];
  const catalogue = useLoad(() => api.qualifications(), []);
  const names = new Map((catalogue.data ?? []).map((q) => [q.code, q.name]));
  const tier = e.result.entitlements.find((r) => r.rule.startsWith('art19.'));
  const cash = e.result.entitlements;
  return (
    <>
      <Card size="small" title={pt('recognisedTier')} className="block" data-testid="my-tier">
        {quals.length ? (
          <>
            <div className="tier">{tier ? <b>{tier.name.replace(/人才津贴$/, '人才')}</b> : <span className="muted">{pt('tierUnknown')}</span>}</div>
            <div className="small">
              {pt('recognisedQuals')}：{quals.map((q) => <Tag key={q}>{names.get(q) ?? q}</Tag>)}
            </div>
          </>
        ) : (
          <span className="muted">{pt('noRecognition')}</span>
        )}
      </Card>
      <Card size="small" title={`${pt('couldApply')}`} className="block" data-testid="could-apply">
        {e.couldApply.length ? (
          <List
            size="small"
            dataSource={e.couldApply}
            renderItem={(c) => (
              <List.Item actions={[<ApplyButton key="a" matter={c.matter} base="/talent/applications" />]}>
                <span>
                  <b>{c.name}</b> {c.amountFen > 0 && <span className="amount">{formatFen(c.amountFen)}</span>}
                </span>
              </List.Item>
            )}
          />
        ) : (
          <span className="muted">{pt('couldApplyNone')}</span>
        )}
      </Card>
      <Card size="small" title={pt('myEntitlements')} className="block" data-testid="my-entitlements">
        {cash.length ? (
          <Collapse size="small" items={cash.map((r) => ({ key: r.rule, label: <RuleTitle r={r} />, children: <RuleDetail r={r} /> }))} />
        ) : (
          <Empty description={pt('empty')} />
        )}
        {e.result.totals.grantedFen > 0 && (
          <div className="small muted mt">
            {pt('rulesTotal')}：{formatFen(e.result.totals.grantedFen)}
          </div>
        )}
      </Card>
    </>
  );
}
