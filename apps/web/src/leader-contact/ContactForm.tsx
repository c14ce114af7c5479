// The form a leader (or a clerk for them) logs a contact with: day (China time; not in the future),
// way, content, and the problems the talent raised (category and description, any number up to 10).

import { useState } from 'react';
import { Alert, Button, Input, Radio, Select, Space, message } from 'antd';
import { failText } from '../api';
import { todayInChina } from '../time';
import { lcApi, type Contact, type NewProblem, type Options } from './api';

export function ContactForm({ personId, options, onDone }: { personId: number; options: Options; onDone: (c: Contact) => void }) {
  const [form, setForm] = useState({ contactedOn: todayInChina(), way: 'visit', content: '' });
  const [problems, setProblems] = useState<NewProblem[]>([]);
  const [error, setError] = useState<string>();
  const submit = async () => {
    try {
      const c = await lcApi.record(personId, { ...form, problems });
      setForm((f) => ({ ...f, content: '' }));
      setProblems([]);
      setError(undefined);
      void message.success(c.problems.length ? `已登记联系记录，${c.problems.length} 个问题已转办` : '已登记联系记录');
      onDone(c);
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="lc-contact-form">
      <label>联系日期
        <Input type="date" aria-label="联系日期" value={form.contactedOn} max={todayInChina()} onChange={(e) => setForm({ ...form, contactedOn: e.target.value })} />
      </label>
      <Radio.Group aria-label="联系方式" value={form.way} onChange={(e) => setForm({ ...form, way: e.target.value as string })} options={options.ways.map((w) => ({ value: w.code, label: w.label }))} />
      <label>联系内容
        <Input.TextArea rows={3} aria-label="联系内容" value={form.content} onChange={(e) => setForm({ ...form, content: e.target.value })} />
      </label>
      {problems.map((p, i) => (
        <Space key={i} direction="vertical" style={{ width: '100%' }}>
          <Select aria-label={`问题${i + 1}类别`} placeholder="问题类别" value={p.category || undefined} options={options.categories.map((c) => ({ value: c.code, label: c.label }))} onChange={(v: string) => setProblems(problems.map((x, j) => (j === i ? { ...x, category: v } : x)))} style={{ width: 200 }} />
          <Input.TextArea rows={2} aria-label={`问题${i + 1}描述`} placeholder="人才反映的问题（5 字以上）" value={p.description} onChange={(e) => setProblems(problems.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))} />
          <Button size="small" onClick={() => setProblems(problems.filter((_, j) => j !== i))}>删除该问题</Button>
        </Space>
      ))}
      <p className="muted small">人才工作单位为本平台已核验企业的，问题直接进入企业问题池由承办部门答复；否则进入人才办的问题清单。</p>
      <Space wrap>
        <Button onClick={() => setProblems([...problems, { category: '', description: '' }])} disabled={problems.length >= 10}>添加反映的问题</Button>
        <Button type="primary" onClick={() => void submit()} data-testid="lc-contact-submit">登记联系</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
    </Space>
  );
}
