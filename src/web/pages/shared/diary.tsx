// One diary entry with its comments: the client sees all of theirs, the coach the shared ones.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { Badge } from '../../components/ui.tsx';
import { displayDate, displayInstant } from '../../format.ts';
import type { DiaryEntry } from '../../types.ts';

export function DiaryEntryView({ entry, children, showSharing }: { entry: DiaryEntry; children?: ReactNode; showSharing?: boolean }) {
  const { t, i18n } = useTranslation();
  const comments = entry.comments ?? [];
  return (
    <article className="diary-entry" aria-labelledby={`diary-${entry.id}`}>
      <Heading variant="h3" id={`diary-${entry.id}`}>
        {displayDate(entry.entryDate)}
      </Heading>
      {showSharing ? (
        <div className="badges">
          {entry.sharedWithCoach ? <Badge tone="success">{t('diary.shared')}</Badge> : <Badge>{t('diary.private')}</Badge>}
        </div>
      ) : null}
      <p className="diary-label">{t('diary.didWhat')}</p>
      <p className="diary-text">{entry.didWhat}</p>
      {entry.howItWent ? (
        <>
          <p className="diary-label">{t('diary.howItWent')}</p>
          <p className="diary-text">{entry.howItWent}</p>
        </>
      ) : null}
      {entry.mood ? (
        <p className="diary-mood">
          {t('diary.mood')}: {t(`diary.moods.${entry.mood}`)}
        </p>
      ) : null}
      {comments.length > 0 ? (
        <div className="comments">
          <Heading variant="h4" as="h4">
            {t('diary.comments')}
          </Heading>
          <ul className="plain-list">
            {comments.map((comment) => (
              <li key={comment.id} className="comment">
                <p className="comment-meta">
                  {comment.authorName ?? ''} {displayInstant(comment.createdAt, i18n.language)}
                </p>
                <p>{comment.body}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {children}
    </article>
  );
}
