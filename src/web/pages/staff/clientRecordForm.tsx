// The fields of a client record, shared by the new-client form and the record's edit form.
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { BACKGROUND_FACTORS, REFERRERS, type BackgroundFactor } from '../../../domain/codes.ts';
import { isValidPersonalId } from '../../../domain/identity/personal-id.ts';
import { CheckGroupField, CodeSelect, SelectField, TextField } from '../../components/fields.tsx';
import { bind, fieldId } from '../../components/ui.tsx';
import type { Submission } from '../../hooks.ts';
import type { ClientRecord, Unit } from '../../types.ts';

/** Languages offered in the form, as ISO 639-1 codes; labels are `languages.<code>`. */
export const LANGUAGE_CODES = ['fi', 'sv', 'se', 'en', 'ru', 'et', 'uk', 'ar', 'so', 'fa', 'ku', 'vi'] as const;

export interface RecordValues extends Record<string, unknown> {
  firstName: string;
  lastName: string;
  personalId: string;
  municipalityCode: string;
  languages: string[];
  phone: string;
  email: string;
  address: string;
  referrer: string;
  homeUnitId: string;
  factors: string[];
  unemploymentMonths: string;
}

export function emptyRecord(homeUnitId = ''): RecordValues {
  return {
    firstName: '',
    lastName: '',
    personalId: '',
    municipalityCode: '',
    languages: ['fi'],
    phone: '',
    email: '',
    address: '',
    referrer: '',
    homeUnitId,
    factors: [],
    unemploymentMonths: '',
  };
}

export function recordFromClient(client: ClientRecord): RecordValues {
  const longTerm = client.backgroundFactors.find((entry) => entry.factor === 'long_term_unemployed');
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    personalId: '',
    municipalityCode: client.municipalityCode ?? '',
    languages: client.languages ?? [],
    phone: client.phone ?? '',
    email: client.email ?? '',
    address: client.address ?? '',
    referrer: client.referrer ?? '',
    homeUnitId: client.homeUnitId,
    factors: client.backgroundFactors.map((entry) => entry.factor),
    unemploymentMonths: longTerm?.unemploymentMonths != null ? String(longTerm.unemploymentMonths) : '',
  };
}

export function validateRecord(values: RecordValues, withPersonalId: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.firstName.trim()) errors.firstName = 'errors.required';
  if (!values.lastName.trim()) errors.lastName = 'errors.required';
  if (withPersonalId) {
    if (!values.personalId.trim()) errors.personalId = 'errors.required';
    else if (!isValidPersonalId(values.personalId.trim())) errors.personalId = 'errors.invalidPersonalId';
  }
  if (!values.municipalityCode.trim()) errors.municipalityCode = 'errors.required';
  else if (!/^\d{3}$/.test(values.municipalityCode.trim())) errors.municipalityCode = 'errors.invalidMunicipalityCode';
  if (!values.referrer) errors.referrer = 'errors.required';
  if (!values.homeUnitId) errors.homeUnitId = 'errors.required';
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = 'errors.invalidEmail';
  if (values.factors.includes('long_term_unemployed') && values.unemploymentMonths.trim()) {
    const months = Number(values.unemploymentMonths.trim());
    if (!Number.isInteger(months) || months < 0) errors[monthsPath(values)] = 'errors.invalidNumber';
  }
  return errors;
}

export function recordBody(values: RecordValues, withPersonalId: boolean) {
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);
  // The order of the factors follows the code list, so that error paths (backgroundFactors.N) are stable.
  const factors = BACKGROUND_FACTORS.filter((factor) => values.factors.includes(factor));
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    ...(withPersonalId ? { personalId: values.personalId.trim().toUpperCase() } : {}),
    municipalityCode: values.municipalityCode.trim(),
    languages: values.languages,
    phone: optional(values.phone) ?? (withPersonalId ? undefined : null),
    email: optional(values.email) ?? (withPersonalId ? undefined : null),
    address: optional(values.address) ?? (withPersonalId ? undefined : null),
    referrer: values.referrer,
    homeUnitId: values.homeUnitId,
    backgroundFactors: factors.map((factor: BackgroundFactor) =>
      factor === 'long_term_unemployed' && values.unemploymentMonths.trim()
        ? { factor, unemploymentMonths: Number(values.unemploymentMonths.trim()) }
        : { factor },
    ),
  };
}

/** The error path of the unemployment months: its index follows the order of the code list. */
function monthsPath(values: RecordValues): string {
  const index = BACKGROUND_FACTORS.filter((factor) => values.factors.includes(factor)).indexOf('long_term_unemployed');
  return `backgroundFactors.${Math.max(index, 0)}.unemploymentMonths`;
}

export function ClientRecordFields({
  formId,
  fields,
  submission,
  units,
  withPersonalId,
}: {
  formId: string;
  fields: { values: RecordValues; set<K extends keyof RecordValues>(name: K, value: RecordValues[K]): void };
  submission: Submission;
  units: Unit[];
  withPersonalId: boolean;
}) {
  const { t } = useTranslation();
  const { values, set } = fields;
  const field = (path: string) => bind(formId, submission, path);
  const monthsError = submission.fieldErrors[monthsPath(values)] ?? submission.fieldErrors['backgroundFactors.0.unemploymentMonths'];
  return (
    <>
      <fieldset className="fieldset">
        <legend>
          <Heading variant="h2" as="span">
            {t('record.personTitle')}
          </Heading>
        </legend>
        <TextField {...field('firstName')} label={t('record.firstName')} value={values.firstName} onChange={(v) => set('firstName', v)} autoComplete="off" />
        <TextField {...field('lastName')} label={t('record.lastName')} value={values.lastName} onChange={(v) => set('lastName', v)} autoComplete="off" />
        {withPersonalId ? (
          <TextField
            {...field('personalId')}
            label={t('record.personalId')}
            hint={t('record.personalIdHint')}
            value={values.personalId}
            onChange={(v) => set('personalId', v)}
            autoComplete="off"
            width="short"
          />
        ) : null}
        <TextField
          {...field('municipalityCode')}
          label={t('record.municipalityCode')}
          hint={t('record.municipalityCodeHint')}
          value={values.municipalityCode}
          onChange={(v) => set('municipalityCode', v)}
          inputMode="numeric"
          width="short"
        />
        <CheckGroupField
          {...field('languages')}
          label={t('record.languages')}
          optional
          values={values.languages}
          onChange={(v) => set('languages', v)}
          options={LANGUAGE_CODES.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>
          <Heading variant="h2" as="span">
            {t('record.contactTitle')}
          </Heading>
        </legend>
        <TextField {...field('phone')} label={t('record.phone')} optional type="tel" value={values.phone} onChange={(v) => set('phone', v)} autoComplete="off" />
        <TextField {...field('email')} label={t('record.email')} optional type="email" value={values.email} onChange={(v) => set('email', v)} autoComplete="off" />
        <TextField {...field('address')} label={t('record.address')} optional value={values.address} onChange={(v) => set('address', v)} autoComplete="off" />
      </fieldset>
      <fieldset className="fieldset">
        <legend>
          <Heading variant="h2" as="span">
            {t('record.serviceTitle')}
          </Heading>
        </legend>
        <CodeSelect {...field('referrer')} label={t('record.referrer')} list="referrers" codes={REFERRERS} value={values.referrer} onChange={(v) => set('referrer', v)} />
        <SelectField
          {...field('homeUnitId')}
          label={t('record.homeUnit')}
          value={values.homeUnitId}
          onChange={(v) => set('homeUnitId', v)}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
        <CheckGroupField
          {...field('backgroundFactors')}
          label={t('record.backgroundFactors')}
          hint={t('record.backgroundFactorsHint')}
          optional
          values={values.factors}
          onChange={(v) => set('factors', v)}
          options={BACKGROUND_FACTORS.map((code) => ({ value: code, label: t(`codes.backgroundFactors.${code}`) }))}
        >
          {(value) =>
            value === 'long_term_unemployed' ? (
              <div className="nested-field">
                <TextField
                  id={fieldId(formId, monthsPath(values))}
                  error={monthsError}
                  label={t('record.unemploymentMonths')}
                  optional
                  inputMode="numeric"
                  width="short"
                  value={values.unemploymentMonths}
                  onChange={(v) => set('unemploymentMonths', v)}
                />
              </div>
            ) : null
          }
        </CheckGroupField>
      </fieldset>
    </>
  );
}
