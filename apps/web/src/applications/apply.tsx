// Applying: the matter catalogue for one kind of applicant (materials the registry holds marked) and
// the button that creates a draft and opens it. Shared by the talent and employer portals.

import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, List, Tag } from 'antd';
import { api, type Matter } from '../api';
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

/** The matter catalogue for one kind of applicant, each with its materials (免交 where the registry holds them). */
export function ApplyList({ kind, base }: { kind: 'person' | 'employer'; base: string }) {
  const pt = usePT();
  const matters = useLoad(() => api.matters(), []);
  return (
    <Loading loaded={matters}>
      {(ms: Matter[]) => (
        <List
          className="matters"
          dataSource={ms.filter((m) => m.applicant === kind && (kind === 'person' || !OWN_FORMS.has(m.code)))}
          renderItem={(m) => (
            <List.Item actions={[m.code === 'talent_award' ? <AwardApplyButton key="a" base={base} /> : <ApplyButton key="a" matter={m.code} base={base} />]} data-matter={m.code}>
              <List.Item.Meta
                title={m.name}
                description={
                  <>
                    <div>{m.description}</div>
                    <div className="small">
                      {m.clauses.join('；')} · {m.promisedDays} 个工作日 · {m.departments.map((d) => d.name).join('、')}
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
