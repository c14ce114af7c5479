// Leaders' dashboard: talents by region and degree, money granted and paid by clause, payer, region
// and year, applications by state, the on-time rate (of decided applications) and the open
// applications past their deadline, and the enterprises' problems (raised, answered on time, overdue,
// reopened, satisfaction; by department). A date range (in the URL: ?from=&to=) filters applications by
// submission date and money by ledger date; the export downloads the same tables as .xlsx. A chart is
// drawn only once there are several values — a single value is shown as a figure. Amounts arrive as
// integer fen and are labelled with formatFen (money axes in 万 so that labels do not collide).

import { type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Empty, Statistic, Tag, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { api, ApiError, failText, type Dashboard as D, type DashboardRange } from '../api';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { useI18n } from '../i18n';
import { Loading, RequireRole } from '../ui/common';
import { bars, breakdownKind, donut, THOUSAND, WAN, type Item } from './dashboard-charts';
import { chartSummary } from './chart-summary';
import { Chart } from '../ui/chart';
import { useDT } from './dashboard-strings';
import { usePT } from '../ui/i18n';
import type { ProblemStats } from '../enterprises/api';
import { onTimeShare } from '../enterprises/parts';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent]);

/** Several values: the chart. One: a figure (a chart of one bar or one slice says nothing). None: an empty note. */
function Breakdown({ testid, title, items, show, chart, detail, extra }: { testid: string; title: string; items: Item[]; show: (n: number) => string; chart: () => echarts.EChartsCoreOption; detail?: ReactNode; extra?: { name: string; values: string[]; valueName?: string } }) {
  const dt = useDT();
  const pt = usePT();
  const { lang } = useI18n();
  const { kind, shown } = breakdownKind(items);
  if (kind === 'empty')
    return (
      <div data-testid={testid} data-rendered="true" data-kind="empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={dt('noData')} />
      </div>
    );
  if (kind === 'figure')
    return (
      <div className="dash-figure" data-testid={testid} data-rendered="true" data-kind="figure">
        <div className="dash-figure-label">{shown[0]!.label}</div>
        <div className="dash-figure-value">{show(shown[0]!.value)}</div>
        {detail}
        <div className="muted small">{dt('onlyOne')}</div>
      </div>
    );
  const summary = chartSummary(shown, show, lang === 'en' ? 'en' : 'zh');
  // The chart with its one-sentence summary and its data as a table (behind a toggle).
  return (
    <figure className="chart-figure">
      <Chart testid={testid} option={chart()} label={`${title}：${summary}`} />
      <figcaption className="chart-summary" data-testid={`${testid}-summary`}>
        {summary}
      </figcaption>
      <details className="chart-data" data-testid={`${testid}-data`}>
        <summary>{dt('chartData')}</summary>
        <table>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{dt('chartItem')}</th>
              <th scope="col">{extra ? (extra.valueName ?? pt('granted')) : title}</th>
              {extra && <th scope="col">{extra.name}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((x, i) => (
              <tr key={x.label}>
                <th scope="row">{x.label}</th>
                <td className="num">{show(x.value)}</td>
                {extra && <td className="num">{extra.values[i]}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export default function Dashboard() {
  return (
    <RequireRole roles={['leader', 'admin', 'clerk']}>
      <View />
    </RequireRole>
  );
}

/** A download of the export, or the API's Chinese message. */
async function download(range: DashboardRange) {
  try {
    const blob = await api.exportDashboard(range);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = ['dashboard', range.from, range.to].filter(Boolean).join('_') + '.xlsx';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (e) {
    void message.error(failText(e));
  }
}

/** A YYYY-MM-DD from the URL as the picker's value (anything else: none; the API names the bad date). */
const day = (s: string): Dayjs | null => (/^\d{4}-\d{2}-\d{2}$/.test(s) && dayjs(s).isValid() && dayjs(s).format('YYYY-MM-DD') === s ? dayjs(s) : null);

function View() {
  const pt = usePT();
  const dt = useDT();
  const { lang } = useI18n();
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn'); // month and weekday names in the date picker
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const range: DashboardRange = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const setRange = (name: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  // The API's field messages (开始日期应为…) in the error shown, not only “输入有误”.
  const loaded = useLoad(
    () =>
      api.dashboard(range).catch((e: unknown) => {
        throw e instanceof ApiError ? new ApiError(failText(e), e.status, e.errors) : e;
      }),
    [from, to],
  );
  return (
    <div className="portal dashboard" data-testid="dashboard">
      <h1>
        {pt('dashboard')} <Tag color="orange" data-testid="synthetic">{pt('synthetic')}</Tag>
      </h1>
      <Alert type="info" showIcon title={pt('syntheticNote')} className="block" />
      <section className="dash-range block" aria-label={dt('rangeLabel')} data-testid="dash-range">
        <label className="dash-date">
          <span>{dt('rangeFrom')}</span>
          <DatePicker
            value={day(from)}
            placeholder="YYYY-MM-DD"
            disabledDate={(d) => !!day(to) && d.isAfter(day(to), 'day')}
            onChange={(d) => setRange('from', d ? d.format('YYYY-MM-DD') : '')}
            data-testid="range-from"
          />
        </label>
        <label className="dash-date">
          <span>{dt('rangeTo')}</span>
          <DatePicker
            value={day(to)}
            placeholder="YYYY-MM-DD"
            disabledDate={(d) => !!day(from) && d.isBefore(day(from), 'day')}
            onChange={(d) => setRange('to', d ? d.format('YYYY-MM-DD') : '')}
            data-testid="range-to"
          />
        </label>
        <Button onClick={() => setParams(new URLSearchParams(), { replace: true })} disabled={!from && !to} data-testid="range-clear">
          {dt('rangeClear')}
        </Button>
        <Button onClick={() => void download(range)} data-testid="export">
          {dt('export')}
        </Button>
        <p className="muted small dash-range-note">{dt('rangeNote')}</p>
      </section>
      {loaded.error && loaded.data && <Alert type="error" showIcon title={loaded.error} className="block" data-testid="range-error" />}
      <Loading loaded={loaded}>{(d) => <Charts d={d} />}</Loading>
    </div>
  );
}

function Charts({ d }: { d: D }) {
  const pt = usePT();
  const { lang } = useI18n();
  const dt = useDT();
  const wan = lang === 'en' ? THOUSAND : WAN;
  const m = d.money;
  const paidBy = new Map((m.paidByRegion ?? []).map((x) => [x.key, x.fen]));
  const years = [...m.grantedByYear].sort((a, b) => a.key.localeCompare(b.key));
  const talents = d.talentsByRegion.reduce((s, x) => s + x.n, 0);
  const count = (n: number) => `${n} ${pt('people')}`;
  const cases = (n: number) => `${n} ${dt('casesUnit')}`;
  const clause = (label: string) => label.replace('衢委发〔2020〕7号', '');
  const o = d.onTime;
  const funds = d.budgets?.byFund ?? [];
  return (
    <>
      <div className="totals block">
        <Statistic title={pt('talentsTotal')} value={talents} suffix={pt('people')} />
        <Statistic title={pt('grantedTotal')} value={formatFen(m.grantedFen)} />
        <Statistic title={pt('paidTotal')} value={formatFen(m.paidFen)} />
        <Statistic
          title={pt('onTimeRate')}
          value={o.rate === null ? '—' : `${Math.round(o.rate * 1000) / 10}%`}
          suffix={<span className="small muted">（{dt('onTimeBasis')} {cases(o.decided)}）</span>}
          data-testid="on-time"
        />
        <Statistic
          title={dt('overdueOpen')}
          value={o.overdue}
          suffix={dt('casesUnit')}
          className={o.overdue > 0 ? 'dash-overdue' : undefined}
          data-testid="overdue"
        />
      </div>
      <div className="dash-grid">
        <Card size="small" title={pt('talentsByRegion')}>
          <Breakdown
            title={pt('talentsByRegion')}
            testid="chart-region"
            items={d.talentsByRegion.map((x) => ({ label: x.label, value: x.n }))}
            show={count}
            chart={() => bars(d.talentsByRegion.map((x) => x.label), [{ name: pt('people'), data: d.talentsByRegion.map((x) => x.n) }], false, wan)}
          />
        </Card>
        <Card size="small" title={pt('talentsByDegree')}>
          <Breakdown title={pt('talentsByDegree')} testid="chart-degree" items={d.talentsByDegree.map((x) => ({ label: x.label, value: x.n }))} show={count} chart={() => donut(d.talentsByDegree.map((x) => ({ name: x.label, value: x.n })), false)} />
        </Card>
        <Card size="small" title={pt('moneyByClause')}>
          <Breakdown
            title={pt('moneyByClause')}
            testid="chart-clause"
            items={m.grantedByClause.map((x) => ({ label: x.label, value: x.fen }))}
            show={formatFen}
            chart={() => bars(m.grantedByClause.map((x) => clause(x.label)), [{ name: pt('granted'), data: m.grantedByClause.map((x) => x.fen) }], true, wan, true)}
          />
        </Card>
        <Card size="small" title={pt('moneyByPayer')}>
          <Breakdown title={pt('moneyByPayer')} testid="chart-payer" items={m.grantedByPayer.map((x) => ({ label: x.label, value: x.fen }))} show={formatFen} chart={() => donut(m.grantedByPayer.map((x) => ({ name: x.label, value: x.fen })), true)} />
        </Card>
        <Card size="small" title={pt('moneyByRegion')}>
          <Breakdown
            title={pt('moneyByRegion')}
            testid="chart-money-region"
            items={m.grantedByRegion.map((x) => ({ label: x.label, value: x.fen }))}
            show={formatFen}
            detail={m.grantedByRegion.length === 1 && <div className="muted">{pt('paid')} {formatFen(paidBy.get(m.grantedByRegion[0]!.key) ?? 0)}</div>}
            extra={{ name: pt('paid'), values: m.grantedByRegion.map((x) => formatFen(paidBy.get(x.key) ?? 0)) }}
            chart={() => bars(m.grantedByRegion.map((x) => x.label), [{ name: pt('granted'), data: m.grantedByRegion.map((x) => x.fen) }, { name: pt('paid'), data: m.grantedByRegion.map((x) => paidBy.get(x.key) ?? 0) }], true, wan)}
          />
        </Card>
        <Card size="small" title={pt('moneyByYear')}>
          <Breakdown title={pt('moneyByYear')} testid="chart-year" items={years.map((x) => ({ label: x.label, value: x.fen }))} show={formatFen} chart={() => bars(years.map((x) => x.label), [{ name: pt('granted'), data: years.map((x) => x.fen) }], true, wan)} />
        </Card>
        {d.budgets && (
          <Card size="small" title={`${dt('budgetsByFund')} · ${d.budgets.year}`} data-testid="dash-budgets">
            {funds.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={dt('budgetNone')} />
            ) : (
              <Breakdown
                title={dt('budgetsByFund')}
                testid="chart-budgets"
                items={funds.map((x) => ({ label: x.fund, value: x.amountFen }))}
                show={formatFen}
                detail={funds.length === 1 && <div className="muted">{dt('budgetCommitted')} {formatFen(funds[0]!.committedFen)} · {dt('budgetPaid')} {formatFen(funds[0]!.paidFen)} · {dt('budgetRemaining')} {formatFen(funds[0]!.remainingFen)}</div>}
                extra={{ name: dt('budgetRemaining'), values: funds.map((x) => formatFen(x.remainingFen)) }}
                chart={() =>
                  bars(
                    funds.map((x) => x.fund),
                    [
                      { name: dt('budgetAmount'), data: funds.map((x) => x.amountFen) },
                      { name: dt('budgetCommitted'), data: funds.map((x) => x.committedFen) },
                      { name: dt('budgetPaid'), data: funds.map((x) => x.paidFen) },
                    ],
                    true,
                    wan,
                    true,
                  )
                }
              />
            )}
            <Link to="/budgets" className="small" data-testid="dash-budgets-link">
              {dt('budgetsPage')}
            </Link>
          </Card>
        )}
        <Card size="small" title={pt('applicationsByState')}>
          <Breakdown
            title={pt('applicationsByState')}
            testid="chart-state"
            items={d.applicationsByState.map((x) => ({ label: x.label, value: x.n }))}
            show={cases}
            chart={() => bars(d.applicationsByState.map((x) => x.label), [{ name: pt('cases'), data: d.applicationsByState.map((x) => x.n) }], false, wan, true)}
          />
        </Card>
        {d.problems && <Problems s={d.problems} />}
        <Card size="small" title={pt('onTimeRate')}>
          <div className="dash-ontime" data-testid="chart-ontime" data-rendered="true" data-kind="figure">
            <p className="muted small">
              {dt('onTimeBasis')}：{o.rate === null ? '—' : `${Math.round(o.rate * 1000) / 10}%`}
            </p>
            <dl className="dash-figures">
              <div>
                <dt>{dt('onTimeCount')}</dt>
                <dd data-testid="ontime-count">{cases(o.onTime)}</dd>
              </div>
              <div>
                <dt>{dt('lateCount')}</dt>
                <dd data-testid="late-count">{cases(o.late)}</dd>
              </div>
              <div className={o.overdue > 0 ? 'dash-overdue' : undefined}>
                <dt>{dt('overdueOpen')}</dt>
                <dd data-testid="overdue-count">{cases(o.overdue)}</dd>
              </div>
            </dl>
            <p className="muted small">
              {dt('overdueHint')}
              {o.overdue > 0 && (
                <>
                  {' '}
                  <Link to="/workbench?overdue=true" data-testid="view-overdue">
                    {dt('viewOverdue')}
                  </Link>
                </>
              )}
            </p>
          </div>
        </Card>
      </div>
    </>
  );
}

/** The enterprises' problems (企呼我应) raised in the range: the totals, then raised and answered on time by department. */
function Problems({ s }: { s: ProblemStats }) {
  const dt = useDT();
  const { lang } = useI18n();
  const t = s.total;
  const dept = s.byDepartment;
  const cases = (n: number) => `${n} ${dt('casesUnit')}`;
  const figures: Array<[string, string, string]> = [
    ['problems-raised', dt('problemsRaised'), cases(t.raised)],
    ['problems-answered', dt('problemsAnswered'), cases(t.answered)],
    ['problems-on-time', dt('problemsOnTimeRate'), onTimeShare(t)],
    ['problems-overdue', dt('problemsOverdue'), cases(t.overdue)],
    ['problems-reopened', dt('problemsReopened'), cases(t.reopened)],
    ['problems-satisfaction', dt('problemsSatisfaction'), t.satisfaction === null ? '—' : t.satisfaction.toFixed(1)],
  ];
  return (
    <Card size="small" title={dt('problems')} data-testid="dash-problems">
      <dl className="dash-figures">
        {figures.map(([id, label, value]) => (
          <div key={id} className={id === 'problems-overdue' && t.overdue > 0 ? 'dash-overdue' : undefined}>
            <dt>{label}</dt>
            <dd data-testid={id}>{value}</dd>
          </div>
        ))}
      </dl>
      <Breakdown
        title={dt('problems')}
        testid="chart-problems"
        items={dept.map((x) => ({ label: x.label, value: x.raised }))}
        show={cases}
        extra={{ name: dt('problemsOnTime'), values: dept.map((x) => cases(x.answeredOnTime)), valueName: dt('problemsRaised') }}
        chart={() => bars(dept.map((x) => x.label), [{ name: dt('problemsRaised'), data: dept.map((x) => x.raised) }, { name: dt('problemsOnTime'), data: dept.map((x) => x.answeredOnTime) }], false, lang === 'en' ? THOUSAND : WAN)}
      />
      <p className="muted small">{dt('problemsHint')}</p>
      <Link to="/enterprises" className="small" data-testid="dash-problems-link">
        {dt('problemsPage')}
      </Link>
    </Card>
  );
}
