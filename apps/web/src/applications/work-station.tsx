// 院士专家工作站、博士后工作站资助 (衢委发〔2020〕7号第16条): the employer describes its station — an
// academician expert station (set-up date, academicians, excellence rating with its date and the
// higher-level award) or a postdoc research station (level, approval date) — and a draft is created
// with exactly the facts the rules read. Checked as the user types; the API's messages appear under
// the field they name.

import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { Field } from '../field';
import { api, ApiError } from '../api';
import { loadFacts, useLoad } from '../hooks';
import { failText } from '../ui/common';
import { usePT } from '../ui/i18n';
import { yuanError } from './validate';

type Kind = 'academician' | 'postdoc';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateError = (s: string, what: string) => (!s ? `请填写${what}` : DATE.test(s) ? undefined : `${what}应为 YYYY-MM-DD`);

export function WorkStation() {
  const pt = usePT();
  const nav = useNavigate();
  const [kind, setKind] = useState<Kind>('academician');
  const [established, setEstablished] = useState('');
  const [academicians, setAcademicians] = useState<number | null>(1);
  const [excellent, setExcellent] = useState<'none' | 'provincial' | 'national'>('none');
  const [excellentDate, setExcellentDate] = useState('');
  const [excellentAward, setExcellentAward] = useState('');
  const [level, setLevel] = useState<'national' | 'provincial'>('provincial');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  const [serverErrs, setServerErrs] = useState<Record<string, string>>({});
  // The choices and their labels come from the fact catalogue the rules read (one source of truth).
  const facts = useLoad(loadFacts, []);
  const optionsOf = (name: string) => facts.data?.find((f) => f.name === name)?.options ?? [];

  const root = kind === 'academician' ? 'data.academicianStation' : 'data.postdocStation';
  const show = (local: string | undefined, field: string, value: unknown) => ((touched || (value !== '' && value !== null)) ? local : undefined) ?? serverErrs[`${root}.${field}`];
  const estErr = show(dateError(established, kind === 'academician' ? '设立日期' : '获批日期'), 'established', established);
  const acadErr = kind === 'academician' ? show(academicians === null ? '请填写进站（合作）院士人数' : undefined, 'academicians', academicians) : undefined;
  const rated = kind === 'academician' && excellent !== 'none';
  const exDateErr = rated ? show(dateError(excellentDate, '评为优秀的日期'), 'excellentDate', excellentDate) : undefined;
  const exAwardErr = rated ? show(excellentAward ? yuanError(excellentAward) : '请填写获得的上级补助金额（元）', 'excellentAward', excellentAward) : undefined;

  const create = async () => {
    setTouched(true);
    if (dateError(established, '日期') || (kind === 'academician' && academicians === null) || (rated && (dateError(excellentDate, '日期') || !excellentAward || yuanError(excellentAward)))) return;
    const data =
      kind === 'academician'
        ? { academicianStation: { established, academicians, excellent, ...(rated ? { excellentDate, excellentAward } : {}) } }
        : { postdocStation: { level, established } };
    setBusy(true);
    setErr(undefined);
    setServerErrs({});
    try {
      const a = await api.createApplication({ matter: 'work_station', data });
      nav(`/employer/applications/${a.id}`);
    } catch (e) {
      setErr(failText(e));
      setServerErrs(e instanceof ApiError ? Object.fromEntries(e.errors.map((x) => [x.path, x.message])) : {});
      setBusy(false);
    }
  };

  const status = (e: string | undefined) => (e ? ('error' as const) : undefined);
  return (
    <Card size="small" className="block" title={pt('workStation')} data-testid="work-station">
      {err && <Alert type="error" title={err} className="block" />}
      <Form layout="vertical">
        <Field label={pt('stationKind')}>
          <Select
            value={kind}
            onChange={(v: Kind) => {
              setKind(v);
              setServerErrs({});
            }}
            options={[
              { value: 'academician', label: '院士专家工作站' },
              { value: 'postdoc', label: '博士后科研工作站' },
            ]}
            data-testid="station-kind"
          />
        </Field>
        {kind === 'postdoc' && (
          <Field label="工作站层级">
            <Select value={level} onChange={setLevel} options={optionsOf('enterprise.postdocStation.level').filter((o) => o.value !== 'none')} loading={facts.loading} />
          </Field>
        )}
        <Field label={kind === 'academician' ? '设立（合作项目实施）日期' : '获批创建日期'} validateStatus={status(estErr)} help={estErr}>
          <Input value={established} onChange={(e) => setEstablished(e.target.value.trim())} placeholder="YYYY-MM-DD" data-testid="station-established" />
        </Field>
        {kind === 'academician' && (
          <>
            <Field label="进站（合作）院士人数" validateStatus={status(acadErr)} help={acadErr}>
              <InputNumber value={academicians} onChange={setAcademicians} min={0} max={100} precision={0} />
            </Field>
            <Field label="优秀院士专家工作站评定">
              <Select value={excellent} onChange={setExcellent} options={optionsOf('enterprise.academicianStation.excellent')} loading={facts.loading} />
            </Field>
            {rated && (
              <Space wrap align="start">
                <Field label="评为优秀的日期" validateStatus={status(exDateErr)} help={exDateErr}>
                  <Input value={excellentDate} onChange={(e) => setExcellentDate(e.target.value.trim())} placeholder="YYYY-MM-DD" />
                </Field>
                <Field label="获得的上级补助（元）" validateStatus={status(exAwardErr)} help={exAwardErr}>
                  <Input value={excellentAward} onChange={(e) => setExcellentAward(e.target.value.trim())} inputMode="decimal" />
                </Field>
              </Space>
            )}
          </>
        )}
      </Form>
      <Button type="primary" loading={busy} onClick={() => void create()} data-testid="create-station">
        {pt('create')}
      </Button>
    </Card>
  );
}
