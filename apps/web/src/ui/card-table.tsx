// Lists that are a table on a wide screen and a stack of cards on a phone (narrower than 768 px): no
// sideways scrolling, amounts never cut off, names never wrapped one character per line. One set of
// columns drives both: on a card the `card: 'title'` column heads it, a `card: 'extra'` column sits at
// the heading's right (a state tag), `card: 'actions'` columns close it without a label, and every
// other column is a line “标签  值” (left out when empty or “—”). Each card carries the row's key
// (data-row-key), as the table's rows do.

import { useState, useSyncExternalStore, type Key, type ReactNode } from 'react';
import { Card, Empty, Pagination, Spin, Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';

const NARROW = '(max-width: 767.98px)';

function subscribe(onChange: () => void) {
  const m = window.matchMedia(NARROW);
  m.addEventListener('change', onChange);
  return () => m.removeEventListener('change', onChange);
}

/** True on a phone-width screen (below 768 px), kept up to date as the window changes. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches, () => false);
}

export interface CardColumn<T> extends ColumnType<T> {
  /** Its place on a card: the heading, beside the heading, the unlabelled footer, left out, or (default) a labelled line. */
  card?: 'title' | 'extra' | 'actions' | 'hide';
}

type Props<T> = Omit<TableProps<T>, 'columns'> & { columns: CardColumn<T>[] };

function cellOf<T extends object>(col: CardColumn<T>, record: T, index: number): ReactNode {
  const di = col.dataIndex;
  const value = typeof di === 'string' || typeof di === 'number' ? (record as Record<string, unknown>)[di] : undefined;
  if (col.render) return col.render(value, record, index) as ReactNode;
  return value === null || value === undefined ? '' : (value as ReactNode);
}

export function CardTable<T extends object>(props: Props<T>) {
  const narrow = useNarrow();
  if (!narrow) return <Table<T> {...props} />;
  return <Cards {...props} />;
}

function Cards<T extends object>({ columns, dataSource, rowKey, pagination, loading, locale, className, rowClassName, 'data-testid': testId }: Props<T> & { 'data-testid'?: string }) {
  const [ownPage, setOwnPage] = useState(1);
  const rows = [...(dataSource ?? [])];
  const keyOf = (r: T, i: number): Key => (typeof rowKey === 'function' ? rowKey(r) : rowKey ? ((r as Record<string, unknown>)[rowKey as string] as Key) : i);
  const pg = pagination === false || pagination === undefined ? undefined : pagination;
  const pageSize = pg?.pageSize ?? 10;
  const current = pg?.current ?? ownPage;
  const total = pg?.total ?? rows.length;
  // Server-paginated lists hold one page; a whole list is cut into pages here.
  // A list without pagination shows every row, as the table does.
  const shown = pg && rows.length > pageSize ? rows.slice((current - 1) * pageSize, current * pageSize) : rows;
  const title = columns.find((c) => c.card === 'title');
  const extraCol = columns.find((c) => c.card === 'extra');
  const actions = columns.filter((c) => c.card === 'actions');
  const lines = columns.filter((c) => !c.card);
  const busy = typeof loading === 'object' ? !!loading.spinning : !!loading;
  return (
    <div className={`card-list ${className ?? ''}`} data-testid={testId}>
      <Spin spinning={busy}>
        {shown.length === 0 ? (
          <div className="card-list-empty">{(locale?.emptyText as ReactNode) ?? <Empty />}</div>
        ) : (
          shown.map((r, i) => {
            const extra = typeof rowClassName === 'function' ? rowClassName(r, i, 0) : (rowClassName ?? '');
            return (
              <Card key={keyOf(r, i)} size="small" className={`list-card ${extra}`} data-row-key={String(keyOf(r, i))} title={title ? cellOf(title, r, i) : undefined} extra={extraCol ? cellOf(extraCol, r, i) : undefined}>
                <dl className="list-card-lines">
                  {lines.map((c, j) => {
                    const v = cellOf(c, r, i);
                    if (v === '' || v === '—' || v === null || v === undefined) return null;
                    return (
                      <div key={String(c.key ?? c.dataIndex ?? j)} className="list-card-line">
                        <dt>{c.title as ReactNode}</dt>
                        <dd>{v}</dd>
                      </div>
                    );
                  })}
                </dl>
                {actions.length > 0 && <div className="list-card-actions">{actions.map((c, j) => <div key={String(c.key ?? j)}>{cellOf(c, r, i)}</div>)}</div>}
              </Card>
            );
          })
        )}
      </Spin>
      {pg && total > pageSize && (
        <Pagination
          className="card-list-pagination"
          size="small"
          simple
          current={current}
          pageSize={pageSize}
          total={total}
          onChange={(p, s) => {
            setOwnPage(p);
            pg.onChange?.(p, s);
          }}
        />
      )}
    </div>
  );
}
