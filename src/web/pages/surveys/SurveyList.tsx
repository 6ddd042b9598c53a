// The surveys the user runs or may read results of.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { useUser } from '../../auth.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Empty, TableWrap } from '../../components/ui.tsx';
import { useApi } from '../../hooks.ts';
import { useText } from './common.tsx';
import type { SurveySummary } from './types.ts';
import './surveys.css';

const BUILDERS = ['unit_manager', 'purchaser', 'researcher', 'admin'];

export default function SurveyList() {
  const { t } = useTranslation();
  const user = useUser();
  const text = useText();
  const surveys = useApi<SurveySummary[]>('/api/surveys');
  return (
    <>
      <PageTitle>{t('surveys.list.title')}</PageTitle>
      <Paragraph mb="m">{t('surveys.list.intro')}</Paragraph>
      {BUILDERS.includes(user.role) ? (
        <p className="page-actions">
          <Link className="button-link" to="/surveys/new">
            {t('surveys.list.new')}
          </Link>
        </p>
      ) : null}
      <Async state={surveys}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('surveys.list.empty')}</Empty>
          ) : (
            <TableWrap label={t('surveys.list.tableLabel')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('surveys.list.survey')}</th>
                    <th scope="col">{t('surveys.list.mode')}</th>
                    <th scope="col">{t('surveys.list.rounds')}</th>
                    <th scope="col">{t('surveys.list.responses')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        <Link to={`/surveys/${s.id}`}>{text(s.title)}</Link>
                      </th>
                      <td>{t(`surveys.modes.${s.mode}`)}</td>
                      <td>{s.rounds}</td>
                      <td>{s.responses}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </Async>
    </>
  );
}
