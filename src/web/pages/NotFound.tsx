import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { PageTitle } from '../components/Layout.tsx';

export default function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Paragraph mb="m">{t('notFound.text')}</Paragraph>
      <Link to="/">{t('notFound.home')}</Link>
    </div>
  );
}
