// The administrator's accounts page (/admin/accounts): find an account by user name or name, see
// its role, region and status (active, disabled with the reason, password change due, demo), and
// disable it (a reason is required; its sessions end at once) or enable it again — any account but
// one's own; and link a staff account to its staff id at the government identity service.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Table, Tag, message, type ButtonProps } from 'antd';
import { useSession } from '../session';
import { RequireRole } from '../ui/common';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { accountsApi, type Account } from './accounts-api';
import { useAT } from './account-i18n';
import StaffLink from './StaffLink';

export default function Accounts() {
  return (
    <RequireRole roles={['admin']}>
      <AccountList />
    </RequireRole>
  );
}

function AccountList() {
  const at = useAT();
  const { session } = useSession();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<Account>();
  const [linking, setLinking] = useState<Account>();
  const [reason, setReason] = useState('');
  const [reasonTouched, setReasonTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  const list = useLoad(() => accountsApi.users(query, page), [query, page]);
  const closeModal = () => {
    setTarget(undefined);
    setReason('');
    setReasonTouched(false);
    setErr(undefined);
  };
  const disable = async () => {
    setReasonTouched(true);
    if (!target || !reason.trim()) return;
    setBusy(true);
    try {
      await accountsApi.disable(target.id, reason.trim());
      void message.success(at('disabledOk', { name: target.username }));
      closeModal();
      list.retry();
    } catch (e) {
      setErr(failText(e));
    } finally {
      setBusy(false);
    }
  };
  const enable = async (a: Account) => {
    try {
      await accountsApi.enable(a.id);
      void message.success(at('enabledOk', { name: a.username }));
      list.retry();
    } catch (e) {
      void message.error(failText(e));
    }
  };
  const reasonError = reasonTouched && !reason.trim() ? at('reasonRequired') : undefined;
  return (
    <div data-testid="accounts">
      <h1>{at('accounts')}</h1>
      <Input.Search
        className="block"
        allowClear
        placeholder={at('search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => {
          setPage(1);
          setQuery(v.trim());
        }}
        data-testid="accounts-search"
        style={{ maxWidth: 360 }}
      />
      {list.error && <Alert type="error" className="block" title={list.error} action={<Button onClick={list.retry}>↻</Button>} />}
      <Table<Account>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: true }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showTotal: (n) => at('total', { n }), showSizeChanger: false }}
        onRow={(a) => ({ 'data-testid': `account-${a.username}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: at('colUsername'), dataIndex: 'username' },
          { title: at('colName'), dataIndex: 'displayName' },
          { title: at('colRole'), dataIndex: 'roleLabel' },
          { title: at('colRegion'), dataIndex: 'regionName' },
          {
            title: at('colStaffId'),
            key: 'staffId',
            render: (_, a) =>
              a.role === 'talent' ? null : (
                <Button size="small" type="link" onClick={() => setLinking(a)} data-testid="account-link">
                  {a.oidcStaffId ?? at('link')}
                </Button>
              ),
          },
          {
            title: at('colStatus'),
            key: 'status',
            render: (_, a) => (
              <span data-testid="account-status">
                {a.disabled ? <Tag color="red" title={a.disableReason ?? undefined}>{at('statusDisabled')}{a.disableReason ? `：${a.disableReason}` : ''}</Tag> : <Tag color="green">{at('statusActive')}</Tag>}
                {a.mustChangePassword && <Tag color="orange">{at('statusMustChange')}</Tag>}
                {a.demo && <Tag>{at('statusDemo')}</Tag>}
              </span>
            ),
          },
          {
            title: at('colActions'),
            key: 'actions',
            render: (_, a) =>
              a.id === session?.user.userId ? null : a.disabled ? (
                <Button size="small" onClick={() => void enable(a)} data-testid="account-enable">
                  {at('enable')}
                </Button>
              ) : (
                <Button size="small" danger onClick={() => setTarget(a)} data-testid="account-disable">
                  {at('disable')}
                </Button>
              ),
          },
        ]}
      />
      {linking && (
        <StaffLink
          account={linking}
          onClose={() => setLinking(undefined)}
          onDone={() => {
            setLinking(undefined);
            list.retry();
          }}
        />
      )}
      <Modal
        open={!!target}
        title={target ? at('disableTitle', { name: target.username }) : ''}
        okText={at('disable')}
        cancelText={at('cancel')}
        okButtonProps={{ danger: true, loading: busy, 'data-testid': 'disable-confirm' } as ButtonProps}
        onOk={() => void disable()}
        onCancel={closeModal}
        destroyOnHidden
      >
        <p>{at('disableText')}</p>
        {err && <Alert type="error" className="block" title={err} />}
        <Form layout="vertical" onFinish={() => void disable()}>
          <Form.Item label={at('reason')} htmlFor="disable-reason" validateStatus={reasonError ? 'error' : undefined} help={reasonError}>
            <Input id="disable-reason" data-testid="disable-reason" value={reason} maxLength={200} onChange={(e) => { setReason(e.target.value); setReasonTouched(true); }} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
