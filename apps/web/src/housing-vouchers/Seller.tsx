// A seller's phone page (售房单位核验员): redeem a 椒江 人才房票 by its code against the purchase
// contract — the buyer's ID number (must be the holder), contract number, house address, total price,
// date. Redeemed once; the same request resent answers the same; errors name the field.

import { useRef, useState } from 'react';
import { Button, Card, Input, Result, Space, Typography } from 'antd';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { formatDateTime, todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { newKey, yuanToFen } from '../inkind/api';
import { useAction } from '../inkind/parts';
import { housingVoucherApi, type HousingRedemption } from './api';

export default function SellerRedeem() {
  return (
    <RequireRole roles={['partner_verifier']}>
      <Page />
    </RequireRole>
  );
}

const FIELDS = [
  ['code', '房票券码', '12 位券码'],
  ['buyerIdNumber', '购房人身份证号', '须为房票持有人本人'],
  ['contractNo', '购房合同编号', '合同编号'],
  ['houseAddress', '房屋坐落', '如 椒江区某小区 3 幢 1201 室'],
  ['totalYuan', '合同总价（元）', '如 1800000'],
  ['contractDate', '合同签订日期', 'YYYY-MM-DD'],
] as const;

function Page() {
  const seller = useLoad(() => housingVoucherApi.mySeller(), []);
  const [form, setForm] = useState<Record<string, string>>({ contractDate: todayInChina() });
  const [answer, setAnswer] = useState<HousingRedemption | null>(null);
  const key = useRef(newKey());
  const a = useAction();
  const redeem = () =>
    a.run(async () => {
      const { totalYuan, ...rest } = form;
      setAnswer(await housingVoucherApi.redeem({ ...rest, totalPriceFen: yuanToFen(totalYuan ?? '') ?? -1, requestKey: key.current }));
    });
  return (
    <div data-testid="seller-redeem" style={{ maxWidth: 560, margin: '0 auto', padding: 8 }}>
      <h1 style={{ fontSize: 20 }}>核销人才房票</h1>
      <Loading loaded={seller}>{(s) => <Typography.Text>{`${s.name}（${s.kindText}）`}</Typography.Text>}</Loading>
      <Card size="small" style={{ marginTop: 8 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {FIELDS.map(([name, label, placeholder]) => (
            <label key={name} style={{ display: 'block' }}>
              <span>{label}</span>
              <Input
                aria-label={label}
                placeholder={placeholder}
                value={form[name] ?? ''}
                data-testid={`hv-${name}`}
                onChange={(e) => {
                  setForm({ ...form, [name]: e.target.value });
                  setAnswer(null);
                  key.current = newKey();
                }}
              />
            </label>
          ))}
          <Button type="primary" block loading={a.busy} data-testid="hv-redeem" onClick={() => void redeem()}>核销</Button>
          {a.feedback}
          {answer && (
            <Result status="success" title={<span data-testid="hv-redeem-status">{answer.statusText}</span>} subTitle={`${answer.holderName} · 合同 ${answer.contractNo} · 房票面额 ${formatFen(answer.amountFen)}（由区财政兑付给本单位，抵扣房款） · ${formatDateTime(answer.redeemedAt)}`} />
          )}
        </Space>
      </Card>
    </div>
  );
}
