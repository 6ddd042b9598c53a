// Helpers of the survey pages: texts in the user's language, links to a survey's pages.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { textIn, type Lang, type Text } from '../../../domain/surveys/definition.ts';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return (['fi', 'sv', 'en'].includes(i18n.language) ? i18n.language : 'fi') as Lang;
}

export function useText() {
  const lang = useLang();
  return (t: Partial<Text> | undefined) => (t && t.fi !== undefined ? textIn(t as Text, lang) : (t?.[lang] ?? ''));
}

/** Tabs of one survey: overview, results, import. */
export function SurveyTabs({ id, canManage }: { id: string; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <nav className="survey-tabs" aria-label={t('surveys.list.survey')}>
      <ul>
        <li>
          <NavLink to={`/surveys/${id}`} end>
            {t('surveys.page.rounds')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/surveys/${id}/results`}>{t('surveys.page.results')}</NavLink>
        </li>
        {canManage ? (
          <>
            <li>
              <NavLink to={`/surveys/${id}/edit`}>{t('surveys.page.edit')}</NavLink>
            </li>
            <li>
              <NavLink to={`/surveys/${id}/import`}>{t('surveys.page.import')}</NavLink>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}

export const formatNumber = (value: number | null | undefined, lang: string, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-FI`, { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const formatP = (p: number, lang: string) => (p < 0.001 ? '< 0,001'.replace(',', lang === 'en' ? '.' : ',') : formatNumber(p, lang, 3));
