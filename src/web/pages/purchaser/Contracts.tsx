// The purchaser's contracts: provider, validity and services, with the latest invoice of each.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, Empty, TableWrap } from '../../components/ui.tsx';
import { displayDate, todayIso } from '../../format.ts';
import { useApi } from '../../hooks.ts';
import { useMoney, useMonthName, type InvoiceSummary } from './shared.tsx';

interface ContractSummary {
  id: string;
  reference: string;
  title: string;
  purchaserName: string;
  providerName: string;
  startDate: string;
  endDate: string | null;
  serviceKinds: string[];
}

export default function Contracts() {
  const { t } = useTranslation();
  const money = useMoney();
  const monthName = useMonthName();
  const contracts = useApi<ContractSummary[]>('/api/contracts');
  const invoices = useApi<InvoiceSummary[]>('/api/invoices');
  const today = todayIso();
  return (
    <>
      <PageTitle>{t('catalogue.purchasing.contractsTitle')}</PageTitle>
      <Paragraph mb="m">{t('catalogue.purchasing.contractsIntro')}</Paragraph>
      <p className="page-actions">
        <Link to="/purchasing/terms-preview">{t('catalogue.purchasing.previewLink')}</Link>
      </p>
      <Async state={contracts}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('catalogue.purchasing.noContracts')}</Empty>
          ) : (
            <TableWrap label={t('catalogue.purchasing.contractsTitle')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('catalogue.purchasing.reference')}</th>
                    <th scope="col">{t('catalogue.purchasing.provider')}</th>
                    <th scope="col">{t('catalogue.purchasing.validity')}</th>
                    <th scope="col">{t('catalogue.purchasing.serviceKinds')}</th>
                    <th scope="col">{t('catalogue.purchasing.latestInvoice')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((contract) => {
                    const latest = (invoices.data ?? []).find((i) => i.contractId === contract.id);
                    const inForce = contract.startDate <= today && (contract.endDate === null || contract.endDate >= today);
                    return (
                      <tr key={contract.id}>
                        <th scope="row">
                          <Link to={`/purchasing/contracts/${contract.id}`}>{contract.reference}</Link>
                          <div className="muted">{contract.title}</div>
                        </th>
                        <td>{contract.providerName}</td>
                        <td>
                          {displayDate(contract.startDate)}–{displayDate(contract.endDate)}{' '}
                          {inForce ? <Badge tone="success">{t('catalogue.purchasing.inForce')}</Badge> : <Badge>{t('catalogue.purchasing.notInForce')}</Badge>}
                        </td>
                        <td>{contract.serviceKinds.map((k) => t(`codes.serviceKinds.${k}`)).join(', ')}</td>
                        <td>
                          {latest ? (
                            <Link to={`/purchasing/invoices/${latest.id}`}>
                              {monthName(latest.month)}: {money(latest.totalCents)} ({t(`catalogue.purchasing.status_${latest.status}`)})
                            </Link>
                          ) : (
                            t('catalogue.purchasing.noInvoices')
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </Async>
    </>
  );
}
