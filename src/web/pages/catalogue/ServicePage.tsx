// A published service with all its fields, the remote-delivery description when it is delivered at
// a distance, and the earlier versions of its description. A coach refers a client of the caseload
// to the service from here; the provider's unit manager finds the edit page.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { addDays, isIsoDate } from '../../../domain/calendar/dates.ts';
import { api } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { DateField, SelectField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, bind, Facts, FormShell, Section } from '../../components/ui.tsx';
import { displayDate, displayInstant, todayIso } from '../../format.ts';
import { useApi, useFields, useSubmit } from '../../hooks.ts';
import type { Caseload } from '../../types.ts';
import { pickText, useMoney } from '../purchaser/shared.tsx';
import { REMOTE_FIELDS, useLanguageName, useMunicipality, type Service, type ServiceTexts } from './shared.tsx';

export default function ServicePage() {
  const { serviceId } = useParams();
  const service = useApi<Service>(`/api/catalogue/services/${serviceId}`);
  return <Async state={service}>{(s) => <ServiceView service={s} />}</Async>;
}

function ServiceView({ service: s }: { service: Service }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const money = useMoney();
  const municipality = useMunicipality();
  const languageName = useLanguageName();
  const text = (field: keyof ServiceTexts, texts: ServiceTexts = s.texts) => pickText(texts[field] as never, i18n.language);
  const name = text('name');
  return (
    <>
      <PageTitle>{name}</PageTitle>
      <p className="page-actions">
        <Link to="/catalogue">{t('catalogue.backToSearch')}</Link>
        {s.canManage ? (
          <>
            {' · '}
            <Link to={`/provider/services/${s.id}`}>{t('catalogue.editService')}</Link>
          </>
        ) : null}
      </p>
      {!s.published ? <Badge tone="warning">{t('catalogue.unpublished')}</Badge> : null}
      <Paragraph mb="m">{text('description')}</Paragraph>
      <Facts
        items={[
          [t('catalogue.providerLabel'), `${s.provider.name}${s.provider.sector ? ` (${t(`codes.providerSectors.${s.provider.sector}`)})` : ''}`],
          [t('catalogue.kind'), t(`codes.serviceKinds.${s.kind}`)],
          [t('catalogue.deliveryMode'), t(`codes.deliveryModes.${s.deliveryMode}`)],
          [t('catalogue.municipalitiesLabel'), s.municipalityCodes.map(municipality).join(', ')],
          [t('catalogue.languages'), s.languages.map(languageName).join(', ')],
          [t('catalogue.targetGroup'), text('targetGroup')],
          [t('catalogue.targetFactors'), s.targetFactors.map((f) => t(`codes.backgroundFactors.${f}`)).join(', ')],
          [t('catalogue.area'), text('area')],
          [t('catalogue.schedule'), text('schedule')],
          [t('catalogue.price'), s.priceCents !== null && s.priceUnit ? `${money(s.priceCents)} / ${t(`codes.priceUnits.${s.priceUnit}`)}` : ''],
          [t('catalogue.priceNote'), text('priceNote')],
          [t('catalogue.capacity'), s.capacity === null ? '' : t('catalogue.capacityValue', { count: s.capacity })],
          [t('catalogue.updated'), t('catalogue.versionValue', { version: s.version, date: displayInstant(s.updatedAt, i18n.language) })],
        ]}
      />
      {s.deliveryMode !== 'onsite' ? (
        <Section title={t('catalogue.remoteTitle')} id="remote">
          <Facts items={REMOTE_FIELDS.map((field) => [t(`catalogue.remote.${field}`), pickText(s.texts.remote?.[field], i18n.language)])} />
        </Section>
      ) : null}
      {user?.role === 'coach' && s.published ? <ReferForm service={s} name={name} /> : null}
      <Section title={t('catalogue.historyTitle')} id="history">
        {(s.history ?? []).length === 0 ? (
          <Paragraph>{t('catalogue.noHistory')}</Paragraph>
        ) : (
          (s.history ?? []).map((version) => (
            <details key={version.version} className="preview-months">
              <summary>{t('catalogue.historyVersion', { version: version.version, date: displayInstant(version.createdAt, i18n.language) })}</summary>
              <Paragraph mb="s">
                <strong>{text('name', version.content.texts)}</strong>
              </Paragraph>
              <Paragraph>{text('description', version.content.texts)}</Paragraph>
            </details>
          ))
        )}
      </Section>
    </>
  );
}

/** A coach picks a client of the caseload and refers them to the service. */
function ReferForm({ service, name }: { service: Service; name: string }) {
  const { t } = useTranslation();
  const caseload = useApi<Caseload>('/api/caseload');
  const today = todayIso();
  const fields = useFields({ clientId: '', referredOn: today, followUpOn: addDays(today, 21) });
  const v = fields.values;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.clientId) errors.clientId = 'errors.required';
      if (!isIsoDate(v.referredOn)) errors.referredOn = 'errors.invalidDate';
      if (!isIsoDate(v.followUpOn)) errors.followUpOn = 'errors.invalidDate';
      else if (isIsoDate(v.referredOn) && v.followUpOn < v.referredOn) errors.followUpOn = 'errors.dateOrder';
      return errors;
    },
    send: (key) => api.post(`/api/catalogue/services/${service.id}/referrals`, v, key),
    savedText: t('catalogue.referred', { service: name, date: displayDate(v.followUpOn) }),
    onSuccess: () => fields.set('clientId', ''),
  });
  const f = (path: string) => bind('refer', submission, path);
  return (
    <Section title={t('catalogue.referTitle')} id="refer">
      <div className="narrow">
        <Paragraph mb="s">{t('catalogue.referIntro')}</Paragraph>
        <Async state={caseload}>
          {(data) => (
            <FormShell id="refer" submission={submission} submitLabel={t('catalogue.referSubmit')}>
              <SelectField
                {...f('clientId')}
                label={t('catalogue.referClient')}
                value={v.clientId}
                onChange={(x) => fields.set('clientId', x)}
                options={[...data.clients].sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`)).map((c) => ({ value: c.id, label: `${c.lastName} ${c.firstName}` }))}
              />
              <DateField {...f('referredOn')} label={t('catalogue.referredOn')} value={v.referredOn} onChange={(x) => fields.set('referredOn', x)} />
              <DateField {...f('followUpOn')} label={t('catalogue.followUpOn')} value={v.followUpOn} onChange={(x) => fields.set('followUpOn', x)} />
            </FormShell>
          )}
        </Async>
      </div>
    </Section>
  );
}
