// The client's diary: write an entry and decide, entry by entry, whether the coach may read it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from 'suomifi-ui-components';
import { isIsoDate } from '../../../domain/calendar/dates.ts';
import { api, ApiError } from '../../api.ts';
import { AreaField, CheckField, DateField, RadioField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, bind, Empty, FormShell, SaveStatus, Section } from '../../components/ui.tsx';
import { todayIso } from '../../format.ts';
import { useApi, useErrorText, useFields, useSubmit } from '../../hooks.ts';
import type { DiaryEntry } from '../../types.ts';
import { DiaryEntryView } from '../shared/diary.tsx';
import { useMyClientId } from './useMyClientId.ts';

export default function MyDiary() {
  const { t } = useTranslation();
  const clientId = useMyClientId();
  const diary = useApi<DiaryEntry[]>(`/api/clients/${clientId}/diary`);
  const [notice, setNotice] = useState<string | null>(null);
  const errorText = useErrorText();

  const toggleSharing = (entry: DiaryEntry) => {
    const shared = !entry.sharedWithCoach;
    void api.patch(`/api/diary/${entry.id}`, { sharedWithCoach: shared }).then(
      () => {
        setNotice(shared ? t('myDiary.nowShared') : t('myDiary.nowPrivate'));
        diary.reload();
      },
      (error: unknown) => setNotice(error instanceof ApiError ? errorText(error.messageKey, error.title) : t('errors.internal')),
    );
  };

  return (
    <div className="narrow">
      <PageTitle>{t('myDiary.title')}</PageTitle>
      <Paragraph mb="m">{t('myDiary.intro')}</Paragraph>
      <Section title={t('myDiary.writeTitle')} id="my-diary-write">
        <WriteEntry
          clientId={clientId}
          onDone={() => {
            setNotice(null);
            diary.reload();
          }}
        />
      </Section>
      <Section title={t('myDiary.entriesTitle')} id="my-diary-entries">
        <SaveStatus message={notice} />
        <Async state={diary}>
          {(entries) =>
            entries.length === 0 ? (
              <Empty>{t('myDiary.none')}</Empty>
            ) : (
              <ul className="card-list">
                {[...entries]
                  .sort((a, b) => b.entryDate.localeCompare(a.entryDate) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''))
                  .map((entry) => (
                    <li key={entry.id} className="card">
                      <DiaryEntryView entry={entry} showSharing>
                        <Button variant="secondary" onClick={() => toggleSharing(entry)}>
                          {entry.sharedWithCoach ? t('myDiary.makePrivate') : t('myDiary.share')}
                        </Button>
                      </DiaryEntryView>
                    </li>
                  ))}
              </ul>
            )
          }
        </Async>
      </Section>
    </div>
  );
}

function WriteEntry({ clientId, onDone }: { clientId: string; onDone(): void }) {
  const { t } = useTranslation();
  const empty = { entryDate: todayIso(), didWhat: '', howItWent: '', mood: '', sharedWithCoach: false };
  const fields = useFields(empty);
  const v = fields.values;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!isIsoDate(v.entryDate)) errors.entryDate = v.entryDate ? 'errors.invalidDate' : 'errors.required';
      if (!v.didWhat.trim()) errors.didWhat = 'errors.required';
      return errors;
    },
    send: (key) =>
      api.post(
        `/api/clients/${clientId}/diary`,
        {
          entryDate: v.entryDate,
          didWhat: v.didWhat.trim(),
          howItWent: v.howItWent.trim() || undefined,
          mood: v.mood ? Number(v.mood) : undefined,
          sharedWithCoach: v.sharedWithCoach,
        },
        key,
      ),
    savedText: t('myDiary.saved'),
    onSuccess: () => {
      fields.setValues({ ...empty, sharedWithCoach: v.sharedWithCoach });
      onDone();
    },
  });
  const f = (path: string) => bind('diary-entry', submission, path);
  return (
    <FormShell id="diary-entry" submission={submission} submitLabel={t('myDiary.submit')}>
      <DateField {...f('entryDate')} label={t('myDiary.date')} value={v.entryDate} onChange={(x) => fields.set('entryDate', x)} />
      <AreaField {...f('didWhat')} label={t('diary.didWhat')} rows={3} value={v.didWhat} onChange={(x) => fields.set('didWhat', x)} />
      <AreaField {...f('howItWent')} label={t('diary.howItWent')} optional rows={3} value={v.howItWent} onChange={(x) => fields.set('howItWent', x)} />
      <RadioField
        {...f('mood')}
        label={t('diary.mood')}
        optional
        value={v.mood}
        onChange={(x) => fields.set('mood', x)}
        options={[
          { value: '', label: t('myDiary.noMood') },
          ...[5, 4, 3, 2, 1].map((mood) => ({ value: String(mood), label: t(`diary.moods.${mood}`) })),
        ]}
      />
      <CheckField {...f('sharedWithCoach')} checked={v.sharedWithCoach} onChange={(x) => fields.set('sharedWithCoach', x)} hint={t('myDiary.shareHint')}>
        {t('myDiary.shareLabel')}
      </CheckField>
    </FormShell>
  );
}
