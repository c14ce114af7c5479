// What an import file must look like, beside the upload: a link to the empty template workbook
// (header row only, from the API) and the columns, required ones marked, with the accepted values.

import { Button } from 'antd';
import { api } from '../api';
import { usePT } from '../ui/i18n';

type Column = [name: string, required: boolean, note?: string];

const COLUMNS: Record<'persons' | 'employers', Column[]> = {
  persons: [
    ['身份证号', true, '18 位'],
    ['姓名', true],
    ['地区', true, '如“柯城区”“衢州市本级”'],
    ['手机号', false, '11 位'],
    ['单位统一社会信用代码', false, '单位须已登记'],
    ['最高学历', false, '博士、硕士、本科、专科'],
    ['全日制', false, '是、否'],
    ['入职日期', false, 'YYYY-MM-DD'],
    ['岗位', false, '教师、医生、其他'],
    ['人才资格', false, '资格名称，多个用“、”分隔'],
    ['开户银行', false, '与银行账号同时填写'],
    ['银行账号', false, '12–30 位数字；该列设为“文本”格式'],
  ],
  employers: [
    ['统一社会信用代码', true, '18 位'],
    ['单位名称', true],
    ['地区', true, '如“柯城区”'],
    ['单位类型', true, '企业、事业单位、学校、医院'],
    ['重点产业', false, '是、否'],
    ['所属领域', false, 'digital_economy（数字经济）、new_materials_energy（新材料新能源）、livelihood（民生）、other（其他）'],
    ['开户银行', false, '与银行账号同时填写'],
    ['银行账号', false, '12–30 位数字；该列设为“文本”格式'],
  ],
};

export function ImportHelp({ kind }: { kind: 'persons' | 'employers' }) {
  const pt = usePT();
  return (
    <div className="import-help block" data-testid="import-help">
      <Button href={api.importTemplateUrl(kind)} download data-testid="import-template">
        {pt('importTemplate')}
      </Button>
      <div className="muted small mt">{pt('importColumns')}</div>
      <ul className="import-columns" data-testid="import-columns">
        {COLUMNS[kind].map(([name, required, note]) => (
          <li key={name}>
            <b>{name}</b>
            {required && <span className="required-mark">*</span>}
            {note && <span className="muted small">（{note}）</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
