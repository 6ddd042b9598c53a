// One survey: its rounds with their status and closing dates, a new round with an open link and
// its QR code, and one-time links. Links are shown once (Polku keeps only their hashes).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Button, Paragraph } from 'suomifi-ui-components';
import { itemCodes } from '../../../domain/surveys/definition.ts';
import { api } from '../../api.ts';
import { CheckField, DateField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, bind, FormShell, Section, TableWrap } from '../../components/ui.tsx';
import { displayDate, todayIso } from '../../format.ts';
import { useApi, useFields, useSubmit, type Loaded } from '../../hooks.ts';
import { SurveyTabs, useText } from './common.tsx';
import type { Round, Survey } from './types.ts';
import './surveys.css';

interface Link {
  token: string;
  path: string;
}

const absolute = (path: string) => `${window.location.origin}${path}`;

/** The QR code of a link, made by the server as SVG. */
function Qr({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let revoked = false;
    let objectUrl: string | null = null;
    api
      .post<{ svg: string }>('/api/surveys/qr', { text: url })
      .then(({ svg }) => {
        if (revoked) return;
        objectUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        setSrc(objectUrl);
      })
      .catch(() => setSrc(null));
    return () => {
      revoked = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  return src ? (
    <p className="qr">
      <img src={src} alt={label} />
    </p>
  ) : null;
}

function LinkShown({ link, t }: { link: Link; t: (k: string) => string }) {
  const url = absolute(link.path);
  return (
    <div role="status">
      <Paragraph mb="xs">{t('surveys.page.linkOnce')}</Paragraph>
      <p className="link-box">
        <a href={url}>{url}</a>
      </p>
      <Qr url={url} label={t('surveys.page.qr')} />
    </div>
  );
}

export default function SurveyPage() {
  const { surveyId } = useParams();
  const survey = useApi<Survey>(`/api/surveys/${surveyId}`);
  return <Async state={survey}>{(s) => <SurveyView survey={s} state={survey} />}</Async>;
}

function SurveyView({ survey, state }: { survey: Survey; state: Loaded<Survey> }) {
  const { t } = useTranslation();
  const text = useText();
  const [shown, setShown] = useState<Record<string, Link>>({});
  return (
    <>
      <PageTitle>{text(survey.title)}</PageTitle>
      <SurveyTabs id={survey.id} canManage={survey.canManage} />
      <Paragraph mb="m">
        {t(`surveys.modes.${survey.mode}`)} · {t('surveys.page.questionsCount', { count: survey.definition.questions.length, items: itemCodes(survey.definition).length })}
      </Paragraph>
      <Section title={t('surveys.page.rounds')} id="rounds">
        {survey.rounds.length === 0 ? <Paragraph>{t('surveys.page.noRounds')}</Paragraph> : null}
        {survey.rounds.length > 0 ? (
          <TableWrap label={t('surveys.page.rounds')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('surveys.page.round')}</th>
                  <th scope="col">{t('surveys.page.opensOn')}</th>
                  <th scope="col">{t('surveys.page.closesOn')}</th>
                  <th scope="col">{t('surveys.page.responses')}</th>
                  <th scope="col">{t('surveys.page.unusedLinks')}</th>
                </tr>
              </thead>
              <tbody>
                {survey.rounds.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.label} <Badge tone={r.status === 'open' ? 'success' : 'neutral'}>{t(`surveys.page.status.${r.status}`)}</Badge>
                    </th>
                    <td>{displayDate(r.opensOn)}</td>
                    <td>{displayDate(r.closesOn)}</td>
                    <td>{r.responses}</td>
                    <td>{r.unusedLinks}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : null}
        {survey.canManage
          ? survey.rounds.map((r) => (
              <RoundTools key={r.id} survey={survey} round={r} shown={shown[r.id]} onLink={(l) => setShown((x) => ({ ...x, [r.id]: l }))} reload={state.reload} />
            ))
          : null}
      </Section>
      {survey.canManage ? (
        <Section title={t('surveys.page.newRound')} id="new-round">
          <NewRound survey={survey} onCreated={(roundId, link) => {
            if (link) setShown((x) => ({ ...x, [roundId]: link }));
            state.reload();
          }} />
        </Section>
      ) : null}
    </>
  );
}

function NewRound({ survey, onCreated }: { survey: Survey; onCreated(roundId: string, link: Link | null): void }) {
  const { t } = useTranslation();
  const id = 'new-round-form';
  const fields = useFields({ label: String(new Date().getFullYear()), opensOn: todayIso(), closesOn: '', openLink: survey.mode === 'anonymous' });
  const v = fields.values;
  const submission = useSubmit<{ id: string; label: string; openLink: Link | null }>({
    validate: () => ({ label: v.label.trim() ? undefined : 'errors.required', closesOn: v.closesOn ? undefined : 'errors.required' }),
    send: (key) => api.post(`/api/surveys/${survey.id}/rounds`, { label: v.label.trim(), opensOn: v.opensOn, closesOn: v.closesOn, openLink: v.openLink }, key),
    onSuccess: (r) => onCreated(r.id, r.openLink),
    savedText: t('surveys.page.roundCreated', { label: v.label }),
  });
  const f = (path: string) => bind(id, submission, path);
  return (
    <FormShell id={id} submission={submission} submitLabel={t('surveys.page.createRound')}>
      <TextField {...f('label')} label={t('surveys.page.roundLabel')} hint={t('surveys.page.roundLabelHint')} width="short" value={v.label} onChange={(x) => fields.set('label', x)} />
      <DateField {...f('opensOn')} label={t('surveys.page.opensOn')} value={v.opensOn} onChange={(x) => fields.set('opensOn', x)} />
      <DateField {...f('closesOn')} label={t('surveys.page.closesOn')} value={v.closesOn} onChange={(x) => fields.set('closesOn', x)} />
      <CheckField id={`${id}-openLink`} checked={v.openLink} onChange={(x) => fields.set('openLink', x)}>
        {t('surveys.page.withOpenLink')}
      </CheckField>
    </FormShell>
  );
}

function RoundTools({ survey, round, shown, onLink, reload }: { survey: Survey; round: Round; shown?: Link; onLink(l: Link): void; reload(): void }) {
  const { t } = useTranslation();
  const base = `round-${round.id.slice(0, 8)}`;
  const [links, setLinks] = useState<Link[]>([]);
  const closing = useFields({ closesOn: round.closesOn });
  const closeSubmission = useSubmit({
    send: () => api.patch(`/api/survey-rounds/${round.id}`, { closesOn: closing.values.closesOn }),
    onSuccess: reload,
  });
  const count = useFields({ count: '10' });
  const linkSubmission = useSubmit<{ links: Link[] }>({
    validate: () => ({ count: /^\d+$/.test(count.values.count) && Number(count.values.count) >= 1 && Number(count.values.count) <= 2000 ? undefined : 'errors.invalidNumber' }),
    send: (key) => api.post(`/api/survey-rounds/${round.id}/links`, { count: Number(count.values.count) }, key),
    onSuccess: (r) => {
      setLinks(r.links);
      reload();
    },
    savedText: t('surveys.page.linksMade', { count: Number(count.values.count) }),
  });
  const renew = async () => {
    const link = await api.post<Link>(`/api/survey-rounds/${round.id}/open-link`, {});
    onLink(link);
    reload();
  };
  const csv = `\uFEFFlink\r\n${links.map((l) => absolute(l.path)).join('\r\n')}\r\n`;
  return (
    <section className="section" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} className="subheading">
        {t('surveys.page.round')} {round.label}
      </h3>
      {shown ? <LinkShown link={shown} t={t} /> : null}
      <p>
        <Button variant="secondary" onClick={() => void renew()} aria-describedby={`${base}-renew-hint`}>
          {round.hasOpenLink ? t('surveys.page.renewLink') : t('surveys.page.openLink')}
        </Button>{' '}
        <span className="hint" id={`${base}-renew-hint`}>
          {round.hasOpenLink ? t('surveys.page.renewHint') : ''}
        </span>
      </p>
      <FormShell id={`${base}-close`} submission={closeSubmission} submitLabel={t('surveys.page.saveClosing')} className="inline-form">
        <DateField {...bind(`${base}-close`, closeSubmission, 'closesOn')} label={t('surveys.page.changeClosing')} value={closing.values.closesOn} onChange={(x) => closing.set('closesOn', x)} />
      </FormShell>
      {survey.mode === 'anonymous' ? (
        <>
          <h4 className="subheading">{t('surveys.page.oneTimeLinks')}</h4>
          <Paragraph mb="xs">{t('surveys.page.oneTimeHint')}</Paragraph>
          <FormShell id={`${base}-links`} submission={linkSubmission} submitLabel={t('surveys.page.makeLinks')} className="inline-form">
            <TextField {...bind(`${base}-links`, linkSubmission, 'count')} label={t('surveys.page.linkCount')} width="short" inputMode="numeric" value={count.values.count} onChange={(x) => count.set('count', x)} />
          </FormShell>
          {links.length ? (
            <>
              <Paragraph mb="xs">{t('surveys.page.linkOnce')}</Paragraph>
              <p>
                <a className="button-link" download={`links-${round.label}.csv`} href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}>
                  {t('surveys.page.downloadLinks')}
                </a>
              </p>
              <ul className="plain-list">
                {links.slice(0, 20).map((l) => (
                  <li key={l.token} className="link-box">
                    {absolute(l.path)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
