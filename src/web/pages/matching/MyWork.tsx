// The client's own "My skills and work" page: the profile editor (with the suggester), then job
// and service suggestions with their reasons.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { PageTitle } from '../../components/Layout.tsx';
import { Section } from '../../components/ui.tsx';
import { useMyClientId } from '../client/useMyClientId.ts';
import { ProfileEditor } from './ProfileEditor.tsx';
import { PostingMatchList, ServiceMatchList } from './parts.tsx';

export default function MyWork() {
  const { t } = useTranslation();
  const clientId = useMyClientId();
  // A saved profile changes the suggestions: remount the lists to fetch them again.
  const [version, setVersion] = useState(0);
  return (
    <div>
      <PageTitle>{t('matching.my.title')}</PageTitle>
      <Paragraph mb="m">{t('matching.my.intro')}</Paragraph>
      <ProfileEditor clientId={clientId} self onSaved={() => setVersion((n) => n + 1)} />
      <Section title={t('matching.jobs.title')} id="jobs">
        <PostingMatchList key={`jobs-${version}`} clientId={clientId} />
      </Section>
      <Section title={t('matching.services.title')} id="services">
        <ServiceMatchList key={`services-${version}`} clientId={clientId} />
      </Section>
    </div>
  );
}
