// The registry's persons as a server-paginated table (cards on a phone; masked ID and phone),
// optionally with an action beside the ID (the workbench's audited reveal), the masked receiving bank
// account (staff only: the API does not give it to employers) and further columns of the caller's
// (the employer portal's employment status). Shared by the employer portal and the workbench.

import { useState, type ReactNode } from 'react';
import { Alert } from 'antd';
import { api, type Person } from '../api';
import { useLoad } from '../hooks';
import { CardTable, type CardColumn } from '../ui/card-table';
import { usePT } from '../ui/i18n';

export function PersonTable({ q, extra, showBank = false, columns = [] }: { q?: string; extra?: (p: Person) => ReactNode; showBank?: boolean; columns?: CardColumn<Person>[] }) {
  const pt = usePT();
  const [page, setPage] = useState(1);
  const pageSize = 10;
  const loaded = useLoad(() => api.persons({ q, page, pageSize }), [q, page]);
  if (loaded.error && !loaded.data) return <Alert type="error" title={loaded.error} />;
  return (
    <CardTable<Person>
      size="small"
      rowKey="id"
      className="person-table"
      loading={loaded.loading}
      dataSource={loaded.data?.items ?? []}
      scroll={{ x: 640 }}
      pagination={{ current: page, pageSize, total: loaded.data?.total ?? 0, onChange: setPage, showSizeChanger: false, size: 'small' }}
      columns={[
        { title: pt('name'), dataIndex: 'name', card: 'title', render: (n: string) => <span className="nowrap">{n}</span> },
        { title: pt('idNumber'), dataIndex: 'idNumber', render: (v: string, p) => (extra ? <>{v} {extra(p)}</> : v) },
        { title: pt('phone'), dataIndex: 'phone' },
        { title: pt('region'), dataIndex: 'regionName' },
        { title: pt('education'), dataIndex: 'education', render: (e: Person['education']) =>
            (e ?? []).map((x, i) => (
              <span key={i}>
                {i > 0 && '、'}
                {DEG[x.degree] ?? x.degree}
                {x.majorName && <>（{x.majorName} <span className="code-secondary">{x.majorCodeShown}</span>）</>}
              </span>
            )) },
        ...(showBank
          ? [
              {
                title: pt('bankAccount'),
                key: 'bank',
                render: (_: unknown, p: Person) =>
                  p.bankAccountMasked ? (
                    <span data-testid={`bank-${p.id}`}>
                      {p.bankName} <span className="nowrap">{p.bankAccountMasked}</span>
                    </span>
                  ) : (
                    <span className="muted" data-testid={`bank-${p.id}`}>{pt('bankNotRegistered')}</span>
                  ),
              },
            ]
          : []),
        ...columns,
      ]}
    />
  );
}
const DEG: Record<string, string> = { phd: '博士', master: '硕士', bachelor: '本科', college: '大专' };

