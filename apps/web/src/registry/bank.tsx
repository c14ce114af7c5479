// 收款账户: the bank and the masked number, and a small form to register or change it — the talent's
// own record, or HR's organisation. The API keeps the number encrypted and only ever answers with
// the masked form; the form checks as the user types with the API's own messages, and the full
// number is dropped from the page as soon as it is saved. A change is sent with the record's
// version as last seen (If-Match) and a reason (the holder is told, the change audited).

import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Space, message } from 'antd';
import { Field } from '../field';
import { ApiError, failText, type BankAccountInput, type BankAccountView } from '../api';
import { usePT } from '../ui/i18n';
import { bankAccountError, bankNameError, normaliseBankAccount, reasonError } from '../applications/validate';

type Versioned = BankAccountView & { version: number };

/** The reason offered when no account is registered yet (the user may write another). */
const FIRST_REGISTRATION = '首次登记收款账户';

export function BankAccount({ value, holder, hint, save, testId }: { value: Versioned; holder: string; hint: string; save: (b: BankAccountInput, version: number) => Promise<Versioned>; testId: string }) {
  const pt = usePT();
  const [shown, setShown] = useState<Versioned>(value);
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState(false);
  const [bankName, setBankName] = useState('');
  const [account, setAccount] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  const [serverErrs, setServerErrs] = useState<Record<string, string>>({});
  const nameErr = (touched || bankName ? bankNameError(bankName) : undefined) ?? serverErrs.bankName;
  const accountErr = (touched || account ? bankAccountError(account) : undefined) ?? serverErrs.bankAccount;
  const reasonErr = (touched ? reasonError(reason, 'account') : undefined) ?? serverErrs.reason;
  const open = () => {
    setReason(shown.bankAccountMasked ? '' : FIRST_REGISTRATION);
    setEditing(true);
  };
  const close = () => {
    setEditing(false);
    setBankName('');
    setAccount('');
    setReason('');
    setTouched(false);
    setErr(undefined);
    setServerErrs({});
  };
  const submit = async () => {
    setTouched(true);
    if (bankNameError(bankName) || bankAccountError(account) || reasonError(reason, 'account')) return;
    setBusy(true);
    setErr(undefined);
    try {
      const saved = await save({ bankName: bankName.trim(), bankAccount: normaliseBankAccount(account), reason: reason.trim() }, shown.version);
      setShown({ bankName: saved.bankName, bankAccountMasked: saved.bankAccountMasked, version: saved.version });
      close();
      void message.success(pt('bankSaved'));
    } catch (e) {
      setErr(failText(e));
      setServerErrs(e instanceof ApiError ? Object.fromEntries(e.errors.map((x) => [x.path, x.message])) : {});
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid={testId}>
      {shown.bankAccountMasked ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={pt('bankHolder')}>{holder}</Descriptions.Item>
          <Descriptions.Item label={pt('bankName')}>{shown.bankName}</Descriptions.Item>
          <Descriptions.Item label={pt('bankAccountNumber')}>
            <span data-testid={`${testId}-masked`}>{shown.bankAccountMasked}</span>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Alert type="warning" showIcon className="block" title={pt('bankNone')} description={hint} data-testid={`${testId}-none`} />
      )}
      {editing ? (
        <Form layout="vertical" className="mt" onFinish={() => void submit()}>
          {err && <Alert type="error" title={err} className="block" />}
          <Field label={pt('bankName')} validateStatus={nameErr ? 'error' : undefined} help={nameErr}>
            <Input
              value={bankName}
              maxLength={60}
              placeholder="如：中国工商银行衢州分行"
              onChange={(e) => {
                setBankName(e.target.value);
                setServerErrs(({ bankName: _, ...rest }) => rest);
              }}
              data-testid={`${testId}-bank`}
            />
          </Field>
          <Field label={pt('bankAccountNumber')} validateStatus={accountErr ? 'error' : undefined} help={accountErr} extra={`${pt('bankHolderNote')}${holder}`}>
            <Input
              value={account}
              maxLength={40}
              inputMode="numeric"
              autoComplete="off"
              placeholder="12–30 位数字，可用空格分隔"
              onChange={(e) => {
                setAccount(e.target.value);
                setServerErrs(({ bankAccount: _, ...rest }) => rest);
              }}
              data-testid={`${testId}-account`}
            />
          </Field>
          <Field label={pt('bankReason')} validateStatus={reasonErr ? 'error' : undefined} help={reasonErr ?? pt('bankReasonHint')}>
            <Input
              value={reason}
              maxLength={200}
              onChange={(e) => {
                setReason(e.target.value);
                setServerErrs(({ reason: _, ...rest }) => rest);
              }}
              data-testid={`${testId}-reason`}
            />
          </Field>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid={`${testId}-save`}>
              {pt('save')}
            </Button>
            <Button onClick={close}>{pt('cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <Button size="small" onClick={open} data-testid={`${testId}-edit`}>
          {shown.bankAccountMasked ? pt('bankChange') : pt('bankSet')}
        </Button>
      )}
    </div>
  );
}
