// Employer portal: my organisation with its receiving bank account (set or changed here), its live
// streamers (主播, art.18: recorded here with a reason, claimed as 主播奖励), my talents
// (server-paginated, masked), employer applications (salary subsidy with its experts list, work
// stations), payments received, messages.

import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Tabs, Tag } from 'antd';
import { Field } from '../field';
import { api, type Employer, type Person } from '../api';
import { useLoad } from '../hooks';
import { useSession } from '../session';
import { todayInChina } from '../time';
import { ApplicationView } from '../applications/ApplicationView';
import { ApplicationTable, LedgerView, Loading, Messages, MessagesLabel, RequireRole, failText } from '../ui/common';
import { usePT } from '../ui/i18n';
import { ApplyList } from '../applications/apply';
import { BankAccount } from '../registry/bank';
import { PersonTable } from '../registry/persons';
import { yuanError } from '../applications/validate';
import { WorkStation } from '../applications/work-station';
import MyProjects from '../projects/Mine';
import { Streamers } from '../registry/streamers';

export default function EmployerPortal() {
  return (
    <RequireRole roles={['employer']}>
      <Home />
    </RequireRole>
  );
}

export function EmployerApplication() {
  const { id } = useParams();
  return (
    <RequireRole roles={['employer']}>
      <ApplicationView id={Number(id)} mode="applicant" back="/employer?tab=applications" />
    </RequireRole>
  );
}

function Home() {
  const pt = usePT();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'org';
  const employerId = session?.user.employerId ?? 0;
  const employer = useLoad(() => api.employer(employerId), [employerId]);
  return (
    <div className="portal" data-testid="employer-portal">
      <h1>{employer.data?.name ?? session?.user.displayName}</h1>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          { key: 'org', label: pt('myOrg'), children: <Loading loaded={employer}>{(e) => <Org e={e} />}</Loading> },
          { key: 'streamers', label: pt('myStreamers'), children: <Loading loaded={employer}>{(e) => <Streamers e={e} saved={employer.retry} />}</Loading> },
          { key: 'talents', label: pt('myTalents'), children: <Talents /> },
          {
            key: 'applications',
            label: pt('employerApplications'),
            children: (
              <>
                <ApplicationTable base="/employer/applications" />
                <SalarySubsidy />
                <WorkStation />
                <Card size="small" title={pt('applyMatters')} className="block">
                  <ApplyList kind="employer" base="/employer/applications" />
                </Card>
              </>
            ),
          },
          { key: 'projects', label: '我的项目', children: <MyProjects /> },
          { key: 'payments', label: pt('payments'), children: <LedgerView q={{ employerId }} /> },
          { key: 'messages', label: <MessagesLabel />, children: <Messages /> },
        ]}
      />
    </div>
  );
}

function Org({ e }: { e: Employer }) {
  const pt = usePT();
  return (
    <>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="my-org" className="block">
        <Descriptions.Item label={pt('orgName')}>{e.name}</Descriptions.Item>
        <Descriptions.Item label={pt('uscc')}>{e.uscc}</Descriptions.Item>
        <Descriptions.Item label={pt('region')}>{e.regionName}</Descriptions.Item>
        <Descriptions.Item label={pt('orgKind')}>{e.kindLabel}</Descriptions.Item>
        <Descriptions.Item label={pt('keyIndustry')}>{e.keyIndustry ? pt('yes') : pt('no')}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title={pt('bankAccount')} className="block">
        <BankAccount value={e} holder={e.name} hint={pt('bankNoneOrgHint')} save={(b, version) => api.updateEmployer(e.id, b, version)} testId="org-bank" />
      </Card>
    </>
  );
}

type Post = NonNullable<Person['employment']>[number];

/** The person's latest post at our organisation (the registry's employment record), if any. */
function postHere(p: Person, employerId: number): Post | undefined {
  return (p.employment ?? []).filter((e) => (e.employerId ?? p.employerId) === employerId).sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? 1 : -1))[0];
}

/** Days from one YYYY-MM-DD to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A confirmation this recent needs no new one. */
const RECENT_DAYS = 30;

/**
 * Our talents with their employment status here and the date HR last confirmed it (用人单位确认在职);
 * the confirm button only for someone in post here whose post was not confirmed in the last 30 days.
 */
function Talents() {
  const pt = usePT();
  const { session } = useSession();
  const employerId = session?.user.employerId ?? 0;
  const [confirmed, setConfirmed] = useState<Record<number, Post | undefined>>({});
  const [busy, setBusy] = useState<number>();
  const [err, setErr] = useState<string>();
  const today = todayInChina();
  const confirm = async (id: number) => {
    setErr(undefined);
    setBusy(id);
    try {
      const p = await api.confirmEmployment(id);
      setConfirmed((c) => ({ ...c, [id]: postHere(p, employerId) }));
    } catch (e) {
      setErr(failText(e));
    } finally {
      setBusy(undefined);
    }
  };
  const post = (p: Person) => (p.id in confirmed ? confirmed[p.id] : postHere(p, employerId));
  const inPost = (e: Post | undefined) => !!e && (!e.start || e.start <= today) && (!e.end || e.end >= today);
  return (
    <>
      {err && <Alert type="error" title={err} className="block" />}
      <PersonTable
        columns={[
          {
            title: pt('employmentStatus'),
            key: 'status',
            render: (_: unknown, p: Person) => {
              const e = post(p);
              if (!e) return <span className="muted" data-testid={`status-${p.id}`}>{pt('noPostHere')}</span>;
              if (!inPost(e)) return <Tag data-testid={`status-${p.id}`}>{e.end && e.end < today ? `${pt('leftOn')} ${e.end}` : `${pt('startsOn')} ${e.start}`}</Tag>;
              return (
                <span data-testid={`status-${p.id}`}>
                  <Tag color="blue">{pt('inPost')}</Tag>
                  <span className="muted small nowrap">{e.fullTime === false ? pt('partTime') : pt('fullTimeShort')} · {pt('since')} {e.start}</span>
                </span>
              );
            },
          },
          {
            title: pt('lastConfirmed'),
            key: 'confirmed',
            render: (_: unknown, p: Person) => {
              const on = post(p)?.confirmedOn;
              return on ? <span className="nowrap" data-testid={`confirmed-${p.id}`}>{on}</span> : <span className="muted" data-testid={`unconfirmed-${p.id}`}>{pt('notConfirmedYet')}</span>;
            },
          },
          {
            title: pt('actions'),
            key: 'confirm',
            card: 'actions',
            render: (_: unknown, p: Person) => {
              const e = post(p);
              if (!inPost(e) || (e?.confirmedOn && daysBetween(e.confirmedOn, today) < RECENT_DAYS)) return null;
              return (
                <Button size="small" loading={busy === p.id} onClick={() => void confirm(p.id)} data-testid={`confirm-${p.id}`}>
                  {e?.confirmedOn ? pt('confirmAgain') : pt('confirmEmployment')}
                </Button>
              );
            },
          },
        ]}
      />
    </>
  );
}

/** One expert of the form; `qualified` stays unset until the user answers yes or no. */
interface ExpertRow { personId?: number; salary: string; qualified?: boolean }

/** 企业高层次人才薪酬补助: the year and the experts (our employees) with their annual salary. */
function SalarySubsidy() {
  const pt = usePT();
  const nav = useNavigate();
  const staff = useLoad(() => api.persons({ pageSize: 100 }), []);
  const [year, setYear] = useState<number | null>(Number(todayInChina().slice(0, 4)) - 1);
  const [rows, setRows] = useState<ExpertRow[]>([{ salary: '' }]);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  const [fieldErrs, setFieldErrs] = useState<Record<string, string>>({});
  const set = (i: number, r: Partial<ExpertRow>) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, ...r } : x)));
  const yearErr = touched && (!year || year < 2020 || year > 2100) ? '请填写补助年度（如 2024）' : fieldErrs['data.year'];
  const create = async () => {
    setTouched(true);
    if (!year || rows.some((r) => !r.personId || yuanError(r.salary) || r.qualified === undefined)) return;
    setBusy(true);
    setErr(undefined);
    try {
      const a = await api.createApplication({ matter: 'salary_subsidy', data: { year, experts: rows.map((r) => ({ personId: r.personId, salary: r.salary, qualified: r.qualified })) } });
      nav(`/employer/applications/${a.id}`);
    } catch (e) {
      setErr(failText(e));
      const errs: Record<string, string> = {};
      if (e && typeof e === 'object' && 'errors' in e) for (const x of (e as { errors: { path: string; message: string }[] }).errors) errs[x.path] = x.message;
      setFieldErrs(errs);
      setBusy(false);
    }
  };
  return (
    <Card size="small" className="block" title="企业高层次人才薪酬补助" data-testid="salary-subsidy">
      {err && <Alert type="error" title={err} className="block" />}
      <Form layout="vertical">
        <Field label={pt('salaryYear')} validateStatus={yearErr ? 'error' : undefined} help={yearErr}>
          <InputNumber value={year} onChange={(v) => setYear(v)} min={2020} max={2100} />
        </Field>
        {rows.map((r, i) => {
          const pErr = (touched && !r.personId ? '专家须为人才库中本单位的在职人员' : undefined) ?? fieldErrs[`data.experts[${i}].personId`];
          const sErr = (r.salary || touched ? yuanError(r.salary) : undefined) ?? fieldErrs[`data.experts[${i}].salary`];
          const qErr = (touched && r.qualified === undefined ? pt('qualifiedRequired') : undefined) ?? fieldErrs[`data.experts[${i}].qualified`];
          return (
            <Space key={i} wrap align="start" className="expert-row">
              <Field label={`${pt('expert')} ${i + 1}`} validateStatus={pErr ? 'error' : undefined} help={pErr}>
                <Select className="expert-select" value={r.personId} onChange={(v) => set(i, { personId: v })} loading={staff.loading} options={(staff.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.idNumber}）` }))} />
              </Field>
              <Field label={pt('salary')} validateStatus={sErr ? 'error' : undefined} help={sErr}>
                <Input value={r.salary} onChange={(e) => set(i, { salary: e.target.value.trim() })} inputMode="decimal" data-testid={`expert-salary-${i}`} />
              </Field>
              <Field label={pt('qualified')} validateStatus={qErr ? 'error' : undefined} help={qErr}>
                <Radio.Group
                  value={r.qualified === undefined ? undefined : r.qualified ? 'yes' : 'no'}
                  onChange={(e) => set(i, { qualified: e.target.value === 'yes' })}
                  options={[{ value: 'yes', label: pt('yes') }, { value: 'no', label: pt('no') }]}
                  data-testid={`expert-qualified-${i}`}
                />
              </Field>
            </Space>
          );
        })}
      </Form>
      <Space>
        <Button onClick={() => setRows((rs) => [...rs, { salary: '' }])}>{pt('addExpert')}</Button>
        <Button type="primary" loading={busy} onClick={() => void create()} data-testid="create-salary">
          {pt('create')}
        </Button>
      </Space>
    </Card>
  );
}
