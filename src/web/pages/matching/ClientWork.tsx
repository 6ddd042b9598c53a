// The coach's tab of a client's page: the job seeker profile (the coach may help with the content,
// never the visibility), jobs, employers' needs of the coach's units, and services for the client.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Section } from '../../components/ui.tsx';
import { useClient } from '../staff/ClientPage.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';
import { NeedMatchList, PostingMatchList, ServiceMatchList } from './parts.tsx';

export default function ClientWork() {
  const { t } = useTranslation();
  const { client } = useClient();
  const [version, setVersion] = useState(0);
  return (
    <>
      <Paragraph mb="m">{t('matching.coach.intro')}</Paragraph>
      <ProfileEditor clientId={client.id} self={false} onSaved={() => setVersion((n) => n + 1)} />
      <Section title={t('matching.jobs.title')} id="jobs">
        <PostingMatchList key={`jobs-${version}`} clientId={client.id} />
      </Section>
      <Section title={t('matching.needs.title')} id="needs">
        <NeedMatchList key={`needs-${version}`} clientId={client.id} />
      </Section>
      <Section title={t('matching.services.title')} id="services">
        <ServiceMatchList key={`services-${version}`} clientId={client.id} />
      </Section>
    </>
  );
}
