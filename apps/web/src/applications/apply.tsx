// Applying: the matters offered to the signed-in applicant (only those whose policy package applies
// where they work or are registered; materials the registry holds marked) and the button that
// creates a draft and opens it — for a matter claimed per subject, after choosing the employee,
// project or streamer (and which funding). Shared by the talent and employer portals.

import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, List, Select, Space, Tag } from 'antd';
import { api, type OfferedMatter } from '../api';
import { useLoad } from '../hooks';
import { Loading, failText } from '../ui/common';
import { usePT } from '../ui/i18n';
import { AwardApplyButton } from './award-form';

/** Creates a draft of the matter for the signed-in applicant and opens it. */
export function ApplyButton({ matter, base, data, disabled }: { matter: string; base: string; data?: Record<string, unknown>; disabled?: boolean }) {
  const pt = usePT();
  const nav = useNavigate();
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  return (
    <span>
      <Button
        type="primary"
        size="small"
        loading={busy}
        disabled={disabled}
        data-testid={`apply-${matter}`}
        onClick={() => {
          setBusy(true);
          setErr(undefined);
          api.createApplication({ matter, ...(data ? { data } : {}) }).then(
            (a) => nav(`${base}/${a.id}`),
            (e: unknown) => {
              setBusy(false);
              setErr(failText(e));
            },
          );
        }}
      >
        {pt('apply')}
      </Button>
      {err && <Alert type="error" title={err} className="mt" data-testid="apply-error" />}
    </span>
  );
}

/** Employer matters with their own form in the employer portal (the facts the rules need are entered there). */
const OWN_FORMS = new Set(['salary_subsidy', 'work_station']);

/** A matter claimed for one subject (an employee, a recorded project or streamer) and, if it has several, one claim: chosen before the draft is made. */
function SubjectApply({ m, base }: { m: OfferedMatter; base: string }) {
  const pt = usePT();
  const [subject, setSubject] = useState<number | string>();
  const [claim, setClaim] = useState<string>();
  const field = m.subject === 'employee' ? 'personId' : m.subject!;
  const options = m.subjects ?? [];
  const ready = subject !== undefined && (!m.claims || claim !== undefined);
  return (
    <Space wrap align="start">
      <Select
        aria-label={pt(`subject_${m.subject!}`)}
        placeholder={`${pt('chooseSubject')}${pt(`subject_${m.subject!}`)}`}
        value={subject}
        onChange={setSubject}
        options={options}
        notFoundContent={pt('noSubjects')}
        className="filter-select"
        data-testid={`subject-${m.code}`}
      />
      {m.claims && (
        <Select aria-label={pt('claim')} placeholder={`${pt('chooseSubject')}${pt('claim')}`} value={claim} onChange={setClaim} options={m.claims.map((x) => ({ value: x.code, label: x.name }))} className="filter-select" data-testid={`claim-${m.code}`} />
      )}
      <ApplyButton matter={m.code} base={base} disabled={!ready} data={{ [field]: subject, ...(claim ? { claim } : {}) }} />
    </Space>
  );
}

/** Matters the talent files on a tab of their own (its form holds more than an application does): the list points there. */
const OWN_TABS: Partial<Record<string, { tab: string; label: string }>> = { child_schooling: { tab: 'services', label: '我的服务' } };

/** The matters offered to the signed-in applicant, each with its materials (免交 where the registry holds them). */
export function ApplyList({ kind, base }: { kind: 'person' | 'employer'; base: string }) {
  const pt = usePT();
  const nav = useNavigate();
  const matters = useLoad(() => api.myMatters(), []);
  const own = (m: OfferedMatter) => OWN_TABS[m.code];
  const action = (m: OfferedMatter) =>
    own(m) ? (
      <Button key="a" size="small" onClick={() => nav(`/talent?tab=${own(m)!.tab}`)} data-testid={`goto-${m.code}`}>{`到“${own(m)!.label}”填写`}</Button>
    ) : m.code === 'talent_award' ? <AwardApplyButton key="a" base={base} /> : m.subject ? <SubjectApply key="a" m={m} base={base} /> : <ApplyButton key="a" matter={m.code} base={base} />;
  return (
    <Loading loaded={matters}>
      {(ms: OfferedMatter[]) => (
        <List
          className="matters"
          dataSource={ms.filter((m) => m.applicant === kind && (kind === 'person' || !OWN_FORMS.has(m.code)))}
          renderItem={(m) => (
            <List.Item actions={[action(m)]} data-matter={m.code}>
              <List.Item.Meta
                title={m.name}
                description={
                  <>
                    <div>{m.description}</div>
                    <div className="small">
                      {m.clauses.join('；')} · {pt('appliesIn')}：{m.policyLabel} · {m.promisedDays} 个工作日 · {m.departments.map((d) => d.name).join('、')}
                    </div>
                    <div className="small">
                      {pt('materials')}：
                      {m.materials.map((x) => (
                        <Tag key={x.code} color={x.fromRegistry ? 'green' : undefined}>
                          {x.name}
                          {x.fromRegistry ? `（${pt('held')}）` : ''}
                        </Tag>
                      ))}
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Loading>
  );
}
