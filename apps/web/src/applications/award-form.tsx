// 人才奖励 (衢委发〔2020〕7号第18条): the application form's own facts beside the recognised
// qualifications — whether there is a culture award (its level, or “none”, and its date) and
// whether there are awards to be matched 1:1 (each with its category, amount and date). Nothing is
// preselected: the applicant says yes or no. Labels and choices come from the fact catalogue; the
// API's messages appear under the field they name.

import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Modal, Space } from 'antd';
import { Field } from '../field';
import { api, ApiError } from '../api';
import { loadFacts, useLoad } from '../hooks';
import { failText } from '../ui/common';
import { FactField, factDef, factValueError, useFT, YesNo } from '../registry/fact-inputs';

interface Row { name?: string; category?: string; award?: string; date?: string }
const FIELDS = ['name', 'category', 'award', 'date'] as const;

export function AwardApplyButton({ base }: { base: string }) {
  const ft = useFT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" size="small" onClick={() => setOpen(true)} data-testid="apply-talent_award">
        {ft('awardApply')}
      </Button>
      {open && (
        <Modal open title={ft('awardTitle')} footer={null} onCancel={() => setOpen(false)} width={640}>
          <AwardForm base={base} />
        </Modal>
      )}
    </>
  );
}

function AwardForm({ base }: { base: string }) {
  const ft = useFT();
  const nav = useNavigate();
  const facts = useLoad(loadFacts, []);
  const [level, setLevel] = useState<string>();
  const [date, setDate] = useState<string>();
  const [hasMatching, setHasMatching] = useState<boolean>();
  const [rows, setRows] = useState<Row[]>([{}]);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  const [fieldErrs, setFieldErrs] = useState<Record<string, string>>({});
  const def = (n: string) => factDef(facts.data, n);
  const required = (v: unknown) => (touched && (v === undefined || v === '') ? ft('chooseOne') : undefined);
  const rowErr = (r: Row, f: (typeof FIELDS)[number], i: number) => {
    const d = def(`person.matchingAwards[].${f}`);
    return fieldErrs[`data.matchingAwards[${i}].${f}`] ?? (f !== 'name' ? required(r[f]) : undefined) ?? (d ? factValueError(d, r[f]) : undefined);
  };
  const create = async () => {
    setTouched(true);
    const dateDef = def('person.cultureAward.date');
    if (!level || (level !== 'none' && (!date || (dateDef && factValueError(dateDef, date)))) || hasMatching === undefined) return;
    if (hasMatching && rows.some((r, i) => FIELDS.some((f) => f !== 'name' && (!r[f] || rowErr(r, f, i))))) return;
    setBusy(true);
    setErr(undefined);
    setFieldErrs({});
    try {
      const data = { cultureAward: level === 'none' ? { level } : { level, date }, matchingAwards: hasMatching ? rows : [] };
      const a = await api.createApplication({ matter: 'talent_award', data });
      nav(`${base}/${a.id}`);
    } catch (e) {
      setErr(failText(e));
      setFieldErrs(e instanceof ApiError ? Object.fromEntries(e.errors.map((x) => [x.path, x.message])) : {});
      setBusy(false);
    }
  };
  const levelDef = def('person.cultureAward.level');
  const dateDef = def('person.cultureAward.date');
  return (
    <div data-testid="award-form">
      {err && <Alert type="error" title={err} className="block" />}
      <Form layout="vertical">
        {levelDef && <FactField def={levelDef} label={ft('cultureAward')} value={level} onChange={(v) => setLevel(v as string | undefined)} error={fieldErrs['data.cultureAward.level'] ?? required(level)} testId="culture-level" />}
        {level && level !== 'none' && dateDef && <FactField def={dateDef} value={date} onChange={(v) => setDate(v as string | undefined)} error={fieldErrs['data.cultureAward.date'] ?? required(date)} testId="culture-date" />}
        <Field label={ft('hasMatching')} validateStatus={touched && hasMatching === undefined ? 'error' : undefined} help={touched && hasMatching === undefined ? ft('chooseYesNo') : fieldErrs['data.matchingAwards']}>
          <YesNo value={hasMatching} onChange={setHasMatching} testId="has-matching" />
        </Field>
        {hasMatching &&
          rows.map((r, i) => (
            <Card key={i} size="small" className="block" extra={rows.length > 1 && <Button size="small" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>{ft('remove')}</Button>}>
              <Space wrap align="start">
                {FIELDS.map((f) => {
                  const d = def(`person.matchingAwards[].${f}`);
                  return d ? <FactField key={f} def={d} value={r[f]} onChange={(v) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, [f]: v as string | undefined } : x)))} error={rowErr(r, f, i)} testId={`matching-${i}-${f}`} /> : null;
                })}
              </Space>
            </Card>
          ))}
        {hasMatching && <Button onClick={() => setRows((rs) => [...rs, {}])}>{ft('addAward')}</Button>}
      </Form>
      <div className="mt">
        <Button type="primary" loading={busy} onClick={() => void create()} data-testid="create-award">
          {ft('awardApply')}
        </Button>
      </div>
    </div>
  );
}
