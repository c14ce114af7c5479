// One payment batch opened from the workbench's list: its summary, every line (payee, masked ID and
// account, benefit, clause, due date, amount, the application), and — until it is paid — the bank's
// result file imported here with its report: how many lines were booked, or, when the file has
// errors, each row and reason (nothing is booked then: the batch is all or nothing).

import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Descriptions, Drawer, Tag, Upload } from 'antd';
import { api, ApiError, type Batch, type BankResultReport, type FieldError } from '../api';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { formatDateTime } from '../time';
import { CardTable, useNarrow } from '../ui/card-table';
import { Loading, failText } from '../ui/common';
import { usePT } from '../ui/i18n';

type Line = NonNullable<Batch['lines']>[number];

/** What importing a result file gave: the booking, or the API's row errors. */
export type BankOutcome = { ok: BankResultReport } | { error: string; errors: FieldError[] };

/** The import button: uploads the file and hands over the outcome (the report is shown by the caller). */
export function BankResultUpload({ b, onOutcome, size = 'small' }: { b: Pick<Batch, 'id'>; onOutcome: (o: BankOutcome) => void; size?: 'small' | 'middle' }) {
  const pt = usePT();
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      accept=".xlsx,.csv"
      showUploadList={false}
      beforeUpload={(file) => {
        setBusy(true);
        api.bankResult(b.id, file).then(
          (r) => {
            setBusy(false);
            onOutcome({ ok: r });
          },
          (e: unknown) => {
            setBusy(false);
            onOutcome(e instanceof ApiError ? { error: e.message, errors: e.errors } : { error: failText(e), errors: [] });
          },
        );
        return false;
      }}
    >
      <Button size={size} type="primary" loading={busy} data-testid={`bank-result-${b.id}`} onClick={(e) => e.stopPropagation()}>
        {pt('importBankResult')}
      </Button>
    </Upload>
  );
}

/** The report of one import: the count booked, or every row error (第3行.结果 → row 第3行, column 结果). */
export function BankReport({ outcome }: { outcome: BankOutcome }) {
  const pt = usePT();
  if ('ok' in outcome) {
    const r = outcome.ok;
    return (
      <Alert
        className="block"
        type={r.alreadyPaid ? 'info' : 'success'}
        showIcon
        data-testid="bank-report"
        title={r.alreadyPaid ? pt('bankAlreadyPaid') : pt('bankResultPaid').replace('{n}', String(r.paid))}
        description={`${r.batch.regionName} · ${formatFen(r.batch.totalFen)} · ${pt('paidAt')} ${formatDateTime(r.batch.paidAt)}`}
      />
    );
  }
  const rows = outcome.errors.map((e, i) => {
    const [row, ...col] = e.path.split('.');
    return { key: i, row: col.length ? row : '', column: col.length ? col.join('.') : row, message: e.message };
  });
  return (
    <div className="block" data-testid="bank-report">
      <Alert type="error" showIcon title={rows.length ? pt('bankResultErrors') : outcome.error} description={rows.length ? outcome.error : undefined} className="block" />
      {rows.length > 0 && (
        <CardTable<(typeof rows)[number]>
          size="small"
          rowKey="key"
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: pt('row'), dataIndex: 'row', width: 90, card: 'title' },
            { title: pt('column'), dataIndex: 'column', width: 120 },
            { title: pt('message'), dataIndex: 'message' },
          ]}
        />
      )}
    </div>
  );
}

/** The batch in a side panel (full width on a phone); `version` reloads it after an import elsewhere. */
export function BatchDrawer({ id, version, outcome, onClose, onOutcome }: { id: number | undefined; version: number; outcome?: BankOutcome; onClose: () => void; onOutcome: (o: BankOutcome) => void }) {
  const pt = usePT();
  const narrow = useNarrow();
  return (
    <Drawer open={id !== undefined} onClose={onClose} size={narrow ? '100%' : 960} title={id !== undefined ? `${pt('batchLines')} #${id}` : ''} destroyOnHidden>
      {id !== undefined && <BatchBody id={id} version={version} outcome={outcome} onOutcome={onOutcome} />}
    </Drawer>
  );
}

function BatchBody({ id, version, outcome, onOutcome }: { id: number; version: number; outcome?: BankOutcome; onOutcome: (o: BankOutcome) => void }) {
  const pt = usePT();
  const loaded = useLoad(() => api.batch(id), [id, version]);
  return (
    <Loading loaded={loaded}>
      {(b) => (
        <div data-testid="batch-detail">
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} className="block">
            <Descriptions.Item label={pt('batchRegion')}>{b.regionName}</Descriptions.Item>
            <Descriptions.Item label={pt('state')}>
              <Tag color={b.state === 'paid' ? 'green' : 'blue'} data-testid="batch-detail-state">{b.stateLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={pt('items')}>{b.items}</Descriptions.Item>
            <Descriptions.Item label={pt('amount')}>
              <b className="nowrap">{formatFen(b.totalFen)}</b>
            </Descriptions.Item>
            <Descriptions.Item label={pt('createdAt')}>{formatDateTime(b.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={pt('paidAt')}>{b.paidAt ? formatDateTime(b.paidAt) : '—'}</Descriptions.Item>
          </Descriptions>
          {!!b.missingAccounts && <Alert type="warning" showIcon className="block" title={`${b.missingAccounts} ${pt('missingAccounts')}`} />}
          {outcome && <BankReport outcome={outcome} />}
          {b.state !== 'paid' && (
            <div className="block">
              <p className="muted small">{pt('bankResultHint')}</p>
              <BankResultUpload b={b} onOutcome={onOutcome} size="middle" />
            </div>
          )}
          <CardTable<Line>
            size="small"
            rowKey="instalmentKey"
            className="batch-lines"
            dataSource={b.lines ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: pt('payee'), dataIndex: 'payee', card: 'title', render: (n: string) => <span className="nowrap">{n}</span> },
              { title: pt('idNumber'), dataIndex: 'idNumber', render: (v: string) => <span className="nowrap">{v}</span> },
              { title: pt('benefit'), dataIndex: 'benefit' },
              { title: pt('payDue'), dataIndex: 'dueOn', render: (d: string) => <span className="nowrap">{d}</span> },
              {
                title: pt('bankAccount'),
                key: 'bank',
                render: (_: unknown, l) => (l.bankAccountMasked ? <>{l.bankName} <span className="nowrap">{l.bankAccountMasked}</span></> : <span className="muted">{pt('bankNotRegistered')}</span>),
              },
              { title: pt('amount'), dataIndex: 'amountFen', align: 'right', render: (f: number) => <span className="nowrap">{formatFen(f)}</span> },
              { title: pt('applications'), dataIndex: 'applicationId', render: (a: number) => <Link to={`/workbench/applications/${a}`}>#{a}</Link> },
            ]}
          />
        </div>
      )}
    </Loading>
  );
}
