// Building a survey: from a template, or question by question (type, stable code, texts in
// Finnish, Swedish and English, required, scale points and labels, choices, matrix statements,
// a condition on an earlier answer) with scales of Likert items. The same form edits a survey.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Button, Heading } from 'suomifi-ui-components';
import { CONDITION_OPS, QUESTION_TYPES, type Question, type QuestionType, type SurveyDefinition, type Text } from '../../../domain/surveys/definition.ts';
import { api } from '../../api.ts';
import { AreaField, CheckField, RadioField, SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, bind, FormShell } from '../../components/ui.tsx';
import { useApi, useFields, useSubmit } from '../../hooks.ts';
import { SurveyTabs, useText } from './common.tsx';
import type { Survey, TemplateSummary } from './types.ts';
import './surveys.css';

interface QForm {
  key: number;
  base?: Question;
  code: string;
  type: QuestionType;
  textFi: string;
  textSv: string;
  textEn: string;
  required: boolean;
  points: string;
  labels: string;
  options: string;
  statements: string;
  min: string;
  max: string;
  showCode: string;
  showOp: string;
  showValue: string;
}

interface SForm {
  key: number;
  code: string;
  nameFi: string;
  items: string;
}

let nextKey = 1;
const FORM = 'survey-editor';

function toForm(q: Question): QForm {
  return {
    key: nextKey++,
    base: q,
    code: q.code,
    type: q.type,
    textFi: q.text.fi,
    textSv: q.text.sv ?? '',
    textEn: q.text.en ?? '',
    required: q.required,
    points: String(q.points ?? 5),
    labels: (q.labels ?? []).map((l) => l.fi).join(' | '),
    options: (q.options ?? []).map((o) => `${o.value} = ${o.text.fi}`).join('\n'),
    statements: (q.statements ?? []).map((s) => `${s.code} = ${s.text.fi}`).join('\n'),
    min: q.min === undefined ? '' : String(q.min),
    max: q.max === undefined ? '' : String(q.max),
    showCode: q.showIf?.code ?? '',
    showOp: q.showIf?.op ?? 'equals',
    showValue: q.showIf?.value === undefined ? '' : String(q.showIf.value),
  };
}

function blankQuestion(index: number): QForm {
  return toForm({ code: `Q${index + 1}`, type: 'likert', text: { fi: '' }, required: false, points: 5 });
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 40) || 'x';

/** "code = text" lines (the code may be left out), keeping Swedish and English texts of known codes. */
function parseLines(text: string, known: Array<{ code: string; text: Text }>, makeCode: (label: string, i: number) => string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      const m = /^([A-Za-z0-9_]+)\s*=\s*(.+)$/.exec(line);
      const code = m ? m[1] : makeCode(line, i);
      const fi = m ? m[2].trim() : line;
      const before = known.find((k) => k.code === code);
      return { code, text: { ...(before?.text ?? {}), fi } as Text };
    });
}

const num = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(',', '.')));

function toQuestion(f: QForm): Question {
  const base = f.base;
  const text: Text = { fi: f.textFi.trim(), ...(f.textSv.trim() ? { sv: f.textSv.trim() } : {}), ...(f.textEn.trim() ? { en: f.textEn.trim() } : {}) };
  const q: Question = { code: f.code.trim(), type: f.type, text, required: f.required, ...(base?.help ? { help: base.help } : {}) };
  if (f.type === 'likert' || f.type === 'matrix') {
    q.points = Number(f.points) || 5;
    const labels = f.labels.split('|').map((l) => l.trim()).filter(Boolean);
    if (labels.length) q.labels = labels.map((fi, i) => ({ ...(base?.labels?.length === labels.length ? base.labels[i] : {}), fi }));
  }
  if (f.type === 'single' || f.type === 'multiple') {
    q.options = parseLines(f.options, (base?.options ?? []).map((o) => ({ code: o.value, text: o.text })), (label, i) => slug(label) || `o${i + 1}`).map((o) => ({ value: o.code, text: o.text }));
  }
  if (f.type === 'matrix') q.statements = parseLines(f.statements, base?.statements ?? [], (_, i) => `${f.code.trim()}_${i + 1}`);
  if (f.type === 'number') {
    const min = num(f.min);
    const max = num(f.max);
    if (min !== undefined) q.min = min;
    if (max !== undefined) q.max = max;
    if (base?.integer) q.integer = true;
  }
  if (f.showCode) {
    const raw = f.showValue.trim();
    q.showIf = { code: f.showCode, op: f.showOp as never, ...(f.showOp !== 'answered' ? { value: /^-?\d+([.,]\d+)?$/.test(raw) && ['atLeast', 'atMost'].includes(f.showOp) ? Number(raw.replace(',', '.')) : raw } : {}) };
  }
  return q;
}

export function NewSurvey() {
  const { t } = useTranslation();
  const templates = useApi<TemplateSummary[]>('/api/surveys/templates');
  return (
    <div className="narrow">
      <PageTitle>{t('surveys.editor.newTitle')}</PageTitle>
      <Async state={templates}>{(list) => <Editor templates={list} />}</Async>
    </div>
  );
}

export function EditSurvey() {
  const { t } = useTranslation();
  const { surveyId } = useParams();
  const survey = useApi<Survey>(`/api/surveys/${surveyId}`);
  return (
    <div className="narrow">
      <PageTitle>{t('surveys.editor.editTitle')}</PageTitle>
      <SurveyTabs id={surveyId!} canManage />
      <Async state={survey}>{(s) => <Editor survey={s} />}</Async>
    </div>
  );
}

function Editor({ templates, survey }: { templates?: TemplateSummary[]; survey?: Survey }) {
  const { t } = useTranslation();
  const text = useText();
  const navigate = useNavigate();
  const fields = useFields({
    start: 'blank',
    titleFi: survey?.title.fi ?? '',
    titleSv: survey?.title.sv ?? '',
    titleEn: survey?.title.en ?? '',
    mode: survey?.mode ?? 'anonymous',
    shared: survey?.sharedWithResearchers ?? false,
  });
  const [questions, setQuestions] = useState<QForm[]>(() => (survey ? survey.definition.questions.map(toForm) : [blankQuestion(0)]));
  const [scales, setScales] = useState<SForm[]>(() =>
    (survey?.definition.scales ?? []).map((s) => ({ key: nextKey++, code: s.code, nameFi: s.name.fi, items: s.items.join(', ') })),
  );
  const v = fields.values;
  const fromTemplate = !survey && v.start !== 'blank';
  const setQ = (index: number, patch: Partial<QForm>) => setQuestions((list) => list.map((q, i) => (i === index ? { ...q, ...patch } : q)));
  const setS = (index: number, patch: Partial<SForm>) => setScales((list) => list.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  const definition = (): SurveyDefinition => ({
    questions: questions.map(toQuestion),
    scales: scales.map((s) => {
      const base = survey?.definition.scales.find((x) => x.code === s.code);
      return {
        code: s.code.trim(),
        name: { ...(base?.name ?? {}), fi: s.nameFi.trim() },
        items: s.items
          .split(/[,\s]+/)
          .map((x) => x.trim())
          .filter(Boolean),
      };
    }),
  });

  const submission = useSubmit<Survey>({
    validate: () => {
      const errors: Record<string, string> = {};
      if (fromTemplate) return errors;
      if (!v.titleFi.trim()) errors['title.fi'] = 'errors.required';
      questions.forEach((q, i) => {
        if (!q.textFi.trim()) errors[`definition.questions.${i}.text.fi`] = 'errors.required';
        if (!/^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(q.code.trim())) errors[`definition.questions.${i}.code`] = 'errors.surveyItemCode';
      });
      return errors;
    },
    send: (key) => {
      if (fromTemplate) return api.post<Survey>('/api/surveys', { templateKey: v.start, mode: v.mode, sharedWithResearchers: v.shared }, key);
      const title = { fi: v.titleFi.trim(), ...(v.titleSv.trim() ? { sv: v.titleSv.trim() } : {}), ...(v.titleEn.trim() ? { en: v.titleEn.trim() } : {}) };
      if (survey) return api.put<Survey>(`/api/surveys/${survey.id}`, { title, definition: definition(), sharedWithResearchers: v.shared, ...(survey.rounds.some((r) => r.responses > 0) ? {} : { mode: v.mode }) });
      return api.post<Survey>('/api/surveys', { title, mode: v.mode, definition: definition(), sharedWithResearchers: v.shared }, key);
    },
    savedText: t('surveys.editor.saved'),
    onSuccess: (s) => navigate(`/surveys/${s.id}`),
  });
  const f = (path: string) => bind(FORM, submission, path);
  const modeOptions = ['anonymous', 'identified'].map((m) => ({ value: m, label: t(`surveys.modes.${m}`) }));

  return (
    <FormShell id={FORM} submission={submission} submitLabel={survey ? t('surveys.editor.save') : t('surveys.editor.create')}>
      {templates ? (
        <RadioField
          {...f('start')}
          label={t('surveys.editor.start')}
          hint={t('surveys.editor.templateHint')}
          value={v.start}
          onChange={(x) => fields.set('start', x)}
          options={[{ value: 'blank', label: t('surveys.editor.blank') }, ...templates.map((tp) => ({ value: tp.key, label: text(tp.title) }))]}
        />
      ) : null}
      <RadioField {...f('mode')} label={t('surveys.editor.mode')} value={v.mode} onChange={(x) => fields.set('mode', x as 'anonymous')} options={modeOptions} />
      <CheckField id={`${FORM}-shared`} checked={v.shared} onChange={(x) => fields.set('shared', x)}>
        {t('surveys.editor.shared')}
      </CheckField>
      {fromTemplate ? null : (
        <>
          <TextField {...f('title.fi')} label={t('surveys.editor.titleFi')} value={v.titleFi} onChange={(x) => fields.set('titleFi', x)} />
          <TextField {...f('title.sv')} label={t('surveys.editor.titleSv')} optional value={v.titleSv} onChange={(x) => fields.set('titleSv', x)} />
          <TextField {...f('title.en')} label={t('surveys.editor.titleEn')} optional value={v.titleEn} onChange={(x) => fields.set('titleEn', x)} />
          <Heading variant="h2" className="subheading">
            {t('surveys.editor.questions')}
          </Heading>
          {questions.map((q, i) => {
            const p = `definition.questions.${i}`;
            const earlier = questions.slice(0, i).filter((x) => x.type !== 'matrix');
            return (
              <fieldset key={q.key} className="question-editor">
                <legend>{t('surveys.editor.question', { number: i + 1 })}</legend>
                <SelectField
                  {...f(`${p}.type`)}
                  label={t('surveys.editor.type')}
                  value={q.type}
                  onChange={(x) => setQ(i, { type: x as QuestionType })}
                  options={QUESTION_TYPES.map((ty) => ({ value: ty, label: t(`surveys.types.${ty}`) }))}
                />
                <TextField {...f(`${p}.code`)} label={t('surveys.editor.code')} hint={t('surveys.editor.codeHint')} width="short" value={q.code} onChange={(x) => setQ(i, { code: x })} />
                <TextField {...f(`${p}.text.fi`)} label={t('surveys.editor.textFi')} value={q.textFi} onChange={(x) => setQ(i, { textFi: x })} />
                <TextField {...f(`${p}.text.sv`)} label={t('surveys.editor.textSv')} optional value={q.textSv} onChange={(x) => setQ(i, { textSv: x })} />
                <TextField {...f(`${p}.text.en`)} label={t('surveys.editor.textEn')} optional value={q.textEn} onChange={(x) => setQ(i, { textEn: x })} />
                <CheckField id={`${FORM}-${i}-required`} checked={q.required} onChange={(x) => setQ(i, { required: x })}>
                  {t('surveys.editor.required')}
                </CheckField>
                {q.type === 'likert' || q.type === 'matrix' ? (
                  <>
                    <TextField {...f(`${p}.points`)} label={t('surveys.editor.points')} width="short" inputMode="numeric" value={q.points} onChange={(x) => setQ(i, { points: x })} />
                    <TextField {...f(`${p}.labels`)} label={t('surveys.editor.labels')} hint={t('surveys.editor.labelsHint')} optional value={q.labels} onChange={(x) => setQ(i, { labels: x })} />
                  </>
                ) : null}
                {q.type === 'single' || q.type === 'multiple' ? (
                  <AreaField {...f(`${p}.options`)} label={t('surveys.editor.options')} hint={t('surveys.editor.optionsHint')} rows={4} value={q.options} onChange={(x) => setQ(i, { options: x })} />
                ) : null}
                {q.type === 'matrix' ? (
                  <AreaField {...f(`${p}.statements`)} label={t('surveys.editor.statements')} hint={t('surveys.editor.statementsHint')} rows={5} value={q.statements} onChange={(x) => setQ(i, { statements: x })} />
                ) : null}
                {q.type === 'number' ? (
                  <div className="field-row">
                    <TextField {...f(`${p}.min`)} label={t('surveys.editor.min')} optional width="short" inputMode="decimal" value={q.min} onChange={(x) => setQ(i, { min: x })} />
                    <TextField {...f(`${p}.max`)} label={t('surveys.editor.max')} optional width="short" inputMode="decimal" value={q.max} onChange={(x) => setQ(i, { max: x })} />
                  </div>
                ) : null}
                {i > 0 ? (
                  <>
                    <SelectField
                      {...f(`${p}.showIf.code`)}
                      label={t('surveys.editor.showIf')}
                      value={q.showCode}
                      onChange={(x) => setQ(i, { showCode: x })}
                      options={[{ value: '', label: t('surveys.editor.always') }, ...earlier.map((e) => ({ value: e.code, label: `${e.code}: ${e.textFi}` }))]}
                    />
                    {q.showCode ? (
                      <div className="field-row">
                        <SelectField
                          {...f(`${p}.showIf.op`)}
                          label={t('surveys.editor.showIfOp')}
                          value={q.showOp}
                          onChange={(x) => setQ(i, { showOp: x })}
                          options={CONDITION_OPS.map((op) => ({ value: op, label: t(`surveys.ops.${op}`) }))}
                        />
                        {q.showOp !== 'answered' ? <TextField {...f(`${p}.showIf.value`)} label={t('surveys.editor.showIfValue')} value={q.showValue} onChange={(x) => setQ(i, { showValue: x })} /> : null}
                      </div>
                    ) : null}
                  </>
                ) : null}
                {questions.length > 1 ? (
                  <Button variant="secondaryNoBorder" onClick={() => setQuestions((list) => list.filter((_, j) => j !== i))}>
                    {t('surveys.editor.removeQuestion', { number: i + 1 })}
                  </Button>
                ) : null}
              </fieldset>
            );
          })}
          <p>
            <Button variant="secondary" onClick={() => setQuestions((list) => [...list, blankQuestion(list.length)])}>
              {t('surveys.editor.addQuestion')}
            </Button>
          </p>
          <Heading variant="h2" className="subheading">
            {t('surveys.editor.scales')}
          </Heading>
          <p className="hint">{t('surveys.editor.scalesHint')}</p>
          {scales.map((s, i) => (
            <fieldset key={s.key} className="question-editor">
              <legend>{t('surveys.editor.scale', { number: i + 1 })}</legend>
              <TextField {...f(`definition.scales.${i}.code`)} label={t('surveys.editor.scaleCode')} width="short" value={s.code} onChange={(x) => setS(i, { code: x })} />
              <TextField {...f(`definition.scales.${i}.name.fi`)} label={t('surveys.editor.scaleName')} value={s.nameFi} onChange={(x) => setS(i, { nameFi: x })} />
              <TextField {...f(`definition.scales.${i}.items`)} label={t('surveys.editor.scaleItems')} value={s.items} onChange={(x) => setS(i, { items: x })} />
              <Button variant="secondaryNoBorder" onClick={() => setScales((list) => list.filter((_, j) => j !== i))}>
                {t('surveys.editor.removeScale', { number: i + 1 })}
              </Button>
            </fieldset>
          ))}
          <p>
            <Button variant="secondary" onClick={() => setScales((list) => [...list, { key: nextKey++, code: `S${list.length + 1}`, nameFi: '', items: '' }])}>
              {t('surveys.editor.addScale')}
            </Button>
          </p>
        </>
      )}
    </FormShell>
  );
}
