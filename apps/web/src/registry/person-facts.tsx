// The facts the rules read that a clerk records on a person, in the workbench's registry: the
// nature of the current post (professional post, social work, shortage front-line post, health
// system, self-employed — with the post kind and the service agreement) and the talent facts not
// tied to a post (urgent-need major, fresh graduate, college). Labels and choices come from the
// fact catalogue; yes/no is chosen explicitly. Saved with the record's version (If-Match) and a
// basis, versioned like every registry change; the API's messages appear under their field.

import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, message } from 'antd';
import { Field } from '../field';
import { api, ApiError, type Fact, type Person, type PostFact } from '../api';
import { loadFacts, useLoad } from '../hooks';
import { failText, Loading } from '../ui/common';
import { FactField, factDef, factValueError, useFT } from './fact-inputs';
import { todayInChina } from '../time';
import { MajorPicker } from '../talent-catalogue/MajorPicker';

const POST_FACTS: PostFact[] = ['professionalPost', 'employedAsSocialWorker', 'shortageFrontlinePost', 'healthSystem', 'selfEmployed'];
const TALENT_FACTS = ['urgentMajor', 'freshGraduate', 'graduateOf'];

export function PersonFactsButton({ p }: { p: Person }) {
  const ft = useFT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid={`facts-${p.id}`}>
        {ft('talentFacts')}
      </Button>
      {open && <PersonFactsDialog personId={p.id} name={p.name} close={() => setOpen(false)} />}
    </>
  );
}

function PersonFactsDialog({ personId, name, close }: { personId: number; name: string; close: () => void }) {
  const ft = useFT();
  const person = useLoad(() => api.person(personId), [personId]);
  const facts = useLoad(loadFacts, []);
  return (
    <Modal open title={`${ft('talentFactsTitle')}：${name}`} footer={null} onCancel={close} width={680}>
      <Loading loaded={person}>{(p) => (facts.data ? <FactsForm p={p} catalogue={facts.data} close={close} /> : null)}</Loading>
    </Modal>
  );
}

function FactsForm({ p, catalogue, close }: { p: Person; catalogue: Fact[]; close: () => void }) {
  const ft = useFT();
  const employment = p.employment ?? [];
  const day = todayInChina();
  const current = employment.findIndex((e) => (e.start ?? '') <= day && (!e.end || e.end >= day));
  const [post, setPost] = useState<Record<string, unknown>>(current >= 0 ? { ...employment[current] } : {});
  const [talent, setTalent] = useState<Record<string, unknown>>({ ...(p.facts ?? {}) });
  // Majors as 教育部学科专业目录 codes: what 急需紧缺专业 is looked up by in the catalogue in force.
  const [majors, setMajors] = useState<Array<string | undefined>>((p.education ?? []).map((e) => e.majorCode));
  const [reason, setReason] = useState(ft('factsReasonDefault'));
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  const [fieldErrs, setFieldErrs] = useState<Record<string, string>>({});
  const def = (n: string) => factDef(catalogue, `person.${n}`);
  const postPath = (n: string) => `employment[${current}].${n}`;
  const save = async () => {
    const bad = [...POST_FACTS.map((n) => [def(n), post[n]] as const), ...TALENT_FACTS.map((n) => [def(n), talent[n]] as const)].some(([d, v]) => d && factValueError(d, v));
    if (bad || reason.trim().length < 2) return;
    setBusy(true);
    setErr(undefined);
    setFieldErrs({});
    const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));
    try {
      const education = (p.education ?? []).map(({ majorName: _n, majorCodeShown: _c, ...e }, i) => ({ ...e, majorCode: majors[i] ?? null }));
      await api.updatePersonFacts(p.id, { facts: clean(talent), ...(education.length ? { education } : {}), ...(current >= 0 ? { employment: employment.map((e, i) => (i === current ? (clean(post) as typeof e) : e)) } : {}), reason }, p.version);
      void message.success(ft('saved'));
      close();
    } catch (e) {
      setErr(failText(e));
      setFieldErrs(e instanceof ApiError ? Object.fromEntries(e.errors.map((x) => [x.path, x.message])) : {});
      setBusy(false);
    }
  };
  return (
    <div data-testid="person-facts">
      <Alert type="info" title={ft('talentFactsHint')} className="block" />
      {err && <Alert type="error" title={err} className="block" data-testid="facts-error" />}
      <Form layout="vertical">
        <h3>{ft('currentPost')}</h3>
        {current < 0 ? (
          <Alert type="warning" title={ft('noCurrentPost')} className="block" />
        ) : (
          <>
            {['post', 'serviceAgreementYears', ...POST_FACTS].map((n) => {
              const d = def(n);
              return d ? <FactField key={n} def={d} value={post[n]} onChange={(v) => setPost((x) => ({ ...x, [n]: v }))} error={fieldErrs[postPath(n)]} testId={`fact-${n}`} /> : null;
            })}
          </>
        )}
        {(p.education ?? []).length > 0 && <h3>所学专业（对照急需紧缺人才目录）</h3>}
        {(p.education ?? []).map((e, i) => (
          <Field key={i} label={`${e.school ?? ''}${e.major ? ` ${e.major}` : ''}（${e.degree === 'phd' ? '博士' : e.degree === 'master' ? '硕士' : e.degree === 'college' ? '专科' : '本科'}）`} help={fieldErrs[`education[${i}].majorCode`]} validateStatus={fieldErrs[`education[${i}].majorCode`] ? 'error' : undefined}>
            <MajorPicker value={majors[i]} onChange={(v) => setMajors((m) => m.map((x, j) => (j === i ? v : x)))} known={e.majorCode && e.majorName ? { key: e.majorCode, code: e.majorCodeShown ?? '', name: e.majorName, levelName: '', category: '', categoryName: '' } : undefined} testid={`education-major-${i}`} />
          </Field>
        ))}
        <h3>{ft('personFacts')}</h3>
        {TALENT_FACTS.map((n) => {
          const d = def(n);
          return d ? <FactField key={n} def={d} value={talent[n]} onChange={(v) => setTalent((x) => ({ ...x, [n]: v }))} error={fieldErrs[`facts.${n}`]} testId={`fact-${n}`} /> : null;
        })}
        <Field label={ft('factsReason')} validateStatus={reason.trim().length < 2 ? 'error' : undefined}>
          <Input value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </Form>
      <Button type="primary" loading={busy} onClick={() => void save()} data-testid="facts-save">
        {ft('save')}
      </Button>
    </div>
  );
}
