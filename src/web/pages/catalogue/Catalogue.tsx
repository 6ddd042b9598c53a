// The public service catalogue: anyone, signed in or not, searches and filters the published
// services in Finnish, Swedish or English. The filters live in the address, so a search can be shared.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Paragraph } from 'suomifi-ui-components';
import { DELIVERY_MODES, SERVICE_KINDS } from '../../../domain/codes.ts';
import { query } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { CodeSelect, SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, Empty } from '../../components/ui.tsx';
import { useApi } from '../../hooks.ts';
import { useMoney } from '../purchaser/shared.tsx';
import { MUNICIPALITY_CODES, useLanguageName, useMunicipality, type Service } from './shared.tsx';

const LANGUAGE_FILTER = ['fi', 'sv', 'en', 'ru', 'et', 'uk', 'ar', 'so'];

export default function Catalogue() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const lang = ['fi', 'sv', 'en'].includes(i18n.language) ? i18n.language : 'fi';
  const current = {
    q: params.get('q') ?? '',
    kind: params.get('kind') ?? '',
    municipality: params.get('municipality') ?? '',
    deliveryMode: params.get('deliveryMode') ?? '',
    language: params.get('language') ?? '',
  };
  const [form, setForm] = useState(current);
  const results = useApi<{ total: number; items: Service[] }>(`/api/catalogue/services${query({ ...current, lang, limit: 100 })}`);
  const municipality = useMunicipality();
  const languageName = useLanguageName();
  const money = useMoney();
  const search = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) if (value.trim()) next.set(key, value.trim());
    setParams(next);
  };
  return (
    <>
      <PageTitle>{t('catalogue.title')}</PageTitle>
      <Paragraph mb="m">{t('catalogue.intro')}</Paragraph>
      {user?.role === 'unit_manager' || user?.role === 'admin' ? (
        <p className="page-actions">
          <Link to="/provider/services">{t('catalogue.ownServicesLink')}</Link>
        </p>
      ) : null}
      {/* Keyed by the language: the dropdowns show their chosen label in the language they were made in. */}
      <form key={lang} role="search" aria-label={t('catalogue.searchLabel')} className="filters" onSubmit={search}>
        <TextField id="catalogue-q" label={t('catalogue.freeText')} hint={t('catalogue.freeTextHint')} optional value={form.q} onChange={(q) => setForm({ ...form, q })} />
        <CodeSelect id="catalogue-kind" label={t('catalogue.kind')} optional list="serviceKinds" codes={SERVICE_KINDS} value={form.kind} onChange={(kind) => setForm({ ...form, kind })} />
        <SelectField
          id="catalogue-municipality"
          label={t('catalogue.municipality')}
          optional
          value={form.municipality}
          onChange={(value) => setForm({ ...form, municipality: value })}
          options={MUNICIPALITY_CODES.map((code) => ({ value: code, label: municipality(code) }))}
        />
        <CodeSelect id="catalogue-deliveryMode" label={t('catalogue.deliveryMode')} optional list="deliveryModes" codes={DELIVERY_MODES} value={form.deliveryMode} onChange={(deliveryMode) => setForm({ ...form, deliveryMode })} />
        <SelectField
          id="catalogue-language"
          label={t('catalogue.language')}
          optional
          value={form.language}
          onChange={(language) => setForm({ ...form, language })}
          options={LANGUAGE_FILTER.map((code) => ({ value: code, label: languageName(code) }))}
        />
        <div className="form-actions">
          <Button type="submit">{t('catalogue.searchSubmit')}</Button>
        </div>
      </form>
      <Async state={results}>
        {(data) => (
          <>
            <p className="result-count" role="status" aria-live="polite">
              {t('catalogue.resultCount', { count: data.total })}
            </p>
            {data.items.length === 0 ? (
              <Empty>{t('catalogue.noResults')}</Empty>
            ) : (
              <ul className="catalogue-results">
                {data.items.map((service) => (
                  <li key={service.id} className="card">
                    <h2 className="card-title">
                      <Link to={`/catalogue/${service.id}`}>{service.name}</Link>
                    </h2>
                    <p className="card-meta">
                      {service.provider.name} · {t(`codes.serviceKinds.${service.kind}`)}{' '}
                      <Badge>{t(`codes.deliveryModes.${service.deliveryMode}`)}</Badge>
                    </p>
                    <p className="muted">
                      {service.municipalityCodes.map(municipality).join(', ')}
                      {service.languages.length ? ` · ${service.languages.map(languageName).join(', ')}` : ''}
                      {service.priceCents !== null && service.priceUnit ? ` · ${money(service.priceCents)} / ${t(`codes.priceUnits.${service.priceUnit}`)}` : ''}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Async>
    </>
  );
}
