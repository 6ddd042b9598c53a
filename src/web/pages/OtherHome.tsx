// Home of the roles whose tools come in later releases: purchaser, employer, researcher.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { useUser } from '../auth.tsx';
import { PageTitle } from '../components/Layout.tsx';
import { Section } from '../components/ui.tsx';

const COMING: Record<string, string[]> = {
  employer: ['jobs', 'services', 'candidates'],
  researcher: ['openData'],
  decision_maker: ['dashboards'],
};

export default function OtherHome() {
  const { t } = useTranslation();
  const user = useUser();
  const items = COMING[user.role] ?? [];
  return (
    <div className="narrow">
      <PageTitle>{t('otherHome.title', { name: user.displayName })}</PageTitle>
      <Paragraph mb="m">{t('otherHome.intro', { role: t(`codes.roles.${user.role}`) })}</Paragraph>
      {user.role === 'purchaser' ? (
        <Section title={t('catalogue.purchasing.homeTitle')}>
          <ul className="plain-list">
            <li>
              <Link to="/purchasing/contracts">{t('catalogue.purchasing.homeContracts')}</Link>
            </li>
            <li>
              <Link to="/purchasing/terms-preview">{t('catalogue.purchasing.homePreview')}</Link>
            </li>
            <li>
              <Link to="/analytics">{t('analytics.homeLink')}</Link>
            </li>
          </ul>
        </Section>
      ) : null}
      {user.role === 'researcher' ? (
        <Paragraph mb="m">
          <Link to="/analytics">{t('analytics.homeLink')}</Link>
        </Paragraph>
      ) : null}
      {items.length > 0 ? (
        <Section title={t('otherHome.comingTitle')}>
          <ul className="plain-list">
            {items.map((item) => (
              <li key={item}>{t(`otherHome.coming.${item}`)}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Paragraph>{t('otherHome.noClientData')}</Paragraph>
    </div>
  );
}
