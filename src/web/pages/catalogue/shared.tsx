// Shared pieces of the catalogue pages: the service shape of the API and labels of its fields.
import { useTranslation } from 'react-i18next';
import type { Localized } from '../purchaser/shared.tsx';

export type { Localized };

export const REMOTE_FIELDS = ['content', 'methods', 'toolsAndPlatforms', 'dailyGuidance', 'documentationAndDiary', 'ethicalPrinciples', 'timetable', 'caseExample'] as const;
export const TEXT_FIELDS = ['name', 'targetGroup', 'area', 'schedule', 'description', 'priceNote'] as const;

export interface ServiceTexts {
  name: Localized;
  targetGroup?: Localized;
  area?: Localized;
  schedule?: Localized;
  description?: Localized;
  priceNote?: Localized;
  remote?: Partial<Record<(typeof REMOTE_FIELDS)[number], Localized>>;
}

export interface Service {
  id: string;
  provider: { id: string; name: string; sector: string | null };
  kind: string;
  deliveryMode: string;
  municipalityCodes: string[];
  languages: string[];
  targetFactors: string[];
  priceCents: number | null;
  priceUnit: string | null;
  capacity: number | null;
  name: string | null;
  texts: ServiceTexts;
  version: number;
  published: boolean;
  publishedAt: string | null;
  updatedAt: string;
  canManage?: boolean;
  history?: Array<{ version: number; createdAt: string; content: { texts: ServiceTexts } & Record<string, unknown> }>;
}

/** Pirkanmaa's municipalities by their Statistics Finland codes, for the filter. */
export const MUNICIPALITY_CODES = ['837', '536', '211', '980', '604', '418', '562', '922'] as const;

/** A municipality's name, or its code when the name is not known. */
export function useMunicipality() {
  const { t } = useTranslation();
  return (code: string) => t(`catalogue.municipalities.${code}`, { defaultValue: code });
}

/** A language's name by its code (fi, sv, ru…), or the code. */
export function useLanguageName() {
  const { t } = useTranslation();
  return (code: string) => t(`languages.${code}`, { defaultValue: code });
}
