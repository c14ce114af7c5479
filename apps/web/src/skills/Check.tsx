// The public certificate check (/skills/check, no sign-in): a certificate number typed in, or the
// signed token its QR carries (?token=…), answered 有效, 已撤销 or 无效 with the holder masked.

import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Input, Space } from 'antd';
import { failText } from '../api';
import { skillsApi, type CertificateCheck } from './api';

export default function Check() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? undefined;
  const [number, setNumber] = useState(params.get('number') ?? '');
  const [result, setResult] = useState<CertificateCheck>();
  const [error, setError] = useState<string>();
  const check = (q: { number?: string; token?: string }) =>
    skillsApi.check(q).then(
      (r) => { setResult(r); setError(undefined); },
      (e: unknown) => { setResult(undefined); setError(failText(e)); },
    );
  useEffect(() => {
    if (token) void check({ token });
  }, [token]);
  return (
    <div data-testid="certificate-check" style={{ maxWidth: 640 }}>
      <h1>证书核验</h1>
      <Space.Compact style={{ width: '100%' }} className="block">
        <Input aria-label="证书编号" placeholder="输入证书编号" value={number} onChange={(e) => setNumber(e.target.value)} onPressEnter={() => void check({ number })} />
        <Button type="primary" onClick={() => void check({ number })} data-testid="check-certificate">核验</Button>
      </Space.Compact>
      {error && <Alert type="error" showIcon title={error} />}
      {result && (
        <Card size="small">
          <Alert type={result.valid ? 'success' : 'error'} showIcon title={<span data-testid="check-status">{result.statusLabel}</span>} description={result.reason} className="block" />
          {result.number && (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="证书编号">{result.number}</Descriptions.Item>
              {result.title && <Descriptions.Item label="证书名称">{result.title}</Descriptions.Item>}
              {result.holder && <Descriptions.Item label="持证人"><span data-testid="check-holder">{result.holder}</span>（{result.idMasked}）</Descriptions.Item>}
              {result.region && <Descriptions.Item label="考核地">{result.region}</Descriptions.Item>}
              {result.assessedOn && <Descriptions.Item label="考核日期">{result.assessedOn}</Descriptions.Item>}
              {result.issuedOn && <Descriptions.Item label="发证日期">{result.issuedOn}</Descriptions.Item>}
            </Descriptions>
          )}
        </Card>
      )}
    </div>
  );
}
