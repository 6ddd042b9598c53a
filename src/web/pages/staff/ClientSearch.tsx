// Client search by name or the end of the personal identity code, optionally within one unit.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { SearchInput } from 'suomifi-ui-components';
import { query } from '../../api.ts';
import { SelectField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Empty, TableWrap } from '../../components/ui.tsx';
import { useApi } from '../../hooks.ts';
import type { ClientListItem, Unit } from '../../types.ts';

const MIN_SEARCH_LENGTH = 2;

export default function ClientSearch() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const unitId = params.get('unitId') ?? '';
  const [text, setText] = useState(q);
  const units = useApi<Unit[]>('/api/units');
  // Nothing is fetched before the user searches: every listed client is a logged read, so the
  // server also wants at least two characters (or a unit).
  const searching = q.length >= MIN_SEARCH_LENGTH || Boolean(unitId);
  const tooShort = q.length > 0 && !searching;
  const results = useApi<ClientListItem[]>(searching ? `/api/clients${query({ q, unitId })}` : null);

  const search = (nextQ: string, nextUnit: string) => {
    const next = new URLSearchParams();
    if (nextQ.trim()) next.set('q', nextQ.trim());
    if (nextUnit) next.set('unitId', nextUnit);
    setParams(next);
  };

  return (
    <>
      <PageTitle>{t('clients.searchTitle')}</PageTitle>
      <div className="search-bar" role="search" aria-label={t('clients.searchTitle')}>
        <div className="field">
          <SearchInput
            id="client-search"
            labelText={t('clients.searchLabel')}
            clearButtonLabel={t('common.clear')}
            searchButtonLabel={t('common.search')}
            visualPlaceholder={t('clients.searchPlaceholder')}
            value={text}
            onChange={setText}
            onSearch={(value) => search(value, unitId)}
            fullWidth
          />
        </div>
        {units.data && units.data.length > 1 ? (
          <SelectField
            id="client-search-unit"
            label={t('clients.unitFilter')}
            optional
            value={unitId}
            onChange={(value) => search(text, value)}
            options={units.data.map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        ) : null}
      </div>
      {!q && !unitId ? <p className="hint">{t('clients.searchHint')}</p> : null}
      {tooShort ? (
        <p className="hint" role="status">
          {t('errors.searchTermRequired')}
        </p>
      ) : null}
      {searching ? (
      <Async state={results}>
        {(clients) =>
          clients.length === 0 ? (
            <Empty>{t('clients.noResults')}</Empty>
          ) : (
            <>
              <p role="status" className="result-count">
                {t('clients.resultCount', { count: clients.length })}
              </p>
              <TableWrap label={t('clients.resultsLabel')}>
                <table className="table">
                  <caption className="visually-hidden">{t('clients.resultsLabel')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('clients.name')}</th>
                      <th scope="col">{t('clients.personalId')}</th>
                      <th scope="col">{t('clients.birthYear')}</th>
                      <th scope="col">{t('clients.homeUnit')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {clients.map((client) => (
                      <tr key={client.id}>
                        <th scope="row">
                          <Link to={`/clients/${client.id}`}>
                            {client.lastName}, {client.firstName}
                          </Link>
                        </th>
                        <td>{client.personalIdMasked}</td>
                        <td>{client.birthYear}</td>
                        <td>{client.homeUnitName ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            </>
          )
        }
      </Async>
      ) : null}
    </>
  );
}
