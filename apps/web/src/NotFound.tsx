// Any unknown path inside the app.
import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from './i18n';

export default function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('notFoundTitle')}
      subTitle={t('notFoundBody')}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
