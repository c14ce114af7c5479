// Picks a major from the Ministry of Education's discipline catalogue, searched on the server by name
// or code as one types: the name and level first, the printed code as secondary text.

import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { tcApi, type Discipline } from './api';

/** `known`: how to show a value picked earlier (its name, level and printed code), before any search. */
export function MajorPicker({ value, onChange, id, testid, known }: { value?: string; onChange?: (v: string | undefined) => void; id?: string; testid?: string; known?: Discipline }) {
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Discipline[]>([]);
  const [picked, setPicked] = useState<Discipline | undefined>(known);
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => void tcApi.disciplines(q).then((d) => live && setItems(d.items)).catch(() => live && setItems([])), 200);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q]);
  return (
    <Select
      id={id}
      data-testid={testid}
      showSearch
      allowClear
      value={value}
      onChange={(v: string | undefined) => {
        setPicked(items.find((d) => d.key === v));
        onChange?.(v);
      }}
      filterOption={false}
      onSearch={setQ}
      placeholder="输入专业名称或代码检索"
      aria-label="专业（教育部学科专业目录）"
      style={{ minWidth: 280 }}
      options={[...(picked && !items.some((d) => d.key === picked.key) ? [picked] : []), ...items].map((d) => ({
        value: d.key,
        label: (
          <span>
            {d.name}{d.levelName ? `（${d.levelName}）` : ''} <span className="code-secondary">{d.code}</span>
          </span>
        ),
      }))}
    />
  );
}
