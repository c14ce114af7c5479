// The joint review as a reviewer needs it: every department of the matter with what it is asked to
// check (from the matter catalogue), the caller's own department marked, and each one's opinion so
// far — or, before the clerk accepts the application, that the joint review starts on acceptance.

import { List, Tag } from 'antd';
import type { AppDetail, User } from '../api';
import { formatDateTime } from '../time';
import { usePT } from '../ui/i18n';

export function ReviewPoints({ a, user }: { a: AppDetail; user: User }) {
  const pt = usePT();
  const started = a.reviews.length > 0;
  const departments = a.matterInfo.departments.map((d) => ({ ...d, review: a.reviews.find((r) => r.department === d.code) }));
  // A review row for a department the catalogue no longer lists still shows.
  for (const r of a.reviews) if (!departments.some((d) => d.code === r.department)) departments.push({ code: r.department, name: r.departmentName, checks: undefined, review: r });
  return (
    <>
      <div className="muted small block">{pt('reviewPointsHint')}</div>
      <List
        size="small"
        className="review-points"
        dataSource={departments}
        renderItem={(d) => {
          const r = d.review;
          const mine = d.code === user.department;
          return (
            <List.Item data-dept={d.code} className={mine ? 'my-department' : undefined}>
              <div className="review-point">
                <div>
                  <b>{d.name}</b>
                  {mine && <span className="muted">{pt('myDepartment')}</span>}
                </div>
                {d.checks && <div className="small" data-testid={`checks-${d.code}`}>{d.checks}</div>}
                {r?.reason && <div className="small">{pt('reason')}：{r.reason}</div>}
              </div>
              <span className="review-decision">
                {!started || !r ? (
                  <Tag>{pt('notReviewingYet')}</Tag>
                ) : r.decision === null ? (
                  <Tag>{pt('pending')}</Tag>
                ) : r.decision === 'approve' ? (
                  <Tag color="green">{pt('approveDept')}</Tag>
                ) : (
                  <Tag color="red">{pt('rejectDept')}</Tag>
                )}
                {r?.by && <span className="muted small">{r.by}</span>}
                {r?.at && <span className="muted small nowrap"> {formatDateTime(r.at)}</span>}
              </span>
            </List.Item>
          );
        }}
      />
    </>
  );
}
