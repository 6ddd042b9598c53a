// Referrals to outside services (health care, debt counselling, education…), each with a date to
// check how it went, and their resolution.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { addDays, isIsoDate } from '../../../../domain/calendar/dates.ts';
import { api } from '../../../api.ts';
import { DateField, TextField } from '../../../components/fields.tsx';
import { Async, Badge, bind, Empty, FormShell, SaveStatus, Section } from '../../../components/ui.tsx';
import { displayDate, todayIso } from '../../../format.ts';
import { useApi, useFields, useSubmit } from '../../../hooks.ts';
import type { Referral } from '../../../types.ts';
import { useClient } from '../ClientPage.tsx';

export default function Referrals() {
  const { t } = useTranslation();
  const { client } = useClient();
  const referrals = useApi<Referral[]>(`/api/clients/${client.id}/referrals`);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayIso();
  return (
    <Section
      title={t('referrals.title')}
      id="referrals"
      actions={!adding ? <Button variant="secondary" onClick={() => { setNotice(null); setAdding(true); }}>{t('referrals.add')}</Button> : null}
    >
      {adding ? (
        <AddReferral
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            setNotice(t('referrals.added'));
            referrals.reload();
          }}
        />
      ) : null}
      <SaveStatus message={notice} />
      <Async state={referrals}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('referrals.none')}</Empty>
          ) : (
            <ul className="card-list">
              {[...list]
                .sort((a, b) => b.referredOn.localeCompare(a.referredOn))
                .map((referral) => (
                  <li key={referral.id} className="card">
                    <Heading variant="h3">{referral.service}</Heading>
                    {referral.organisationName ? <p>{referral.organisationName}</p> : null}
                    <p>
                      {t('referrals.referredOnText', { date: displayDate(referral.referredOn) })}.{' '}
                      {referral.resolvedOn ? (
                        t('referrals.resolvedOnText', { date: displayDate(referral.resolvedOn) })
                      ) : (
                        <>
                          {t('referrals.followUpOnText', { date: displayDate(referral.followUpOn) })}{' '}
                          {referral.followUpOn <= today ? <Badge tone="alert">{t('referrals.due')}</Badge> : null}
                        </>
                      )}
                    </p>
                    {referral.outcome ? <p>{t('referrals.outcome')}: {referral.outcome}</p> : null}
                    {!referral.resolvedOn ? (
                      <Resolve
                        referral={referral}
                        onDone={() => {
                          setNotice(t('referrals.resolved'));
                          referrals.reload();
                        }}
                      />
                    ) : null}
                  </li>
                ))}
            </ul>
          )
        }
      </Async>
    </Section>
  );
}

function AddReferral({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { client } = useClient();
  const today = todayIso();
  const fields = useFields({ service: '', organisationName: '', referredOn: today, followUpOn: addDays(today, 28) });
  const v = fields.values;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.service.trim()) errors.service = 'errors.required';
      if (!isIsoDate(v.referredOn)) errors.referredOn = v.referredOn ? 'errors.invalidDate' : 'errors.required';
      if (!isIsoDate(v.followUpOn)) errors.followUpOn = v.followUpOn ? 'errors.invalidDate' : 'errors.required';
      else if (isIsoDate(v.referredOn) && v.followUpOn < v.referredOn) errors.followUpOn = 'errors.dateOrder';
      return errors;
    },
    send: (key) =>
      api.post(
        `/api/clients/${client.id}/referrals`,
        { service: v.service.trim(), organisationName: v.organisationName.trim() || undefined, referredOn: v.referredOn, followUpOn: v.followUpOn },
        key,
      ),
    onSuccess: onDone,
  });
  const f = (path: string) => bind('add-referral', submission, path);
  return (
    <div className="inline-form">
      <Heading variant="h3">{t('referrals.addTitle')}</Heading>
      <FormShell id="add-referral" submission={submission} submitLabel={t('referrals.addSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <TextField {...f('service')} label={t('referrals.service')} hint={t('referrals.serviceHint')} value={v.service} onChange={(x) => fields.set('service', x)} />
        <TextField {...f('organisationName')} label={t('referrals.organisation')} optional value={v.organisationName} onChange={(x) => fields.set('organisationName', x)} />
        <DateField {...f('referredOn')} label={t('referrals.referredOn')} value={v.referredOn} onChange={(x) => fields.set('referredOn', x)} />
        <DateField {...f('followUpOn')} label={t('referrals.followUpOn')} value={v.followUpOn} onChange={(x) => fields.set('followUpOn', x)} />
      </FormShell>
    </div>
  );
}

function Resolve({ referral, onDone }: { referral: Referral; onDone(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const fields = useFields({ resolvedOn: todayIso(), outcome: '' });
  const v = fields.values;
  const formId = `resolve-${referral.id}`;
  const submission = useSubmit({
    validate: () => (isIsoDate(v.resolvedOn) ? {} : { resolvedOn: v.resolvedOn ? 'errors.invalidDate' : 'errors.required' }),
    send: (key) => api.post(`/api/referrals/${referral.id}/resolve`, { resolvedOn: v.resolvedOn, outcome: v.outcome.trim() || undefined }, key),
    onSuccess: () => {
      setOpen(false);
      onDone();
    },
  });
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('referrals.resolve')}
      </Button>
    );
  }
  const f = (path: string) => bind(formId, submission, path);
  return (
    <FormShell id={formId} submission={submission} submitLabel={t('referrals.resolveSubmit')} secondary={<Button variant="secondary" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>}>
      <DateField {...f('resolvedOn')} label={t('referrals.resolvedOn')} value={v.resolvedOn} onChange={(x) => fields.set('resolvedOn', x)} />
      <TextField {...f('outcome')} label={t('referrals.outcome')} optional value={v.outcome} onChange={(x) => fields.set('outcome', x)} />
    </FormShell>
  );
}
