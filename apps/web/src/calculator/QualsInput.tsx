// Qualifications picked from the catalogue (GET /api/v1/qualifications?q=…), with search and a
// "none of these" choice (an empty list: the API then treats the list as complete).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Checkbox, Select, Space } from 'antd';
import { api, type Qualification } from '../api';
import { useI18n } from '../i18n';

interface Props { value: string | undefined; onChange: (value: string | undefined) => void; invalid?: boolean }

export function QualsInput({ value, onChange, invalid }: Props) {
  const { t } = useI18n();
  const [all, setAll] = useState<Qualification[]>([]);
  const [found, setFound] = useState<Qualification[] | undefined>();
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    api.qualifications().then(setAll, () => setAll([]));
  }, []);
  const selected = value ? value.split(',').filter(Boolean) : [];
  const names = useMemo(() => new Map(all.map((q) => [q.code, q.name])), [all]);
  const list = found ?? all;
  const options = list.map((q) => ({ value: q.code, label: q.name, title: q.aliases?.join('、') }));
  for (const code of selected) if (!list.some((q) => q.code === code)) options.push({ value: code, label: names.get(code) ?? code, title: undefined });

  const search = (q: string) => {
    clearTimeout(timer.current);
    if (!q.trim()) return setFound(undefined);
    setSearching(true);
    timer.current = setTimeout(() => {
      api.qualifications(q.trim()).then(
        (r) => {
          setFound(r);
          setSearching(false);
        },
        () => setSearching(false),
      );
    }, 200);
  };

  return (
    <Space orientation="vertical" className="full">
      <Select
        id="f-quals"
        mode="multiple"
        className="full"
        data-testid="quals"
        status={invalid ? 'error' : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'f-quals-help' : undefined}
        placeholder={t('qualsPlaceholder')}
        value={selected}
        loading={searching}
        showSearch={{ filterOption: false, onSearch: search }}
        onChange={(codes: string[]) => {
          setFound(undefined);
          onChange(codes.length ? codes.join(',') : undefined);
        }}
        options={options}
        tagRender={({ label, onClose }) => (
          // Each chosen qualification with a real button to remove it, reachable with Tab.
          <span className="ant-select-selection-item qual-tag">
            <span className="ant-select-selection-item-content">{label}</span>
            <button
              type="button"
              className="qual-tag-remove"
              aria-label={`${t('removeQual')}${typeof label === 'string' ? label : ''}`}
              onMouseDown={(e) => e.stopPropagation()}
              onKeyDown={(e) => e.stopPropagation()}
              onClick={(e) => {
                e.stopPropagation();
                onClose();
              }}
            >
              ×
            </button>
          </span>
        )}
        notFoundContent={searching ? t('loading') : t('noData')}
      />
      <Checkbox checked={value === ''} onChange={(e) => onChange(e.target.checked ? '' : undefined)} data-testid="quals-none">
        {t('qualsNone')}
      </Checkbox>
    </Space>
  );
}
