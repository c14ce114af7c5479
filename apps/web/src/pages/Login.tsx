// Placeholder for the portals' log-in: it arrives with the platform; no fake log-in here.
import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n';

export default function Login() {
  const { t } = useI18n();
  return (
    <Result
      status="info"
      title={t('loginTitle')}
      subTitle={t('loginBody')}
      extra={
        <Link to="/">
          <Button type="primary">{t('loginGoCalc')}</Button>
        </Link>
      }
    />
  );
}
