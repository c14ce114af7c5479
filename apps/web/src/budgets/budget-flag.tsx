// The budget envelopes in the decision screen: before approving, the envelopes of the application's
// region (or 未设预算额度: no check); after an approval beyond one, 超出预算额度 with the figures the
// approver saw, and the second approver's reason once overridden.

import { Alert, Typography } from 'antd';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { todayInChina } from '../time';
import { budgetsApi, type BudgetExcess } from './api';

/** The envelopes of a region (this year and later), as the approving clerk sees them in the approval dialog. */
export function BudgetNote({ region, regionName }: { region: string; regionName: string }) {
  const year = Number(todayInChina().slice(0, 4));
  const loaded = useLoad(() => budgetsApi.list({ region }), [region]);
  if (loaded.loading || loaded.error) return null;
  const rows = (loaded.data?.budgets ?? []).filter((b) => b.year >= year);
  if (!rows.length) return <Typography.Paragraph type="secondary" data-testid="budget-note">未设预算额度（{regionName}）：核准时不做额度检查。</Typography.Paragraph>;
  return (
    <Alert
      className="block"
      type="info"
      data-testid="budget-note"
      title="预算额度（核准后如超出，须第二人复核并写明理由）"
      description={rows.map((b) => (
        <div key={b.id}>
          {b.fund} · {b.regionName} {b.year} 年度 · {b.payerLabel}：额度 {formatFen(b.amountFen)}，已承诺 {formatFen(b.committedFen)}，剩余 {formatFen(b.remainingFen)}
        </div>
      ))}
    />
  );
}

/** 超出预算额度: each envelope the decision exceeds, with its figures; the override reason once a second approver booked it. */
export function BudgetExcessAlert({ excess, overrideReason }: { excess: BudgetExcess[]; overrideReason?: string | null }) {
  if (!excess.length) return null;
  return (
    <Alert
      className="block"
      type={overrideReason ? 'warning' : 'error'}
      showIcon
      data-testid="budget-excess"
      title={overrideReason ? `超出预算额度，已由第二人复核核准。理由：${overrideReason}` : '超出预算额度：本次核定须由第二人复核，并写明超额核准的理由'}
      description={excess.map((x) => (
        <div key={x.budgetId}>
          {x.fund}（{x.year} 年度）：额度 {formatFen(x.amountFen)}，此前已承诺 {formatFen(x.committedFen)}，本次 {formatFen(x.thisFen)}，超出 <b>{formatFen(x.overFen)}</b>
        </div>
      ))}
    />
  );
}
