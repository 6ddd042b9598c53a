// The choices every dashboard shares: period, breakdown, municipality and (for viewers who may see
// individuals) filters. The chosen values live in the address, so a view can be bookmarked and shared.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { CheckGroupField, SelectField, type Option } from '../../components/fields.tsx';
import { useApi } from '../../hooks.ts';
import { query } from '../../api.ts';
import { DESTINATIONS, SERVICE_KINDS, UNIT_TYPES } from '../../../domain/codes.ts';
import { AGGREGATE_BREAKDOWNS, BREAKDOWN_NAMES, DEFAULT_COUNTED_DESTINATIONS } from '../../../domain/analytics/definitions.ts';


/** The period value meaning the last twelve full months (the default for viewers who see individuals). */
const LAST_TWELVE = 'last12';

export interface Choices {
  year: string;
  by: string;
  municipality: string;
  unitType: string;
  service: string;
  /** Comma-separated destinations counted as a transition; empty = the default set. */
  counted: string;
}

export function useChoices(aggregateOnly: boolean): [Choices, (patch: Partial<Choices>) => void, string] {
  const [params, setParams] = useSearchParams();
  const lastYear = String(new Date().getFullYear() - 1);
  const choices: Choices = {
    year: params.get('year') ?? (aggregateOnly ? lastYear : LAST_TWELVE),
    by: params.get('by') ?? 'total',
    municipality: params.get('municipality') ?? '',
    unitType: aggregateOnly ? '' : (params.get('unitType') ?? ''),
    service: aggregateOnly ? '' : (params.get('service') ?? ''),
    counted: params.get('counted') ?? '',
  };
  const update = (patch: Partial<Choices>) => {
    const next = { ...choices, ...patch };
    setParams(Object.fromEntries(Object.entries(next).filter(([key, v]) => v !== '' && !(key === 'year' && v === LAST_TWELVE))), { replace: true });
  };
  const q = query({ year: choices.year === LAST_TWELVE ? undefined : choices.year, by: choices.by, municipality: choices.municipality, unitType: choices.unitType, service: choices.service, counted: choices.counted });
  return [choices, update, q];
}

export function Controls({ choices, update, aggregateOnly, chooseMunicipality, hideBreakdown }: { choices: Choices; update(patch: Partial<Choices>): void; aggregateOnly: boolean; chooseMunicipality: boolean; hideBreakdown?: boolean }) {
  const { t } = useTranslation();
  const municipalities = useApi<Array<{ id: string; name: string }>>(chooseMunicipality ? '/api/analytics/municipalities' : null);
  const thisYear = new Date().getFullYear();
  const years: Option[] = [
    ...(aggregateOnly ? [] : [{ value: LAST_TWELVE, label: t('analytics.lastTwelveMonths') }]),
    ...[1, 2, 3, 4, 5].map((back) => ({ value: String(thisYear - back + (aggregateOnly ? 0 : 1)), label: String(thisYear - back + (aggregateOnly ? 0 : 1)) })),
  ];
  const breakdowns = (aggregateOnly ? AGGREGATE_BREAKDOWNS : BREAKDOWN_NAMES).map((b) => ({ value: b, label: t(`analytics.breakdowns.${b}`) }));
  return (
    <div className="controls" role="group" aria-label={t('analytics.controlsLabel')}>
      <SelectField id="analytics-year" label={t('analytics.period')} value={choices.year} onChange={(year) => update({ year })} options={years} />
      {hideBreakdown ? null : <SelectField id="analytics-by" label={t('analytics.breakdown')} value={choices.by} onChange={(by) => update({ by })} options={breakdowns} />}
      {chooseMunicipality ? (
        <SelectField
          id="analytics-municipality"
          label={t('analytics.municipality')}
          optional
          value={choices.municipality}
          onChange={(municipality) => update({ municipality })}
          options={(municipalities.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
        />
      ) : null}
      <details className="counted-choice">
        <summary>{t('analytics.countedChoice')}</summary>
        <CheckGroupField
          id="analytics-counted"
          label={t('analytics.countedLabel')}
          values={choices.counted ? choices.counted.split(',') : [...DEFAULT_COUNTED_DESTINATIONS]}
          onChange={(values) => {
            const isDefault = values.length === DEFAULT_COUNTED_DESTINATIONS.length && DEFAULT_COUNTED_DESTINATIONS.every((d) => values.includes(d));
            // At least one destination must count; an empty choice keeps the last one.
            if (values.length > 0) update({ counted: isDefault ? '' : DESTINATIONS.filter((d) => values.includes(d)).join(',') });
          }}
          options={DESTINATIONS.map((d) => ({ value: d, label: t(`codes.destinations.${d}`) }))}
        />
      </details>
      {aggregateOnly ? null : (
        <>
          <SelectField
            id="analytics-unit-type"
            label={t('analytics.filterUnitType')}
            optional
            value={choices.unitType}
            onChange={(unitType) => update({ unitType })}
            options={UNIT_TYPES.map((c) => ({ value: c, label: t(`codes.unitTypes.${c}`) }))}
          />
          <SelectField
            id="analytics-service"
            label={t('analytics.filterService')}
            optional
            value={choices.service}
            onChange={(service) => update({ service })}
            options={SERVICE_KINDS.map((c) => ({ value: c, label: t(`codes.serviceKinds.${c}`) }))}
          />
        </>
      )}
    </div>
  );
}
