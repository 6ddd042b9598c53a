// Shapes of the survey API's answers as the pages use them.
import type { SurveyDefinition, Text } from '../../../domain/surveys/definition.ts';
import type { SurveyReport } from '../../../domain/surveys/results.ts';

export interface SurveySummary {
  id: string;
  title: Text;
  mode: 'anonymous' | 'identified';
  templateKey: string | null;
  rounds: number;
  responses: number;
  canManage: boolean;
}

export interface Round {
  id: string;
  label: string;
  opensOn: string;
  closesOn: string;
  hasOpenLink: boolean;
  responses: number;
  unusedLinks: number;
  status: 'open' | 'closed' | 'upcoming';
}

export interface Survey {
  id: string;
  title: Text;
  description: Partial<Text>;
  mode: 'anonymous' | 'identified';
  templateKey: string | null;
  definition: SurveyDefinition;
  sharedWithResearchers: boolean;
  canManage: boolean;
  rounds: Round[];
}

export interface TemplateSummary {
  key: string;
  title: Text;
  description: Text;
  mode: string;
  questions: number;
  scales: number;
}

export interface Results {
  survey: { id: string; title: Text; mode: string };
  round: { id: string; label: string } | null;
  rounds: Array<{ id: string; label: string }>;
  definition?: SurveyDefinition;
  report: SurveyReport | null;
}

export interface ImportPreview {
  header: string[];
  mapping: Record<string, string>;
  totalRows: number;
  validRows: number;
  preview: Array<Record<string, unknown> | null>;
  issues: Array<{ row: number; column: string | null; messageKey: string; value?: string }>;
  issueCount: number;
}
