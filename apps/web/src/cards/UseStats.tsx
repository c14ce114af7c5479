// The talent office's view of card uses: counts by service, partner, county and month, in the
// counties the caller oversees.

import { Statistic, Table } from 'antd';
import { request } from '../api';
import { useLoad } from '../hooks';
import { Loading } from '../ui/common';

interface Row { service: string; serviceName: string; partner: string; partnerName: string; region: string; regionName: string; month: string; uses: number }

export default function UseStats() {
  const stats = useLoad(() => request<{ total: number; rows: Row[] }>('/api/v1/cards/uses/stats'), []);
  return (
    <Loading loaded={stats}>
      {(s) => (
        <div data-testid="card-use-stats">
          <Statistic title="人才码使用次数（合计）" value={s.total} className="block" />
          <Table<Row>
            size="small"
            rowKey={(r) => `${r.month}-${r.service}-${r.partner}-${r.region}`}
            dataSource={s.rows}
            pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
            scroll={{ x: 560 }}
            locale={{ emptyText: '暂无使用记录' }}
            columns={[
              { title: '月份', dataIndex: 'month' },
              { title: '服务', dataIndex: 'serviceName' },
              { title: '合作单位', dataIndex: 'partnerName' },
              { title: '县（市、区）', dataIndex: 'regionName' },
              { title: '次数', dataIndex: 'uses', align: 'right' },
            ]}
          />
        </div>
      )}
    </Loading>
  );
}
