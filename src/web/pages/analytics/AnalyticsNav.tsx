// Tabs between the analytics pages a role may open.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useUser } from '../../auth.tsx';

export function AnalyticsNav() {
  const { t } = useTranslation();
  const user = useUser();
  const tabs = [
    { to: '/analytics', label: t('analytics.tabs.dashboard'), end: true },
    ...(user.role === 'coach' ? [] : [{ to: '/analytics/fairness', label: t('analytics.tabs.fairness') }]),
    { to: '/analytics/hypotheses', label: t('analytics.tabs.hypotheses') },
    ...(user.role === 'purchaser' || user.role === 'admin' || user.role === 'researcher' ? [{ to: '/analytics/profile', label: t('analytics.tabs.profile') }] : []),
  ];
  return (
    <nav className="tabs" aria-label={t('analytics.tabs.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
