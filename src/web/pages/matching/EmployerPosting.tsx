// One of the employer's postings: edit or close it, and the job seekers who let this employer see
// their profile, ranked for the posting with reasons (each profile shown is logged for its owner).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { api } from '../../api.ts';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, Empty, Facts, SaveStatus, Section } from '../../components/ui.tsx';
import { useApi } from '../../hooks.ts';
import { municipalityName } from './municipalities.ts';
import { EscoCredit, percent, PostingFacts, PostingSource, ReasonList } from './parts.tsx';
import { PostingForm } from './PostingForm.tsx';
import type { Posting, SeekerMatch } from './types.ts';

export default function EmployerPosting() {
  const { t } = useTranslation();
  const { postingId } = useParams();
  const state = useApi<Posting>(`/api/postings/${postingId}`);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const close = (p: Posting) =>
    void api.post<Posting>(`/api/postings/${p.id}/close`, {}).then((next) => {
      state.setData(next);
      setNotice(t('matching.employer.closed'));
    });
  return (
    <Async state={state}>
      {(posting) => (
        <div>
          <PageTitle>{posting.title}</PageTitle>
          <PostingFacts posting={posting} />
          <p>
            <Badge tone={posting.status === 'open' ? 'success' : 'neutral'}>{t(`codes.postingStatuses.${posting.status}`)}</Badge>
          </p>
          <PostingSource posting={posting} />
          <EscoCredit />
          <SaveStatus message={notice} />
          <Section
            title={t('matching.employer.postingTitle')}
            id="posting"
            actions={
              posting.own && posting.source.kind === 'polku' && !editing ? (
                <div className="badges">
                  <Button variant="secondary" onClick={() => { setNotice(null); setEditing(true); }}>{t('matching.employer.edit')}</Button>
                  {posting.status === 'open' ? <Button variant="secondary" onClick={() => close(posting)}>{t('matching.employer.close')}</Button> : null}
                </div>
              ) : null
            }
          >
            {editing ? (
              <PostingForm
                posting={posting}
                onCancel={() => setEditing(false)}
                onSaved={(next) => {
                  state.setData(next);
                  setEditing(false);
                  setNotice(t('matching.employer.saved'));
                }}
              />
            ) : (
              <>
                <Paragraph mb="m">{posting.description || '–'}</Paragraph>
                <Facts
                  items={[
                    [t('matching.postings.mainOccupation'), posting.mainOccupation?.label ?? ''],
                    [t('matching.postings.otherOccupations'), posting.occupations.map((o) => o.label).join(', ')],
                    [t('matching.postings.skills'), posting.skills.map((s) => s.label).join(', ')],
                    [t('matching.postings.openPositions'), String(posting.openPositions)],
                  ]}
                />
              </>
            )}
          </Section>
          {posting.own ? (
            <Section title={t('matching.employer.seekersTitle')} id="seekers">
              <Paragraph mb="m">{t('matching.employer.seekersIntro')}</Paragraph>
              <Seekers postingId={posting.id} />
            </Section>
          ) : null}
        </div>
      )}
    </Async>
  );
}

function Seekers({ postingId }: { postingId: string }) {
  const { t, i18n } = useTranslation();
  const state = useApi<SeekerMatch[]>(`/api/postings/${postingId}/matches`);
  return (
    <Async state={state}>
      {(list) =>
        list.length === 0 ? (
          <Empty>{t('matching.employer.noSeekers')}</Empty>
        ) : (
          <ul className="card-list" aria-label={t('matching.employer.seekersTitle')}>
            {list.map((m) =>
              m.profile ? (
                <li key={m.profile.clientId} className="card">
                  <Heading variant="h3" className="card-heading">
                    {m.profile.displayName}
                  </Heading>
                  <p className="card-meta">
                    <span>{t('matching.employer.contactUnit', { unit: m.profile.contactUnit })}</span>
                    <span>{m.profile.municipalityCodes.map((c) => municipalityName(c, i18n.language)).join(', ')}</span>
                  </p>
                  <p>
                    <span className="score">{t('matching.score', { score: percent(m.score) })}</span>
                  </p>
                  <ReasonList reasons={m.reasons} />
                  <p className="card-meta">
                    {t('matching.keywords.occupations')}: {m.profile.occupations.map((o) => o.label).join(', ') || '–'}
                  </p>
                  <p className="card-meta">
                    {t('matching.keywords.skills')}: {m.profile.skills.filter((s) => !s.aspiration).map((s) => s.label).join(', ') || '–'}
                  </p>
                  {m.profile.workHistory.length ? (
                    <p className="card-meta">
                      {t('matching.details.work')}: {m.profile.workHistory.map((w) => w.title + (w.employer ? ` (${w.employer})` : '')).join('; ')}
                    </p>
                  ) : null}
                </li>
              ) : null,
            )}
          </ul>
        )
      }
    </Async>
  );
}
