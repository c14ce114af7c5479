// A person's tier recognitions (认定) in the workbench: what was recognised, from when, on what
// basis, and — for clerks — revoking one (撤销认定) with a reason and the date from which it no
// longer counts. The API checks the same rules (reason, date not in the future nor before the
// recognition began) and names the field; its message is shown under it.

import { useState } from 'react';
import { Alert, Button, Form, Input, List, Modal, Space, Tag } from 'antd';
import { Field } from '../field';
import { api, ApiError, type Person, type Recognition } from '../api';
import { failText, Loading } from '../ui/common';
import { useLoad } from '../hooks';
import { usePT } from '../ui/i18n';

const revokeReasonError = (s: string) => (s.trim().length < 4 ? '撤销认定须写明理由（至少 4 个字）' : undefined);

export function RecognitionsButton({ p, canRevoke }: { p: Person; canRevoke: boolean }) {
  const pt = usePT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid={`recognitions-${p.id}`}>
        {pt('recognitions')}
      </Button>
      {open && (
        <Modal open title={`${pt('recognitions')}：${p.name}`} footer={null} onCancel={() => setOpen(false)} width={640}>
          <RecognitionList personId={p.id} canRevoke={canRevoke} />
        </Modal>
      )}
    </>
  );
}

function RecognitionList({ personId, canRevoke }: { personId: number; canRevoke: boolean }) {
  const pt = usePT();
  const [version, setVersion] = useState(0);
  const loaded = useLoad(() => api.person(personId), [personId, version]);
  return (
    <Loading loaded={loaded}>
      {(person) =>
        person.recognitions?.length ? (
          <List
            size="small"
            dataSource={person.recognitions}
            renderItem={(r) => (
              <List.Item data-testid={`recognition-${r.id}`}>
                <div>
                  <Space wrap>
                    {r.qualifications.map((q) => (
                      <Tag key={q.code}>{q.name ?? q.code}</Tag>
                    ))}
                    {r.revokedOn ? <Tag color="red">{pt('revokedOn')} {r.revokedOn}</Tag> : <Tag color="green">{pt('inForce')}</Tag>}
                  </Space>
                  <div className="small muted">
                    {pt('validFrom')} {r.validFrom}
                    {r.validTo ? ` — ${r.validTo}` : ''}
                    {r.basis ? ` · ${r.basis}` : ''}
                  </div>
                  {r.revokeReason && <div className="small">{pt('revokeReason')}：{r.revokeReason}</div>}
                  {canRevoke && !r.revokedOn && <Revoke r={r} done={() => setVersion((v) => v + 1)} />}
                </div>
              </List.Item>
            )}
          />
        ) : (
          <span className="muted">{pt('noRecognitionRecord')}</span>
        )
      }
    </Loading>
  );
}

function Revoke({ r, done }: { r: Recognition; done: () => void }) {
  const pt = usePT();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  const [serverErrs, setServerErrs] = useState<Record<string, string>>({});
  if (!editing)
    return (
      <Button size="small" danger className="mt" onClick={() => setEditing(true)} data-testid={`revoke-${r.id}`}>
        {pt('revoke')}
      </Button>
    );
  const reasonErr = (touched || reason ? revokeReasonError(reason) : undefined) ?? serverErrs.reason;
  const dateErr = serverErrs.effectiveOn;
  const submit = async () => {
    setTouched(true);
    if (revokeReasonError(reason)) return;
    setBusy(true);
    setErr(undefined);
    try {
      await api.revokeRecognition(r.id, reason.trim(), effectiveOn || undefined);
      done();
    } catch (e) {
      setErr(failText(e));
      setServerErrs(e instanceof ApiError ? Object.fromEntries(e.errors.map((x) => [x.path, x.message])) : {});
      setBusy(false);
    }
  };
  return (
    <Form layout="vertical" className="mt" onFinish={() => void submit()}>
      {err && <Alert type="error" title={err} className="block" />}
      <Field label={pt('revokeReason')} validateStatus={reasonErr ? 'error' : undefined} help={reasonErr}>
        <Input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="revoke-reason" />
      </Field>
      <Field label={pt('revokeFrom')} validateStatus={dateErr ? 'error' : undefined} help={dateErr} extra={pt('revokeFromHint')}>
        <Input value={effectiveOn} onChange={(e) => setEffectiveOn(e.target.value.trim())} placeholder="YYYY-MM-DD" data-testid="revoke-date" />
      </Field>
      <Space>
        <Button type="primary" danger htmlType="submit" loading={busy} data-testid="revoke-confirm">
          {pt('revoke')}
        </Button>
        <Button onClick={() => setEditing(false)}>{pt('cancel')}</Button>
      </Space>
    </Form>
  );
}
