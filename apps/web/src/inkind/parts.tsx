// Shared bits of the in-kind service pages: running an action with its Chinese error (naming the
// fields) shown beside the form, and a status tag.

import { useState } from 'react';
import { Alert, Tag } from 'antd';
import { failText } from '../api';

/** Runs one request at a time; its error (the message and each field's) is kept to show. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const run = async (fn: () => Promise<unknown>, ok?: string): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      await fn();
      if (ok) setDone(ok);
      return true;
    } catch (e) {
      setError(failText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const feedback = (
    <>
      {error && <Alert type="error" showIcon message={error} data-testid="action-error" style={{ marginTop: 8 }} />}
      {done && <Alert type="success" showIcon message={done} data-testid="action-done" style={{ marginTop: 8 }} />}
    </>
  );
  return { busy, run, feedback };
}

const COLORS: Record<string, string> = { pending: 'processing', booked: 'processing', issued: 'processing', placed: 'success', approved: 'success', accepted: 'success', attended: 'success', redeemed: 'default', refused: 'error', declined: 'error', cancelled: 'default', expired: 'warning' };

export const StatusTag = ({ status, text }: { status: string; text: string }) => <Tag color={COLORS[status] ?? 'default'}>{text}</Tag>;

/** An empty list's note, in a grey that keeps 4.5:1 contrast on white (antd's disabled grey does not). */
export const Quiet = ({ children }: { children: string }) => <span style={{ color: 'rgba(0, 0, 0, 0.6)' }}>{children}</span>;
