// The municipal profile: a yearly self-assessment on the 2020 study's nine points, from employment
// services organised as a social service (1) to a vitality service (5), with last year beside it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from 'suomifi-ui-components';
import { api, ApiError } from '../../api.ts';
import { useUser } from '../../auth.tsx';
import { AreaField, RadioField, SelectField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, SaveStatus, Section, TableWrap } from '../../components/ui.tsx';
import { useApi, useErrorText } from '../../hooks.ts';
import { query } from '../../api.ts';
import { AnalyticsNav } from './AnalyticsNav.tsx';
import { IntervalBars } from './charts.tsx';

interface ProfileAnswer {
  municipality: { id: string; name: string };
  dimensions: string[];
  years: Array<{ year: number; scores: Record<string, number>; notes: string | null }>;
  change: Record<string, number | null>;
  latestYear: number | null;
  previousYear: number | null;
}

export default function Profile() {
  const { t } = useTranslation();
  const user = useUser();
  const ownMunicipality = user.role === 'purchaser';
  const mayEdit = user.role === 'purchaser' || user.role === 'admin';
  const [municipality, setMunicipality] = useState('');
  const municipalities = useApi<Array<{ id: string; name: string }>>(ownMunicipality ? null : '/api/analytics/municipalities');
  const path = ownMunicipality || municipality ? `/api/analytics/profile${query({ municipality: ownMunicipality ? undefined : municipality })}` : null;
  const state = useApi<ProfileAnswer>(path);
  return (
    <>
      <PageTitle>{t('analytics.profile.title')}</PageTitle>
      <AnalyticsNav />
      <Paragraph className="definition">{t('analytics.profile.intro')}</Paragraph>
      {ownMunicipality ? null : (
        <SelectField
          id="profile-municipality"
          label={t('analytics.municipality')}
          value={municipality}
          onChange={setMunicipality}
          options={(municipalities.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
        />
      )}
      {path ? <Async state={state}>{(data) => <ProfileContent data={data} mayEdit={mayEdit} onSaved={(d) => state.setData(d)} />}</Async> : null}
    </>
  );
}

function ProfileContent({ data, mayEdit, onSaved }: { data: ProfileAnswer; mayEdit: boolean; onSaved(data: ProfileAnswer): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(data.latestYear ?? thisYear));
  const existing = data.years.find((y) => String(y.year) === year);
  const [scores, setScores] = useState<Record<string, number>>(existing?.scores ?? {});
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    setScores(existing?.scores ?? {});
    setNotes(existing?.notes ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [year]);
  const latest = data.years.find((y) => y.year === data.latestYear);
  const previous = data.years.find((y) => y.year === data.previousYear);

  const save = async () => {
    setStatus(null);
    try {
      const saved = await api.put<ProfileAnswer>(`/api/analytics/profile/${year}`, { municipality: data.municipality.id, scores, notes: notes || null });
      onSaved(saved);
      setStatus(t('analytics.profile.saved', { year }));
    } catch (error) {
      setStatus(error instanceof ApiError ? errorText(error.messageKey, error.message) : String(error));
    }
  };

  return (
    <>
      <Section title={t('analytics.profile.chartTitle', { name: data.municipality.name })} id="profile-chart">
        {latest ? (
          <div className="measure-grid">
            <IntervalBars
              title={t('analytics.profile.chartTitle', { name: data.municipality.name })}
              format="number"
              max={5}
              bars={data.dimensions.map((d) => ({ label: t(`analytics.profile.dimensions.${d}.name`), value: latest.scores[d] ?? null, marker: previous?.scores[d] ?? null, note: latest.scores[d] === undefined ? t('analytics.profile.notAssessed') : undefined }))}
            />
            <TableWrap label={t('analytics.profile.tableLabel')}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('analytics.profile.point')}</th>
                    {previous ? <th scope="col" className="num">{previous.year}</th> : null}
                    <th scope="col" className="num">{latest.year}</th>
                    <th scope="col" className="num">{t('analytics.profile.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.dimensions.map((d) => (
                    <tr key={d}>
                      <th scope="row">{t(`analytics.profile.dimensions.${d}.name`)}</th>
                      {previous ? <td className="num">{previous.scores[d] ?? '–'}</td> : null}
                      <td className="num">{latest.scores[d] ?? '–'}</td>
                      <td className="num">{data.change[d] === null ? '–' : data.change[d]! > 0 ? `+${data.change[d]}` : data.change[d]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </div>
        ) : (
          <Paragraph>{t('analytics.profile.none')}</Paragraph>
        )}
        {previous ? <Paragraph className="definition">{t('analytics.profile.markerHelp', { year: previous.year })}</Paragraph> : null}
      </Section>
      {mayEdit ? (
        <Section title={t('analytics.profile.assessTitle')} id="profile-form">
          <SelectField
            id="profile-year"
            label={t('analytics.profile.year')}
            value={year}
            onChange={setYear}
            options={[0, 1, 2, 3, 4].map((back) => ({ value: String(thisYear - back), label: String(thisYear - back) }))}
          />
          {data.dimensions.map((d) => (
            <RadioField
              key={d}
              id={`profile-${d}`}
              label={t(`analytics.profile.dimensions.${d}.name`)}
              hint={`1 = ${t(`analytics.profile.dimensions.${d}.social`)}; 5 = ${t(`analytics.profile.dimensions.${d}.vitality`)}`}
              value={scores[d] ? String(scores[d]) : ''}
              onChange={(v) => setScores({ ...scores, [d]: Number(v) })}
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
              optional
            />
          ))}
          <AreaField id="profile-notes" label={t('analytics.profile.notes')} value={notes} onChange={setNotes} optional />
          <Button onClick={() => void save()}>{t('analytics.profile.save')}</Button>
          <SaveStatus message={status} />
        </Section>
      ) : null}
    </>
  );
}
