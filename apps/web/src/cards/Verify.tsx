// The partner's verification page (合作单位核验), made for a phone: scan the talent's QR with the
// camera (the scanner is loaded only when asked for) or type / paste the code; the answer is
// 有效 / 已过期 / 已吊销 / 无效 with only the masked name and the card's level. With a service chosen,
// a valid card's use is recorded — once for this request, however often it is resent. A seller of 椒江's
// housing vouchers (no card services) is sent on to its redeeming page.

import { useEffect, useRef, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, Button, Card, Input, Radio, Result, Space, Typography } from 'antd';
import { errorText } from '../api';
import { useLoad } from '../hooks';
import { Loading, RequireRole } from '../ui/common';
import { cardsApi, type VerifyAnswer } from './api';
import { offersCardServices, redeemsHousingVouchers } from './PartnerNav';

const newRequestId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);
const RESULT_STATUS = { valid: 'success', expired: 'warning', revoked: 'error', invalid: 'error' } as const;

function Scanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let scanner: { stop(): void; destroy(): void } | undefined;
    let live = true;
    void import('qr-scanner').then(async ({ default: QrScanner }) => {
      if (!live || !video.current) return;
      const s = new QrScanner(video.current, (r) => onCode(r.data), { returnDetailedScanResult: true, preferredCamera: 'environment' });
      scanner = s;
      await s.start().catch(() => live && setError('无法打开摄像头，请允许浏览器使用摄像头，或直接粘贴码文'));
    });
    return () => {
      live = false;
      scanner?.stop();
      scanner?.destroy();
    };
  }, []);
  return (
    <div>
      {error && <Alert type="warning" showIcon message={error} />}
      <video ref={video} style={{ width: '100%', maxHeight: 320 }} muted playsInline aria-label="扫码画面" />
      <Button onClick={onClose}>关闭扫码</Button>
    </div>
  );
}

function VerifyPage() {
  const partner = useLoad(() => cardsApi.partner(), []);
  const [code, setCode] = useState('');
  const [service, setService] = useState<string>();
  const [answer, setAnswer] = useState<VerifyAnswer | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [scanning, setScanning] = useState(false);
  // One request id per code shown: resending the same verification records nothing twice.
  const requestId = useRef(newRequestId());
  const check = async (opts: { record: boolean; refresh?: boolean; text?: string }) => {
    const c = (opts.text ?? code).trim();
    if (!c) return setError('请扫码或粘贴人才码');
    setBusy(true);
    setError(undefined);
    try {
      setAnswer(await cardsApi.verify({ code: c, ...(opts.record && service ? { service, requestId: requestId.current } : {}), ...(opts.refresh ? { refresh: true } : {}) }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const next = () => {
    setCode('');
    setAnswer(null);
    requestId.current = newRequestId();
  };
  // A seller of 椒江's housing vouchers verifies no talent cards: its home is the redeeming page.
  if (partner.data && !offersCardServices(partner.data) && redeemsHousingVouchers(partner.data)) return <Navigate to="/housing-vouchers/redeem" replace />;
  return (
    <div className="card-verify" data-testid="card-verify" style={{ maxWidth: 480, margin: '0 auto', padding: 8 }}>
      <h1 style={{ fontSize: 20 }}>人才码核验</h1>
      <Loading loaded={partner}>
        {(pt) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text data-testid="partner-name">{pt.name}</Typography.Text>
            <Radio.Group value={service} onChange={(e) => setService(e.target.value as string)} aria-label="提供的服务">
              {pt.services.map((s) => (
                <Radio.Button key={s.code} value={s.code}>
                  <span data-testid={`service-${s.code}`}>{s.name}</span>
                </Radio.Button>
              ))}
            </Radio.Group>
            {scanning ? (
              <Scanner
                onCode={(text) => {
                  setScanning(false);
                  setCode(text);
                  requestId.current = newRequestId();
                  void check({ record: false, text });
                }}
                onClose={() => setScanning(false)}
              />
            ) : (
              <Button block onClick={() => setScanning(true)} data-testid="scan">扫码</Button>
            )}
            <Input.TextArea
              rows={3}
              value={code}
              onChange={(e) => {
                setCode(e.target.value);
                setAnswer(null);
                requestId.current = newRequestId();
              }}
              placeholder="或粘贴 / 输入人才码"
              aria-label="人才码"
              data-testid="code-input"
            />
            <Space wrap>
              <Button type="primary" loading={busy} onClick={() => void check({ record: false })} data-testid="verify">核验</Button>
              <Button loading={busy} onClick={() => void check({ record: false, refresh: true })} data-testid="verify-refresh">更新吊销名单后核验</Button>
            </Space>
            {error && <Alert type="error" showIcon message={error} />}
            {answer && (
              <Card size="small" data-testid="verify-answer">
                <Result
                  status={RESULT_STATUS[answer.status]}
                  title={<span data-testid="verify-status">{answer.statusText}</span>}
                  subTitle={
                    <>
                      {answer.maskedName && <div data-testid="verify-name">{answer.maskedName} · {answer.levelName}</div>}
                      <div>{answer.reason}</div>
                      {answer.listAgeSeconds !== null && <div>吊销名单更新于 {Math.round(answer.listAgeSeconds / 60)} 分钟前</div>}
                    </>
                  }
                />
                {answer.use ? (
                  <Alert type="success" showIcon message={`已登记：${answer.use.serviceName}，${new Date(answer.use.usedAt).toLocaleString('zh-CN')}`} data-testid="use-recorded" />
                ) : (
                  answer.status === 'valid' && (
                    <Button type="primary" block disabled={!service} loading={busy} onClick={() => void check({ record: true })} data-testid="record-use">
                      {service ? '登记本次服务' : '请先选择服务'}
                    </Button>
                  )
                )}
                <Button block style={{ marginTop: 8 }} onClick={next}>核验下一位</Button>
              </Card>
            )}
          </Space>
        )}
      </Loading>
    </div>
  );
}

export default function Verify() {
  return (
    <RequireRole roles={['partner_verifier']}>
      <VerifyPage />
    </RequireRole>
  );
}
