// A provider's unit manager's own services: published or not, with publishing and withdrawing,
// and the way to add and edit them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api, ApiError } from '../../api.ts';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, Empty, SaveStatus, TableWrap } from '../../components/ui.tsx';
import { displayInstant } from '../../format.ts';
import { useApi, useErrorText } from '../../hooks.ts';
import type { Service } from '../catalogue/shared.tsx';

export default function OwnServices() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const services = useApi<Service[]>('/api/catalogue/own-services');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = (service: Service) => {
    api
      .post<Service>(`/api/catalogue/services/${service.id}/${service.published ? 'unpublish' : 'publish'}`)
      .then((next) => {
        setError(null);
        setStatus(t(next.published ? 'catalogue.provider.publishedStatus' : 'catalogue.provider.unpublishedStatus', { name: next.name }));
        services.reload();
      })
      .catch((caught: unknown) => {
        setStatus(null);
        const e = caught instanceof ApiError ? caught : null;
        setError(e ? `${errorText(e.messageKey, e.title)}${e.fieldErrors.length ? ` (${e.fieldErrors.map((f) => t(`catalogue.remote.${f.path.split('.').pop()}`)).join(', ')})` : ''}` : t('errors.internal'));
      });
  };
  return (
    <>
      <PageTitle>{t('catalogue.provider.title')}</PageTitle>
      <Paragraph mb="m">{t('catalogue.provider.intro')}</Paragraph>
      <p className="page-actions">
        <Link to="/provider/services/new" className="button-link">{t('catalogue.provider.add')}</Link> <Link to="/catalogue">{t('catalogue.provider.toCatalogue')}</Link>{' '}
        <Link to="/purchasing/contracts">{t('catalogue.provider.contractsLink')}</Link>
      </p>
      <div role="alert">{error ? <InlineAlert status="error">{error}</InlineAlert> : null}</div>
      <SaveStatus message={status} />
      <Async state={services}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('catalogue.provider.none')}</Empty>
          ) : (
            <TableWrap label={t('catalogue.provider.title')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('catalogue.name')}</th>
                    <th scope="col">{t('catalogue.kind')}</th>
                    <th scope="col">{t('catalogue.deliveryMode')}</th>
                    <th scope="col">{t('catalogue.provider.state')}</th>
                    <th scope="col">{t('catalogue.updated')}</th>
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        <Link to={`/catalogue/${s.id}`}>{s.name}</Link>
                      </th>
                      <td>{t(`codes.serviceKinds.${s.kind}`)}</td>
                      <td>{t(`codes.deliveryModes.${s.deliveryMode}`)}</td>
                      <td>{s.published ? <Badge tone="success">{t('catalogue.provider.published')}</Badge> : <Badge>{t('catalogue.provider.notPublished')}</Badge>}</td>
                      <td>{t('catalogue.versionValue', { version: s.version, date: displayInstant(s.updatedAt, i18n.language) })}</td>
                      <td>
                        <div className="actions-row">
                          <Link to={`/provider/services/${s.id}`}>{t('catalogue.provider.edit', { name: s.name })}</Link>
                          <Button variant="secondary" onClick={() => toggle(s)}>
                            {s.published ? t('catalogue.provider.unpublish') : t('catalogue.provider.publish')}
                            <span className="visually-hidden"> {s.name}</span>
                          </Button>
                        </div>
                      </td>
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
