// One input for one profile fact, chosen by its type in the API's vocabulary (GET /api/v1/facts).
import { Input, Radio, Select } from 'antd';
import type { Fact } from '../api';
import { useI18n } from '../i18n';

interface Props { fact: Fact; value: string | undefined; onChange: (value: string) => void; invalid?: boolean; id?: string; describedBy?: string }

export function FactInput({ fact, value, onChange, invalid, id, describedBy }: Props) {
  const { t } = useI18n();
  const status = invalid ? 'error' : undefined;
  // The error or hint under the field, and whether it is in error, tied to the control itself.
  const aria = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };
  switch (fact.type) {
    case 'bool':
      return (
        <Radio.Group id={id} {...aria} optionType="button" buttonStyle="solid" value={value} onChange={(e) => onChange(String(e.target.value))}>
          <Radio.Button value="true">{t('yes')}</Radio.Button>
          <Radio.Button value="false">{t('no')}</Radio.Button>
        </Radio.Group>
      );
    case 'enum':
      return (fact.options?.length ?? 0) <= 4 ? (
        <Radio.Group id={id} {...aria} value={value} onChange={(e) => onChange(String(e.target.value))} className="radio-wrap">
          {fact.options?.map((o) => (
            <Radio key={o.value} value={o.value}>
              {o.label}
            </Radio>
          ))}
        </Radio.Group>
      ) : (
        <Select id={id} {...aria} status={status} className="full" value={value} onChange={(v: string) => onChange(v)} options={fact.options} showSearch={{ optionFilterProp: 'label' }} />
      );
    case 'money':
      return <Input id={id} {...aria} status={status} inputMode="decimal" suffix={t('yuan')} value={value ?? ''} onChange={(e) => onChange(e.target.value)} />;
    case 'int':
      return <Input id={id} {...aria} status={status} inputMode="numeric" value={value ?? ''} onChange={(e) => onChange(e.target.value)} className="narrow" />;
    case 'date':
      return <Input id={id} {...aria} status={status} inputMode="numeric" placeholder={t('datePlaceholder')} maxLength={10} value={value ?? ''} onChange={(e) => onChange(e.target.value)} className="narrow" />;
    default:
      return <Input id={id} {...aria} status={status} value={value ?? ''} onChange={(e) => onChange(e.target.value)} />;
  }
}
