// The talent's satisfaction survey (/talent/survey, 人才满意度调查): this year's questions — overall
// satisfaction, each item, a comment — answered once; the answer is never shown with the talent's name.

import { useState } from 'react';
import { Alert, Button, Input, Radio, Result, Space } from 'antd';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { Loading, RequireRole } from '../ui/common';
import { lcApi, type Survey as SurveyT } from './api';

function Form({ s, onDone }: { s: SurveyT; onDone: () => void }) {
  const [overall, setOverall] = useState<string>();
  const [items, setItems] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const levels = s.overall.levels.map((l) => ({ value: l.code, label: l.label }));
  const submit = async () => {
    try {
      await lcApi.answer({ year: s.year, overall: overall ?? '', items, comment });
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 640 }} data-testid="survey-form">
      <p className="muted">每人每年填写一次；记录填写人只为保证不重复填写，结果只按县（市、区）汇总，不显示谁填写了什么。</p>
      <div><strong>{s.overall.label}</strong><br /><Radio.Group aria-label={s.overall.label} options={levels} value={overall} onChange={(e) => setOverall(e.target.value as string)} /></div>
      {s.items.map((q) => (
        <div key={q.code}><strong>{q.label}</strong><br /><Radio.Group aria-label={q.label} options={levels} value={items[q.code]} onChange={(e) => setItems({ ...items, [q.code]: e.target.value as string })} /></div>
      ))}
      <label>意见建议（选填）<Input.TextArea rows={3} maxLength={500} aria-label="意见建议" value={comment} onChange={(e) => setComment(e.target.value)} /></label>
      {error && <Alert type="error" showIcon title={error} />}
      <Button type="primary" onClick={() => void submit()} data-testid="survey-submit">提交</Button>
    </Space>
  );
}

function Page() {
  const [tick, setTick] = useState(0);
  const mine = useLoad(() => lcApi.mySurvey(), [tick]);
  return (
    <div data-testid="talent-survey">
      <h1>人才满意度调查</h1>
      <Loading loaded={mine}>
        {(m) => (!m.survey ? <Result status="info" title="今年的满意度调查尚未开始" /> : m.answered ? <Result status="success" title={`您已填写 ${m.survey.year} 年的满意度调查，感谢您的意见`} /> : <Form s={m.survey} onDone={() => setTick((t) => t + 1)} />)}
      </Loading>
    </div>
  );
}

export default function Survey() {
  return (
    <RequireRole roles={['talent']}>
      <Page />
    </RequireRole>
  );
}
