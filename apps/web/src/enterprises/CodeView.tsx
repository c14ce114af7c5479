// What a visiting cadre sees after scanning an enterprise code (/enterprises/code?c=…): the server
// checks the code's signature, expiry and version and the cadre's scope, then this page shows the
// enterprise (contact masked), its open problems with their deadlines, its talent demands and its
// designated 首席技术官. Not
// signed in → the sign-in page, then back here; a forged, expired or voided code → the refusal in words.

import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Result } from 'antd';
import { useLoad } from '../hooks';
import { formatDateTime } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { entApi, type EnterpriseServicePage } from './api';
import { CtoTable, DemandTable, ProblemTable } from './parts';

function Page({ token }: { token: string }) {
  const loaded = useLoad(() => Promise.all([entApi.scan(token), entApi.catalogues()]), [token]);
  if (loaded.error && !loaded.data && !loaded.error.startsWith('未找到') && !loaded.error.startsWith('请先登录'))
    return <Result status="warning" title="无法打开该企业码" subTitle={loaded.error} data-testid="code-refused" />;
  return (
    <Loading loaded={loaded} notFound="未找到该企业（不在本人管辖地区，或企业不存在）">
      {([v, cat]) => <Service v={v} departments={cat.departments} reload={loaded.retry} />}
    </Loading>
  );
}

function Service({ v, departments, reload }: { v: EnterpriseServicePage; departments: Array<{ code: string; label: string }>; reload: () => void }) {
  const e = v.enterprise;
  return (
    <div data-testid="enterprise-service">
      <h1>{e.name}</h1>
      {/* The scan itself is not a visit: the cadre records one here, with this enterprise chosen. */}
      <Link to={`/visits?enterprise=${e.id}`} className="block"><Button type="primary" data-testid="record-visit-from-code">登记走访</Button></Link>
      <Alert type="success" showIcon className="block" title={`企业码有效（第 ${v.code.version} 版，有效期至 ${formatDateTime(v.code.expiresAt)}）`} />
      <Descriptions
        size="small"
        className="block"
        items={[
          { key: 'c', label: '统一社会信用代码', children: e.creditCode },
          { key: 'i', label: '所属行业', children: e.industryName },
          { key: 'r', label: '所在县（市、区）', children: e.regionName },
          { key: 'z', label: '企业规模', children: e.sizeName },
          { key: 'p', label: '联系人', children: `${e.contactName} ${e.contactPhoneMasked}` },
        ]}
      />
      <Card size="small" title={`未办结的问题（${v.openProblems.length}）`} className="block">
        <ProblemTable rows={v.openProblems} departments={departments} showEnterprise={false} onChanged={reload} />
      </Card>
      <Card size="small" title="人才需求" className="block">
        {v.demands ? <DemandTable rows={v.demands} showEnterprise={false} /> : <Alert type="info" showIcon title="人才需求由人才办和领导查看。" />}
      </Card>
      <Card size="small" title="首席技术官" className="block">
        <CtoTable rows={v.ctos} showEnterprise={false} />
      </Card>
    </div>
  );
}

export default function CodeView() {
  const [params] = useSearchParams();
  const token = params.get('c') ?? '';
  return (
    <RequireRole roles={['clerk', 'reviewer', 'leader', 'admin']}>
      {token ? <Page token={token} /> : <Result status="warning" title="无法打开该企业码" subTitle="链接中没有企业码，请重新扫码" data-testid="code-refused" />}
    </RequireRole>
  );
}
