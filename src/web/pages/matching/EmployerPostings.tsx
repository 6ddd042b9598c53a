// An employer's own postings and a form for a new one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, Paragraph } from 'suomifi-ui-components';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, Empty, SaveStatus, Section, TableWrap } from '../../components/ui.tsx';
import { displayDate } from '../../format.ts';
import { useApi } from '../../hooks.ts';
import { municipalityName } from './municipalities.ts';
import { EscoCredit } from './parts.tsx';
import { PostingForm } from './PostingForm.tsx';
import type { Posting } from './types.ts';

export default function EmployerPostings() {
  const { t, i18n } = useTranslation();
  const postings = useApi<Posting[]>('/api/postings?mine=1');
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div>
      <PageTitle>{t('matching.employer.title')}</PageTitle>
      <Paragraph mb="m">{t('matching.employer.intro')}</Paragraph>
      <EscoCredit />
      <Section
        title={t('matching.employer.newTitle')}
        id="new-posting"
        actions={!adding ? <Button variant="secondary" onClick={() => { setNotice(null); setAdding(true); }}>{t('matching.employer.add')}</Button> : null}
      >
        {adding ? (
          <PostingForm
            onCancel={() => setAdding(false)}
            onSaved={() => {
              setAdding(false);
              setNotice(t('matching.employer.created'));
              postings.reload();
            }}
          />
        ) : null}
        <SaveStatus message={notice} />
      </Section>
      <Section title={t('matching.employer.listTitle')} id="postings">
        <Async state={postings}>
          {(list) =>
            list.length === 0 ? (
              <Empty>{t('matching.employer.none')}</Empty>
            ) : (
              <TableWrap label={t('matching.employer.listTitle')}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('matching.postings.title')}</th>
                      <th scope="col">{t('matching.postings.mainOccupation')}</th>
                      <th scope="col">{t('matching.postings.municipality')}</th>
                      <th scope="col">{t('matching.postings.expiresOn')}</th>
                      <th scope="col">{t('matching.postings.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((p) => (
                      <tr key={p.id}>
                        <th scope="row">
                          <Link to={`/postings/${p.id}`}>{p.title}</Link>
                        </th>
                        <td>{p.mainOccupation?.label ?? ''}</td>
                        <td>{municipalityName(p.municipalityCode, i18n.language)}</td>
                        <td>{displayDate(p.expiresOn)}</td>
                        <td>
                          <Badge tone={p.status === 'open' ? 'success' : 'neutral'}>{t(`codes.postingStatuses.${p.status}`)}</Badge>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )
          }
        </Async>
      </Section>
    </div>
  );
}
