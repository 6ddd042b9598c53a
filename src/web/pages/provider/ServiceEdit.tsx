// Adding or editing a service of the provider: the facts, and the texts in Finnish, Swedish and
// English one language at a time. Remote and hybrid services describe their remote delivery (the
// eight texts Tampere asked for) before they can be published. Saving a changed description keeps
// the earlier one in the history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { BACKGROUND_FACTORS, DELIVERY_MODES, PRICE_UNITS, SERVICE_KINDS } from '../../../domain/codes.ts';
import { api } from '../../api.ts';
import { AreaField, CheckGroupField, CodeRadio, CodeSelect, RadioField, SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, bind, FormShell } from '../../components/ui.tsx';
import { parseDecimal } from '../../format.ts';
import { useApi, useFields, useSubmit } from '../../hooks.ts';
import { MUNICIPALITY_CODES, REMOTE_FIELDS, TEXT_FIELDS, useLanguageName, useMunicipality, type Service, type ServiceTexts } from '../catalogue/shared.tsx';

const LANGS = ['fi', 'sv', 'en'] as const;
type Lang = (typeof LANGS)[number];
const SERVICE_LANGUAGES = ['fi', 'sv', 'en', 'ru', 'et', 'uk', 'ar', 'so', 'fa', 'ku', 'vi', 'se'];

/** Texts as flat form values: "description.fi", "remote.methods.sv". */
type TextValues = Record<string, string>;

function flattenTexts(texts: ServiceTexts | undefined): TextValues {
  const out: TextValues = {};
  for (const field of TEXT_FIELDS) for (const lang of LANGS) out[`${field}.${lang}`] = (texts?.[field] as Record<string, string> | undefined)?.[lang] ?? '';
  for (const field of REMOTE_FIELDS) for (const lang of LANGS) out[`remote.${field}.${lang}`] = (texts?.remote?.[field] as Record<string, string> | undefined)?.[lang] ?? '';
  return out;
}

function textsOf(values: TextValues, remote: boolean) {
  const localized = (key: string) => Object.fromEntries(LANGS.map((lang) => [lang, values[`${key}.${lang}`].trim() || null]));
  const has = (key: string) => LANGS.some((lang) => values[`${key}.${lang}`].trim());
  const texts: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) if (field === 'name' || field === 'description' || has(field)) texts[field] = localized(field);
  if (remote) texts.remote = Object.fromEntries(REMOTE_FIELDS.filter((f) => has(`remote.${f}`)).map((f) => [f, localized(`remote.${f}`)]));
  return texts;
}

export default function ServiceEdit() {
  const { serviceId } = useParams();
  const service = useApi<Service>(serviceId ? `/api/catalogue/services/${serviceId}` : null);
  if (!serviceId) return <ServiceForm service={null} />;
  return <Async state={service}>{(s) => <ServiceForm service={s} />}</Async>;
}

function ServiceForm({ service }: { service: Service | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const municipality = useMunicipality();
  const languageName = useLanguageName();
  const [lang, setLang] = useState<Lang>('fi');
  const fields = useFields({
    kind: service?.kind ?? '',
    deliveryMode: service?.deliveryMode ?? 'onsite',
    municipalityCodes: service?.municipalityCodes ?? ['837'],
    languages: service?.languages ?? ['fi'],
    targetFactors: service?.targetFactors ?? [],
    price: service?.priceCents == null ? '' : String(service.priceCents / 100).replace('.', ','),
    priceUnit: service?.priceUnit ?? '',
    capacity: service?.capacity == null ? '' : String(service.capacity),
    texts: flattenTexts(service?.texts),
  });
  const v = fields.values;
  const remote = v.deliveryMode !== 'onsite';
  const setText = (key: string, value: string) => fields.set('texts', { ...v.texts, [key]: value });
  const submission = useSubmit<Service>({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.kind) errors.kind = 'errors.required';
      if (v.municipalityCodes.length === 0) errors.municipalityCodes = 'errors.required';
      if (!LANGS.some((l) => v.texts[`name.${l}`].trim())) errors['texts.name'] = 'errors.required';
      if (!LANGS.some((l) => v.texts[`description.${l}`].trim())) errors['texts.description'] = 'errors.required';
      const price = v.price.trim() ? parseDecimal(v.price) : null;
      if (v.price.trim() && (price === null || price < 0)) errors.priceCents = 'errors.invalidNumber';
      if ((price === null) !== (v.priceUnit === '')) errors.priceUnit = 'errors.required';
      if (v.capacity.trim() && !/^\d+$/.test(v.capacity.trim())) errors.capacity = 'errors.invalidNumber';
      return errors;
    },
    send: (key) => {
      const price = v.price.trim() ? parseDecimal(v.price) : null;
      const body = {
        kind: v.kind,
        deliveryMode: v.deliveryMode,
        municipalityCodes: v.municipalityCodes,
        languages: v.languages,
        targetFactors: v.targetFactors,
        priceCents: price === null ? null : Math.round(price * 100),
        priceUnit: v.priceUnit || null,
        capacity: v.capacity.trim() ? Number(v.capacity) : null,
        texts: textsOf(v.texts, remote),
      };
      return service ? api.patch<Service>(`/api/catalogue/services/${service.id}`, body, key) : api.post<Service>('/api/catalogue/services', body, key);
    },
    onSuccess: (saved) => navigate(`/catalogue/${saved.id}`),
  });
  const f = (path: string) => bind('service', submission, path);
  const textError = (key: string) => submission.fieldErrors[`texts.${key}`] ?? submission.fieldErrors[`texts.${key}.${lang}`];
  return (
    <>
      <PageTitle>{service ? t('catalogue.provider.editTitle', { name: service.name }) : t('catalogue.provider.addTitle')}</PageTitle>
      <p className="page-actions">
        <Link to="/provider/services">{t('catalogue.provider.backToOwn')}</Link>
      </p>
      <div className="narrow">
        <FormShell id="service" submission={submission} submitLabel={t('catalogue.provider.save')}>
          <CodeSelect {...f('kind')} label={t('catalogue.kind')} list="serviceKinds" codes={SERVICE_KINDS} value={v.kind} onChange={(x) => fields.set('kind', x)} />
          <CodeRadio {...f('deliveryMode')} label={t('catalogue.deliveryMode')} list="deliveryModes" codes={DELIVERY_MODES} value={v.deliveryMode} onChange={(x) => fields.set('deliveryMode', x)} />
          <CheckGroupField {...f('municipalityCodes')} label={t('catalogue.municipalitiesLabel')} values={v.municipalityCodes} onChange={(x) => fields.set('municipalityCodes', x)} options={MUNICIPALITY_CODES.map((c) => ({ value: c, label: municipality(c) }))} />
          <CheckGroupField {...f('languages')} label={t('catalogue.languages')} optional values={v.languages} onChange={(x) => fields.set('languages', x)} options={SERVICE_LANGUAGES.map((c) => ({ value: c, label: languageName(c) }))} />
          <CheckGroupField {...f('targetFactors')} label={t('catalogue.targetFactors')} optional values={v.targetFactors} onChange={(x) => fields.set('targetFactors', x)} options={BACKGROUND_FACTORS.map((c) => ({ value: c, label: t(`codes.backgroundFactors.${c}`) }))} />
          <TextField {...f('priceCents')} label={t('catalogue.provider.priceEuros')} optional inputMode="decimal" width="short" value={v.price} onChange={(x) => fields.set('price', x)} />
          <SelectField {...f('priceUnit')} label={t('catalogue.provider.priceUnit')} optional value={v.priceUnit} onChange={(x) => fields.set('priceUnit', x)} options={PRICE_UNITS.map((u) => ({ value: u, label: t(`codes.priceUnits.${u}`) }))} />
          <TextField {...f('capacity')} label={t('catalogue.capacity')} optional inputMode="numeric" width="short" value={v.capacity} onChange={(x) => fields.set('capacity', x)} />

          <Heading variant="h2">{t('catalogue.provider.textsTitle')}</Heading>
          <Paragraph mb="s">{t('catalogue.provider.textsIntro')}</Paragraph>
          <RadioField id="service-lang" label={t('catalogue.provider.textLanguage')} value={lang} onChange={(x) => setLang(x as Lang)} options={LANGS.map((l) => ({ value: l, label: t(`language.names.${l}`) }))} />
          <div>
            <TextField id={`service-texts-name-${lang}`} error={textError('name')} label={`${t('catalogue.name')} (${lang.toUpperCase()})`} value={v.texts[`name.${lang}`]} onChange={(x) => setText(`name.${lang}`, x)} />
            <AreaField id={`service-texts-description-${lang}`} error={textError('description')} label={`${t('catalogue.description')} (${lang.toUpperCase()})`} rows={6} value={v.texts[`description.${lang}`]} onChange={(x) => setText(`description.${lang}`, x)} />
            {(['targetGroup', 'area', 'schedule', 'priceNote'] as const).map((field) => (
              <AreaField key={field} id={`service-texts-${field}-${lang}`} error={textError(field)} label={`${t(`catalogue.${field}`)} (${lang.toUpperCase()})`} optional rows={2} value={v.texts[`${field}.${lang}`]} onChange={(x) => setText(`${field}.${lang}`, x)} />
            ))}
            {remote ? (
              <>
                <Heading variant="h3">{t('catalogue.remoteTitle')}</Heading>
                <Paragraph mb="s">{t('catalogue.provider.remoteIntro')}</Paragraph>
                {REMOTE_FIELDS.map((field) => (
                  <AreaField key={field} id={`service-texts-remote-${field}-${lang}`} error={textError(`remote.${field}`)} label={`${t(`catalogue.remote.${field}`)} (${lang.toUpperCase()})`} rows={3} optional value={v.texts[`remote.${field}.${lang}`]} onChange={(x) => setText(`remote.${field}.${lang}`, x)} />
                ))}
              </>
            ) : null}
          </div>
        </FormShell>
      </div>
    </>
  );
}
