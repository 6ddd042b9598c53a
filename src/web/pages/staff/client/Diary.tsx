// The client's diary as the coach sees it: only the entries the client chose to share, with comments.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from 'suomifi-ui-components';
import { api } from '../../../api.ts';
import { AreaField } from '../../../components/fields.tsx';
import { Async, bind, Empty, FormShell, SaveStatus, Section } from '../../../components/ui.tsx';
import { useApi, useFields, useSubmit } from '../../../hooks.ts';
import type { DiaryEntry } from '../../../types.ts';
import { DiaryEntryView } from '../../shared/diary.tsx';
import { useClient } from '../ClientPage.tsx';

export default function Diary() {
  const { t } = useTranslation();
  const { client } = useClient();
  const diary = useApi<DiaryEntry[]>(`/api/clients/${client.id}/diary`);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Section title={t('diary.staffTitle')} id="diary">
      <Paragraph mb="m">{t('diary.staffIntro')}</Paragraph>
      <SaveStatus message={notice} />
      <Async state={diary}>
        {(entries) =>
          entries.length === 0 ? (
            <Empty>{t('diary.noSharedEntries')}</Empty>
          ) : (
            <ul className="card-list">
              {[...entries]
                .sort((a, b) => b.entryDate.localeCompare(a.entryDate))
                .map((entry) => (
                  <li key={entry.id} className="card">
                    <DiaryEntryView entry={entry}>
                      <CommentForm
                        entry={entry}
                        onDone={() => {
                          setNotice(t('diary.commentAdded'));
                          diary.reload();
                        }}
                      />
                    </DiaryEntryView>
                  </li>
                ))}
            </ul>
          )
        }
      </Async>
    </Section>
  );
}

function CommentForm({ entry, onDone }: { entry: DiaryEntry; onDone(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const fields = useFields({ body: '' });
  const formId = `comment-${entry.id}`;
  const submission = useSubmit({
    validate: () => (fields.values.body.trim() ? {} : { body: 'errors.required' }),
    send: (key) => api.post(`/api/diary/${entry.id}/comments`, { body: fields.values.body.trim() }, key),
    onSuccess: () => {
      fields.set('body', '');
      setOpen(false);
      onDone();
    },
  });
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('diary.addComment')}
      </Button>
    );
  }
  return (
    <FormShell id={formId} submission={submission} submitLabel={t('diary.commentSubmit')} secondary={<Button variant="secondary" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>}>
      <AreaField {...bind(formId, submission, 'body')} label={t('diary.comment')} rows={3} value={fields.values.body} onChange={(x) => fields.set('body', x)} />
    </FormShell>
  );
}
