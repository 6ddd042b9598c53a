// Intake mapping: work and study history, work and functional capacity, own goals, the financial
// and debt situation, and a self-assessment of life domains where every question may be skipped.
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { SELF_ASSESSMENT_DOMAINS } from '../../../../domain/codes.ts';
import { api } from '../../../api.ts';
import { AreaField, RadioField } from '../../../components/fields.tsx';
import { bind, FormShell, LoadError, Loading, Section } from '../../../components/ui.tsx';
import { useApi, useFields, useSubmit } from '../../../hooks.ts';
import type { Intake } from '../../../types.ts';
import { useClient } from '../ClientPage.tsx';

const TEXTS = ['workHistory', 'studyHistory', 'workCapacity', 'functionalCapacity', 'ownGoals'] as const;
const MONEY = ['financialSituation', 'debtSituation'] as const;
type TextKey = (typeof TEXTS)[number] | (typeof MONEY)[number];

export default function IntakeSection() {
  const { client } = useClient();
  const state = useApi<Intake | null>(`/api/clients/${client.id}/intake`);
  if (state.error && state.error.status !== 404) return <LoadError error={state.error} />;
  if (state.loading && state.data === undefined) return <Loading />;
  return <IntakeForm intake={state.data ?? null} />;
}

function IntakeForm({ intake }: { intake: Intake | null }) {
  const { t } = useTranslation();
  const { client } = useClient();
  const initial: Record<string, string> = {};
  for (const key of [...TEXTS, ...MONEY]) initial[key] = intake?.[key] ?? '';
  for (const domain of SELF_ASSESSMENT_DOMAINS) {
    const score = intake?.selfAssessment?.[domain];
    initial[`sa.${domain}`] = score ? String(score) : '';
  }
  const fields = useFields(initial);
  const submission = useSubmit({
    send: (key) => {
      const body: Record<string, unknown> = {};
      for (const name of [...TEXTS, ...MONEY]) body[name] = fields.values[name].trim() ? fields.values[name].trim() : null;
      const selfAssessment: Record<string, number> = {};
      for (const domain of SELF_ASSESSMENT_DOMAINS) {
        const value = fields.values[`sa.${domain}`];
        if (value) selfAssessment[domain] = Number(value);
      }
      body.selfAssessment = selfAssessment;
      return api.put(`/api/clients/${client.id}/intake`, body, key);
    },
    savedText: t('intake.saved'),
  });
  const text = (name: TextKey) => (
    <AreaField
      key={name}
      {...bind('intake', submission, name)}
      label={t(`intake.${name}`)}
      hint={t(`intake.${name}Hint`)}
      optional
      value={fields.values[name]}
      onChange={(value) => fields.set(name, value)}
    />
  );
  const scale = [
    { value: '', label: t('intake.skip') },
    ...[1, 2, 3, 4, 5].map((score) => ({ value: String(score), label: t(`intake.scale.${score}`) })),
  ];

  return (
    <Section title={t('intake.title')} id="intake">
      <Paragraph mb="m">{t('intake.intro')}</Paragraph>
      <FormShell id="intake" submission={submission} submitLabel={t('intake.submit')}>
        <fieldset className="fieldset">
          <legend className="legend-h3">{t('intake.backgroundTitle')}</legend>
          {TEXTS.map(text)}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="legend-h3">{t('intake.moneyTitle')}</legend>
          <Paragraph className="hint">{t('intake.moneyHint')}</Paragraph>
          {MONEY.map(text)}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="legend-h3">{t('intake.selfAssessmentTitle')}</legend>
          <Paragraph className="hint">{t('intake.selfAssessmentHint')}</Paragraph>
          <div className="scale-grid">
            {SELF_ASSESSMENT_DOMAINS.map((domain) => (
              <RadioField
                key={domain}
                {...bind('intake', submission, `selfAssessment.${domain}`)}
                name={`intake-sa-${domain}`}
                label={t(`codes.selfAssessmentDomains.${domain}`)}
                optional
                value={fields.values[`sa.${domain}`]}
                onChange={(value) => fields.set(`sa.${domain}`, value)}
                options={scale}
              />
            ))}
          </div>
        </fieldset>
      </FormShell>
    </Section>
  );
}
