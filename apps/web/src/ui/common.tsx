// Pieces shared by the portals and the workbench: the role guard, state and deadline tags, the
// application list (server-side pagination), the timeline, the ledger and the messages.

import { useEffect, useState, type ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { Alert, Badge, Button, Empty, List, message, Result, Spin, Statistic, Tag, Timeline } from 'antd';
import { api, failText, type AppDetail, type AppFilters, type AppSummary, type Ledger, type LedgerLine, type Role } from '../api';
import { useLoad, type Loaded } from '../hooks';
import { formatFen } from '../money';
import { homeOf, useSession } from '../session';
import { formatDateTime } from '../time';
import { CardTable } from './card-table';
import { usePT } from './i18n';

/** Renders children only for a signed-in user of one of `roles`; otherwise the log-in or a Chinese refusal. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { session, restoring } = useSession();
  const loc = useLocation();
  const pt = usePT();
  if (restoring) return <Spin className="page-spin" />;
  if (!session) return <Navigate to={`/login?next=${encodeURIComponent(loc.pathname + loc.search)}`} replace />;
  if (!roles.includes(session.user.role))
    return <Result status="403" title={pt('noPermission')} extra={<Link to={homeOf(session.user.role)}><Button type="primary">{pt('goHome')}</Button></Link>} />;
  return <>{children}</>;
}

/** Loading, error (with retry; 404 as the Chinese not-found page) or the content. */
export function Loading<T>({ loaded, children, notFound }: { loaded: Loaded<T>; children: (data: T) => ReactNode; notFound?: string }) {
  const pt = usePT();
  if (loaded.error && !loaded.data && loaded.error.startsWith('请先登录')) {
    return <Result status="info" title={loaded.error} extra={<Link to="/login"><Button type="primary">{pt('signIn')}</Button></Link>} />;
  }
  if (loaded.error && !loaded.data) {
    return (
      <Result
        status={loaded.error.startsWith('未找到') ? '404' : 'warning'}
        title={loaded.error.startsWith('未找到') ? (notFound ?? loaded.error) : loaded.error}
        data-testid="load-error"
        extra={<Button onClick={loaded.retry}>↻</Button>}
      />
    );
  }
  if (!loaded.data) return <Spin className="page-spin" description={pt('loadMore')} />;
  return <>{children(loaded.data)}</>;
}

const STATE_COLORS: Record<string, string> = {
  draft: 'default', submitted: 'blue', returned: 'orange', reviewing: 'processing', approved: 'green', rejected: 'red', scheduled: 'cyan', paid: 'success', withdrawn: 'default',
};
export function StateTag({ a }: { a: Pick<AppSummary, 'state' | 'stateLabel'> }) {
  return <Tag color={STATE_COLORS[a.state] ?? 'default'} data-testid="state">{a.stateLabel}</Tag>;
}
export function Due({ a }: { a: Pick<AppSummary, 'dueOn' | 'overdue' | 'workdaysLeft'> }) {
  const pt = usePT();
  if (!a.dueOn) return <span className="muted">—</span>;
  return (
    <span className={a.overdue ? 'overdue' : undefined}>
      {a.dueOn}
      {a.overdue ? <Tag color="red" className="ml">{pt('overdue')}</Tag> : a.workdaysLeft !== null ? <span className="muted small ml">{pt('workdaysLeft').replace('{n}', String(a.workdaysLeft))}</span> : null}
    </span>
  );
}

/** A server-paginated list of applications (cards on a phone); rows link to `${base}/${id}`. */
export function ApplicationTable({ base, filters = {}, pageSize = 10, showApplicant = true }: { base: string; filters?: AppFilters; pageSize?: number; showApplicant?: boolean }) {
  const pt = usePT();
  const [page, setPage] = useState(1);
  const key = JSON.stringify(filters);
  const [lastKey, setLastKey] = useState(key);
  if (key !== lastKey) {
    setLastKey(key);
    setPage(1);
  }
  const loaded = useLoad(() => api.applications({ ...filters, page, pageSize }), [key, page, pageSize]);
  if (loaded.error && !loaded.data) return <Alert type="error" title={loaded.error} action={<Button onClick={loaded.retry}>↻</Button>} />;
  return (
    <CardTable<AppSummary>
      className="app-table"
      size="small"
      rowKey="id"
      loading={loaded.loading}
      dataSource={loaded.data?.items ?? []}
      scroll={{ x: 640 }}
      rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
      locale={{ emptyText: <Empty description={pt('noApplications')} /> }}
      pagination={{ current: page, pageSize, total: loaded.data?.total ?? 0, onChange: setPage, showSizeChanger: false, size: 'small' }}
      columns={[
        { title: '#', dataIndex: 'id', width: 60, card: 'hide', render: (id: number) => <Link to={`${base}/${id}`} data-testid={`open-app-${id}`}>#{id}</Link> },
        { title: pt('matter'), dataIndex: 'matterName', card: 'hide', render: (n: string, r) => <Link to={`${base}/${r.id}`}>{n}</Link> },
        {
          title: pt('matter'),
          key: 'card-title',
          card: 'title',
          hidden: true,
          render: (_: unknown, r) => (
            <Link to={`${base}/${r.id}`} data-testid={`open-app-${r.id}`} className="card-title-link">
              {r.matterName} <span className="muted">#{r.id}</span>
            </Link>
          ),
        },
        ...(showApplicant ? [{ title: pt('applicant'), dataIndex: 'applicantName', responsive: ['md' as const], render: (n: string, r: AppSummary) => <>{n} <span className="muted small">{r.regionName}</span></> }] : []),
        { title: pt('state'), dataIndex: 'state', card: 'extra', render: (_: string, r) => <StateTag a={r} /> },
        { title: pt('submittedOn'), dataIndex: 'submittedOn', responsive: ['lg'], render: (d: string | null) => d ?? '—' },
        { title: pt('dueOn'), dataIndex: 'dueOn', render: (_: string, r) => (r.dueOn ? <Due a={r} /> : '—') },
        { title: pt('amount'), dataIndex: 'amountFen', align: 'right', responsive: ['sm'], render: (f: number | null) => (f === null ? '—' : <span className="nowrap">{formatFen(f)}</span>) },
      ]}
    />
  );
}

/** The history (办理记录): what happened in Chinese, when (China Standard Time), by whom; for staff the stored codes beside. */
export function EventTimeline({ a, showCodes = false }: { a: AppDetail; showCodes?: boolean }) {
  return (
    <Timeline
      className="events"
      items={a.events.map((e) => ({
        color: e.action.includes('reject') ? 'red' : e.action === 'return' ? 'orange' : 'blue',
        content: (
          <div data-action={e.action}>
            <b className="event-label">{e.label ?? (e.to ? (STATE_TEXT[e.to] ?? '') : '')}</b>{' '}
            <span className="muted small nowrap" data-testid="event-time">{formatDateTime(e.at)}</span>
            <span className="muted small"> · {e.by ?? '系统'}</span>
            {showCodes && <code className="event-code">{[e.action, e.department].filter(Boolean).join(' · ')}</code>}
            {(e.label ? e.note : e.reason) && <div className="small">{e.label ? e.note : e.reason}</div>}
          </div>
        ),
      }))}
    />
  );
}
const STATE_TEXT: Record<string, string> = {
  draft: '草稿', submitted: '已提交', returned: '退回补正', reviewing: '联审中', approved: '已核准', rejected: '未通过', scheduled: '已安排兑付', paid: '已兑付', withdrawn: '已撤回',
};

export function LedgerView({ q }: { q: { personId?: number; employerId?: number; applicationId?: number } }) {
  const pt = usePT();
  const loaded = useLoad(() => api.ledger(q), [JSON.stringify(q)]);
  return (
    <Loading loaded={loaded}>
      {(l: Ledger) => (
        <div data-testid="ledger">
          <div className="totals block">
            <Statistic title={pt('granted')} value={formatFen(l.balance.grantedFen)} />
            <Statistic title={pt('paid')} value={formatFen(l.balance.paidFen)} data-testid="paid-total" />
            <Statistic title={pt('outstanding')} value={formatFen(l.balance.outstandingFen)} />
            {l.balance.refundDueFen !== 0 && <Statistic title={pt('refundDue')} value={formatFen(l.balance.refundDueFen)} />}
          </div>
          <CardTable<LedgerLine>
            size="small"
            rowKey="id"
            className="ledger-table"
            dataSource={l.lines}
            scroll={{ x: 640 }}
            locale={{ emptyText: <Empty description={pt('ledgerEmpty')} /> }}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: pt('kind'), dataIndex: 'kindLabel', card: 'extra', render: (k: string, r) => <Tag color={r.kind === 'payment' ? 'green' : r.kind === 'grant' ? (r.paid ? 'default' : 'blue') : 'orange'}>{k}</Tag> },
              { title: pt('benefit'), dataIndex: 'benefit', card: 'title', render: (b: string, r) => (r.subject ? <>{b} <span className="muted small">{r.subject}</span></> : b) },
              { title: pt('payDue'), dataIndex: 'dueOn' },
              { title: pt('payer'), dataIndex: 'payerLabel' },
              { title: pt('amount'), dataIndex: 'amountFen', align: 'right', render: (f: number) => <span className="nowrap">{formatFen(f)}</span> },
            ]}
          />
        </div>
      )}
    </Loading>
  );
}

// The unread count, shared by the messages tab's label and the list: marking read updates the label.
const unreadListeners = new Set<(n: number) => void>();
const publishUnread = (n: number) => unreadListeners.forEach((f) => f(n));

/** The messages tab's label with the number of unread messages. */
export function MessagesLabel() {
  const pt = usePT();
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    unreadListeners.add(setN);
    api.messages().then(
      (ms) => live && setN(ms.filter((m) => !m.read).length),
      () => {}, // the label stays plain; the list itself shows the error
    );
    return () => {
      live = false;
      unreadListeners.delete(setN);
    };
  }, []);
  return (
    <span data-testid="messages-tab">
      {pt('messages')}
      {n > 0 && <Badge count={n} size="small" className="tab-badge" />}
    </span>
  );
}

export function Messages() {
  const pt = usePT();
  const loaded = useLoad(() => api.messages(), []);
  // Marked read in this view (the list itself is not reloaded, so the page does not jump).
  const [readHere, setReadHere] = useState<ReadonlySet<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const isRead = (m: { id: number; read: boolean }) => m.read || readHere.has(m.id);
  const unread = (loaded.data ?? []).filter((m) => !isRead(m)).map((m) => m.id);
  useEffect(() => {
    if (loaded.data) publishUnread(unread.length);
  }, [loaded.data, unread.length]);
  const mark = async (ids: number[] | undefined, all: number[]) => {
    setBusy(true);
    try {
      await api.markRead(ids);
      setReadHere((s) => new Set([...s, ...(ids ?? all)]));
    } catch (e) {
      void message.error(failText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Loading loaded={loaded}>
      {(ms) => {
        if (!ms.length) return <Empty description={pt('noMessages')} />;
        return (
          <>
            <div className="messages-head">
              <span className="muted">{unread.length ? `${pt('unread')} ${unread.length}` : pt('allRead')}</span>
              <Button size="small" disabled={!unread.length} loading={busy} onClick={() => void mark(undefined, unread)}>
                {pt('markAllRead')}
              </Button>
            </div>
            <List
              size="small"
              className="messages"
              pagination={ms.length > 10 ? { pageSize: 10, size: 'small' } : false}
              dataSource={ms}
              renderItem={(m) => (
                <List.Item
                  actions={isRead(m) ? [] : [<Button key="read" type="link" size="small" disabled={busy} onClick={() => void mark([m.id], unread)}>{pt('markRead')}</Button>]}
                >
                  <div>
                    <div className={isRead(m) ? undefined : 'unread'}>{m.text}</div>
                    <div className="muted small" data-testid="message-time">{formatDateTime(m.createdAt)}</div>
                  </div>
                </List.Item>
              )}
            />
          </>
        );
      }}
    </Loading>
  );
}

export { failText } from '../api';
