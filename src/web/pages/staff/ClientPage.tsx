// A client's page: the name and masked identity code on top, the sections as tabs (links), and
// the chosen section below. Sections get the client record through the outlet context.
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router-dom';
import { useUser } from '../../auth.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, SaveStatus } from '../../components/ui.tsx';
import { useApi } from '../../hooks.ts';
import type { ClientRecord } from '../../types.ts';

export interface ClientContext {
  client: ClientRecord;
  reloadClient(): void;
}

export function useClient(): ClientContext {
  return useOutletContext<ClientContext>();
}

const SECTIONS = ['', 'intake', 'periods', 'plan', 'diary', 'attendance', 'employment', 'devices', 'referrals', 'access-log', 'work'] as const;
const sectionLabelKey = (section: string) => `client.sections.${section || 'overview'}`;

export default function ClientPage() {
  const { t } = useTranslation();
  const { clientId } = useParams();
  const user = useUser();
  const location = useLocation();
  const state = useApi<ClientRecord>(`/api/clients/${clientId}`);
  const created = Boolean((location.state as { created?: boolean } | null)?.created);
  const sections = SECTIONS.filter((section) => section !== 'access-log' || user.role === 'unit_manager' || user.role === 'admin');
  const current = location.pathname.split('/')[3] ?? '';

  return (
    <Async state={state}>
      {(client) => (
        <div className="client-page">
          <PageTitle title={`${client.firstName} ${client.lastName} – ${t(sectionLabelKey(current))}`}>
            {client.firstName} {client.lastName}
          </PageTitle>
          <p className="client-subtitle">
            <span>
              {t('client.personalIdLabel')}: {client.personalIdMasked}
            </span>
            {client.homeUnitName ? <span>{client.homeUnitName}</span> : null}
          </p>
          <SaveStatus message={created ? t('newClient.saved') : null} />
          <nav className="tabs" aria-label={t('client.sectionsLabel')}>
            <ul>
              {sections.map((section) => (
                <li key={section}>
                  <NavLink to={section ? `/clients/${client.id}/${section}` : `/clients/${client.id}`} end>
                    {t(sectionLabelKey(section))}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="tab-panel">
            <Outlet context={{ client, reloadClient: state.reload } satisfies ClientContext} />
          </div>
        </div>
      )}
    </Async>
  );
}
