// The templates shipped with Polku: a survey can be created from any of them.
import { barometerSurvey } from './barometer.ts';
import { expertSurvey } from './expert.ts';
import { remoteFeedbackSurvey } from './feedback.ts';
import { housingCoachingSurvey } from './housing.ts';
import type { Template } from './common.ts';

export type { Template } from './common.ts';
export const TEMPLATES: readonly Template[] = [barometerSurvey, expertSurvey, remoteFeedbackSurvey, housingCoachingSurvey];
export const TEMPLATE_KEYS = TEMPLATES.map((t) => t.key);
export const templateByKey = (key: string) => TEMPLATES.find((t) => t.key === key) ?? null;
