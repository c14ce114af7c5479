// The talent's 椒江 人才房票: amount, validity, the code to show a seller, status, and where it was
// redeemed (seller, contract). Codes are the talent's own; staff see them masked.

import { Card, Descriptions, List, Typography } from 'antd';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { formatDateTime } from '../time';
import { Loading } from '../ui/common';
import { Quiet, StatusTag } from '../inkind/parts';
import { housingVoucherApi, type HousingVoucher } from './api';

export default function MyHousingVouchers() {
  const list = useLoad(() => housingVoucherApi.mine(), []);
  return (
    <Card size="small" title="我的人才房票（椒江）" className="block" data-testid="my-housing-vouchers">
      <Loading loaded={list}>
        {(rows) =>
          rows.length ? (
            <List dataSource={rows} renderItem={(v) => <List.Item key={v.id}><Voucher v={v} /></List.Item>} />
          ) : (
            <Quiet>暂无房票：全职在椒江就业的人才可在“申报事项”中申请“椒江人才房票联审”，联审通过后发放。</Quiet>
          )
        }
      </Loading>
    </Card>
  );
}

function Voucher({ v }: { v: HousingVoucher }) {
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ width: '100%' }}>
      <Descriptions.Item label="面额"><span data-testid="hv-amount">{formatFen(v.amountFen)}</span></Descriptions.Item>
      <Descriptions.Item label="状态"><span data-testid="hv-status"><StatusTag status={v.status} text={v.statusText} /></span></Descriptions.Item>
      <Descriptions.Item label="券码">
        <Typography.Text copyable={v.status === 'issued'} strong data-testid="hv-code" style={{ letterSpacing: 2 }}>{v.code}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="有效期">{v.validFrom} 至 {v.validTo}</Descriptions.Item>
      {v.redemption && <Descriptions.Item label="核销">{`${v.redemption.sellerName} · 合同 ${v.redemption.contractNo} · ${formatDateTime(v.redemption.redeemedAt)}`}</Descriptions.Item>}
      {v.cancelReason && <Descriptions.Item label="作废理由">{v.cancelReason}</Descriptions.Item>}
      {v.status === 'issued' && <Descriptions.Item label="使用">在椒江区登记的售房单位购房时出示券码和身份证，房票限本人使用、只能核销一次。</Descriptions.Item>}
    </Descriptions>
  );
}
