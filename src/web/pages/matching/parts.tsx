// Pieces shared by the matching pages: the ESCO credit line, match reasons in words, and the
// lists of job, employer-need and service suggestions.
import { useTranslation } from 'react-i18next';
import { Heading, Link as SuomiLink } from 'suomifi-ui-components';
import { Async, Badge, Empty } from '../../components/ui.tsx';
import { displayDate } from '../../format.ts';
import { useApi } from '../../hooks.ts';
import { municipalityName } from './municipalities.ts';
import type { NeedMatch, Posting, PostingMatch, Reasons, ServiceMatch, ServiceReason } from './types.ts';
import './matching.css';

/** ESCO's terms ask every service that shows its terms to say so. */
export function EscoCredit() {
  const { t } = useTranslation();
  return <p className="esco-credit">{t('matching.escoCredit')}</p>;
}

export const percent = (score: number) => `${Math.round(score * 100)} %`;

const labels = (refs: Array<{ label: string }>) => refs.map((r) => r.label).join(', ');

/** The reasons of a match as short sentences. */
export function ReasonList({ reasons }: { reasons: Reasons }) {
  const { t } = useTranslation();
  const items: string[] = [];
  const o = reasons.occupation;
  if (o.kind !== 'none' && o.postingOccupation) {
    items.push(
      t(`matching.reasons.occupation.${o.kind}${o.aspiration ? 'Aspiration' : ''}`, {
        posting: o.postingOccupation.label,
        seeker: o.seekerOccupation?.label ?? '',
      }),
    );
  }
  if (reasons.matchedSkills.length) items.push(t('matching.reasons.matchedSkills', { skills: labels(reasons.matchedSkills) }));
  if (reasons.aspiredSkills.length) items.push(t('matching.reasons.aspiredSkills', { skills: labels(reasons.aspiredSkills) }));
  if (reasons.missingSkills.length) items.push(t('matching.reasons.missingSkills', { skills: labels(reasons.missingSkills) }));
  if (reasons.location !== 'unknown') items.push(t(`matching.reasons.location.${reasons.location}`));
  if (reasons.workingTime !== 'unknown') items.push(t(`matching.reasons.workingTime.${reasons.workingTime}`));
  return (
    <ul className="reasons">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Where a posting comes from; imported ones cite Job Market Finland with a link, as its terms ask. */
export function PostingSource({ posting }: { posting: Posting }) {
  const { t } = useTranslation();
  if (posting.source.kind === 'polku' || !posting.source.url) return null;
  return (
    <p className="card-meta">
      {t('matching.postings.source')}:{' '}
      <SuomiLink href={posting.source.url} target="_blank" rel="noopener noreferrer">
        {posting.source.name}
        <span className="visually-hidden"> ({t('common.opensInNewWindow')})</span>
      </SuomiLink>
    </p>
  );
}

export function PostingFacts({ posting }: { posting: Posting }) {
  const { t, i18n } = useTranslation();
  const facts = [
    posting.employer.name,
    municipalityName(posting.municipalityCode, i18n.language),
    posting.workingTime ? t(`codes.workingTimes.${posting.workingTime}`) : '',
    posting.employmentType ? t(`codes.employmentTypes.${posting.employmentType}`) : '',
    posting.expiresOn ? t('matching.postings.expiresOnShort', { date: displayDate(posting.expiresOn) }) : '',
  ].filter(Boolean);
  return (
    <p className="card-meta">
      {facts.map((f) => (
        <span key={f}>{f}</span>
      ))}
    </p>
  );
}

export function PostingMatchList({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const state = useApi<{ hasProfile: boolean; matches: PostingMatch[] }>(`/api/clients/${clientId}/matches/postings`);
  return (
    <Async state={state}>
      {(data) =>
        !data.hasProfile ? (
          <Empty>{t('matching.jobs.noProfile')}</Empty>
        ) : data.matches.length === 0 ? (
          <Empty>{t('matching.jobs.none')}</Empty>
        ) : (
          <ul className="card-list" aria-label={t('matching.jobs.title')}>
            {data.matches.map((m) => (
              <li key={m.posting.id} className="card">
                <Heading variant="h3" className="card-heading">
                  {m.posting.title}
                </Heading>
                <PostingFacts posting={m.posting} />
                <p>
                  <span className="score">{t('matching.score', { score: percent(m.score) })}</span>
                </p>
                <ReasonList reasons={m.reasons} />
                <PostingSource posting={m.posting} />
              </li>
            ))}
          </ul>
        )
      }
    </Async>
  );
}

export function NeedMatchList({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const state = useApi<{ hasProfile: boolean; matches: NeedMatch[] }>(`/api/clients/${clientId}/matches/needs`);
  return (
    <Async state={state}>
      {(data) =>
        !data.hasProfile ? (
          <Empty>{t('matching.jobs.noProfile')}</Empty>
        ) : data.matches.length === 0 ? (
          <Empty>{t('matching.needs.none')}</Empty>
        ) : (
          <ul className="card-list" aria-label={t('matching.needs.title')}>
            {data.matches.map((m) => (
              <li key={m.need.id} className="card">
                <Heading variant="h3" className="card-heading">
                  {m.need.employer.name}
                </Heading>
                <p>{m.need.description}</p>
                <p className="card-meta">
                  <span>{m.need.unitName}</span>
                  {m.need.positions ? <span>{t('matching.needs.positions', { count: m.need.positions })}</span> : null}
                </p>
                <p>
                  <span className="score">{t('matching.score', { score: percent(m.score) })}</span>
                </p>
                <ReasonList reasons={m.reasons} />
              </li>
            ))}
          </ul>
        )
      }
    </Async>
  );
}

function serviceReason(t: (key: string, options?: Record<string, unknown>) => string, reason: ServiceReason, lang: string): string {
  switch (reason.kind) {
    case 'goal':
      return t('matching.services.reasons.goal', { goal: t(`codes.goalKinds.${reason.goalKind}`) });
    case 'workAbility':
      return t(`matching.services.reasons.workAbility.${reason.level}`);
    case 'target':
      return t('matching.services.reasons.target', { factor: t(`codes.backgroundFactors.${reason.factor}`) });
    case 'delivery':
      return t('matching.services.reasons.delivery', { mode: t(`codes.deliveryModes.${reason.mode}`) });
    case 'language':
      return t('matching.services.reasons.language', { language: t(`languages.${reason.language}`, { defaultValue: reason.language }) });
    case 'municipality':
      return t('matching.services.reasons.municipality', { municipality: municipalityName(reason.municipalityCode, lang) });
  }
}

export function ServiceMatchList({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const state = useApi<{ matches: ServiceMatch[] }>(`/api/clients/${clientId}/matches/services`);
  return (
    <Async state={state}>
      {(data) =>
        data.matches.length === 0 ? (
          <Empty>{t('matching.services.none')}</Empty>
        ) : (
          <ul className="card-list" aria-label={t('matching.services.title')}>
            {data.matches.map((m) => (
              <li key={m.service.id} className="card">
                <Heading variant="h3" className="card-heading">
                  {m.service.name ?? t(`codes.serviceKinds.${m.service.kind}`)}
                </Heading>
                <p className="card-meta">
                  <span>{m.service.provider}</span>
                  <span>{t(`codes.serviceKinds.${m.service.kind}`)}</span>
                  <span>{t(`codes.deliveryModes.${m.service.deliveryMode}`)}</span>
                </p>
                <ul className="reasons">
                  {m.reasons.map((r) => (
                    <li key={JSON.stringify(r)}>{serviceReason(t, r, i18n.language)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )
      }
    </Async>
  );
}

export function VisibilityBadge({ visibility }: { visibility: string }) {
  const { t } = useTranslation();
  return <Badge tone={visibility === 'hidden' ? 'neutral' : 'success'}>{t(`codes.profileVisibilities.${visibility}`)}</Badge>;
}
