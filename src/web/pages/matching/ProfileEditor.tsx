// The job seeker profile editor, used by the client on "My skills and work" and by a coach on the
// client's page: paste a CV or write freely, see suggested occupations, skills and aspirations with
// the words that triggered them, choose keywords (the chosen ones steer the next suggestions),
// fill in the details and save. Only the client sets the visibility.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { LANGUAGE_LEVELS, PROFILE_VISIBILITIES, WORKING_TIMES, DELIVERY_MODES } from '../../../domain/codes.ts';
import { api, ApiError } from '../../api.ts';
import { AreaField, CheckField, CheckGroupField, RadioField, SelectField, TextField } from '../../components/fields.tsx';
import { Async, bind, Empty, FormShell, SaveStatus, Section } from '../../components/ui.tsx';
import { useApi, useErrorText, useFields, useSubmit } from '../../hooks.ts';
import { MUNICIPALITIES } from './municipalities.ts';
import { EscoCredit, VisibilityBadge } from './parts.tsx';
import type { EducationEntry, LanguageEntry, Profile, SuggestResult, Suggestion, WorkEntry } from './types.ts';

export const MAX_TEXT = 10_000;
const PROFILE_LANGUAGES = ['fi', 'sv', 'se', 'en', 'ru', 'et', 'uk', 'ar', 'so', 'fa', 'ku', 'vi'];

interface Keyword {
  id: string;
  kind: 'occupation' | 'skill';
  label: string;
  aspiration: boolean;
}

export function ProfileEditor({ clientId, self, onSaved }: { clientId: string; self: boolean; onSaved?(): void }) {
  const state = useApi<Profile>(`/api/clients/${clientId}/profile`);
  return <Async state={state}>{(profile) => <Editor profile={profile} clientId={clientId} self={self} onSaved={(next) => { state.setData(next); onSaved?.(); }} />}</Async>;
}

function Editor({ profile, clientId, self, onSaved }: { profile: Profile; clientId: string; self: boolean; onSaved(next: Profile): void }) {
  const { t } = useTranslation();
  const [keywords, setKeywords] = useState<Keyword[]>(() => [
    ...profile.occupations.map((c) => ({ id: c.id, kind: 'occupation' as const, label: c.label, aspiration: c.aspiration })),
    ...profile.skills.map((c) => ({ id: c.id, kind: 'skill' as const, label: c.label, aspiration: c.aspiration })),
  ]);
  const [notice, setNotice] = useState<string | null>(null);
  const choose = (s: Suggestion, aspiration: boolean, on: boolean) => {
    setKeywords((current) => (on ? [...current.filter((k) => k.id !== s.id), { id: s.id, kind: s.kind, label: s.label, aspiration }] : current.filter((k) => k.id !== s.id)));
    setNotice(t(on ? 'matching.keywords.added' : 'matching.keywords.removed', { label: s.label }));
  };
  const remove = (k: Keyword) => {
    setKeywords((current) => current.filter((x) => x.id !== k.id));
    setNotice(t('matching.keywords.removed', { label: k.label }));
  };

  return (
    <>
      <EscoCredit />
      <Section title={t('matching.describe.title')} id="describe">
        <Suggester keywords={keywords} onChoose={choose} />
      </Section>
      <Section title={t('matching.keywords.title')} id="keywords">
        <SaveStatus message={notice} />
        <KeywordGroup title={t('matching.keywords.occupations')} items={keywords.filter((k) => k.kind === 'occupation' && !k.aspiration)} onRemove={remove} />
        <KeywordGroup title={t('matching.keywords.skills')} items={keywords.filter((k) => k.kind === 'skill' && !k.aspiration)} onRemove={remove} />
        <KeywordGroup title={t('matching.keywords.aspirations')} items={keywords.filter((k) => k.aspiration)} onRemove={remove} />
      </Section>
      <Section title={t('matching.details.title')} id="details">
        <DetailsForm profile={profile} clientId={clientId} keywords={keywords} onSaved={onSaved} />
      </Section>
      <Section title={t('matching.visibility.title')} id="visibility">
        {self ? (
          <VisibilityForm profile={profile} clientId={clientId} onSaved={onSaved} />
        ) : (
          <>
            <p>
              <VisibilityBadge visibility={profile.visibility} />
            </p>
            <Paragraph>{t('matching.visibility.onlyClient')}</Paragraph>
          </>
        )}
      </Section>
    </>
  );
}

function Suggester({ keywords, onChoose }: { keywords: Keyword[]; onChoose(s: Suggestion, aspiration: boolean, on: boolean): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [result, setResult] = useState<SuggestResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const tooLong = text.length > MAX_TEXT;

  const run = () => {
    if (!text.trim()) {
      setError(t('matching.describe.empty'));
      return;
    }
    if (tooLong) return;
    setBusy(true);
    setError(null);
    api
      .post<SuggestResult>('/api/skills/suggest', { text, chosen: keywords.map((k) => k.id) })
      .then((r) => {
        setResult(r);
        setStatus(t('matching.suggest.found', { occupations: r.occupations.length, skills: r.skills.length, aspirations: r.aspirations.length }));
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? errorText(e.messageKey, e.title) : t('errors.internal')))
      .finally(() => setBusy(false));
  };

  const chosen = new Set(keywords.map((k) => k.id));
  const group = (key: 'occupations' | 'skills' | 'aspirations', list: Suggestion[]) => (
    <fieldset className="suggestion-group" key={key}>
      <legend>
        <Heading variant="h3">{t(`matching.suggest.${key}`)}</Heading>
      </legend>
      {list.length === 0 ? (
        <Empty>{t('matching.suggest.none')}</Empty>
      ) : (
        list.map((s) => (
          <CheckField
            key={s.id}
            id={`suggestion-${key}-${s.id}`}
            checked={chosen.has(s.id)}
            onChange={(on) => onChoose(s, key === 'aspirations', on)}
            hint={s.source === 'related' ? t('matching.suggest.related', { words: s.evidence.join(', ') }) : t('matching.suggest.evidence', { words: s.evidence.join(', ') })}
          >
            {s.label}
          </CheckField>
        ))
      )}
    </fieldset>
  );

  return (
    <>
      <Paragraph mb="m">{t('matching.describe.intro')}</Paragraph>
      <AreaField
        id="cv-text"
        label={t('matching.describe.label')}
        hint={t('matching.describe.hint')}
        rows={8}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(null);
        }}
        error={tooLong ? t('matching.describe.tooLong', { max: MAX_TEXT }) : (error ?? undefined)}
      />
      <p className="char-count" aria-live="polite">
        {t('matching.describe.count', { count: text.length, max: MAX_TEXT })}
      </p>
      <div className="form-actions">
        <Button onClick={run} disabled={busy || tooLong} aria-disabled={busy || tooLong}>
          {result ? t('matching.suggest.again') : t('matching.suggest.button')}
        </Button>
      </div>
      <SaveStatus message={status} />
      {result ? (
        <div className="suggestion-groups">
          {group('occupations', result.occupations)}
          {group('skills', result.skills)}
          {group('aspirations', result.aspirations)}
        </div>
      ) : null}
      {result ? <Paragraph className="evidence">{t('matching.suggest.steer')}</Paragraph> : null}
    </>
  );
}

function KeywordGroup({ title, items, onRemove }: { title: string; items: Keyword[]; onRemove(k: Keyword): void }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h3" className="subheading">
        {title}
      </Heading>
      {items.length === 0 ? (
        <Empty>{t('matching.keywords.none')}</Empty>
      ) : (
        <ul className="keyword-list" aria-label={title}>
          {items.map((k) => (
            <li key={k.id}>
              <span>{k.label}</span>
              <Button variant="secondaryNoBorder" onClick={() => onRemove(k)} aria-label={t('matching.keywords.remove', { label: k.label })}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const yearText = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const parseYear = (s: string): number | null | 'invalid' => {
  if (!s.trim()) return null;
  const n = Number(s.trim());
  return Number.isInteger(n) && n >= 1940 && n <= 2100 ? n : 'invalid';
};

interface DetailValues extends Record<string, unknown> {
  municipalityCodes: string[];
  workingTimes: string[];
  deliveryModes: string[];
  wishes: string;
  languages: LanguageEntry[];
  work: Array<{ title: string; employer: string; startYear: string; endYear: string }>;
  education: Array<{ title: string; institution: string; year: string }>;
}

function DetailsForm({ profile, clientId, keywords, onSaved }: { profile: Profile; clientId: string; keywords: Keyword[]; onSaved(next: Profile): void }) {
  const { t, i18n } = useTranslation();
  const fields = useFields<DetailValues>({
    municipalityCodes: profile.municipalityCodes,
    workingTimes: profile.workingTimes,
    deliveryModes: profile.deliveryModes,
    wishes: profile.wishes ?? '',
    languages: profile.languages,
    work: profile.workHistory.map((w: WorkEntry) => ({ title: w.title, employer: w.employer ?? '', startYear: yearText(w.startYear), endYear: yearText(w.endYear) })),
    education: profile.education.map((e: EducationEntry) => ({ title: e.title, institution: e.institution ?? '', year: yearText(e.year) })),
  });
  const v = fields.values;
  const submission = useSubmit<Profile>({
    validate: () => {
      const errors: Record<string, string> = {};
      v.work.forEach((w, i) => {
        if (!w.title.trim()) errors[`workHistory.${i}.title`] = 'errors.required';
        if (parseYear(w.startYear) === 'invalid') errors[`workHistory.${i}.startYear`] = 'errors.invalidYear';
        if (parseYear(w.endYear) === 'invalid') errors[`workHistory.${i}.endYear`] = 'errors.invalidYear';
      });
      v.education.forEach((e, i) => {
        if (!e.title.trim()) errors[`education.${i}.title`] = 'errors.required';
        if (parseYear(e.year) === 'invalid') errors[`education.${i}.year`] = 'errors.invalidYear';
      });
      v.languages.forEach((l, i) => {
        if (!l.language) errors[`languages.${i}.language`] = 'errors.required';
        if (!l.level) errors[`languages.${i}.level`] = 'errors.required';
      });
      return errors;
    },
    send: () =>
      api.put<Profile>(`/api/clients/${clientId}/profile`, {
        occupations: keywords.filter((k) => k.kind === 'occupation').map((k) => ({ id: k.id, aspiration: k.aspiration })),
        skills: keywords.filter((k) => k.kind === 'skill').map((k) => ({ id: k.id, aspiration: k.aspiration })),
        workHistory: v.work.map((w) => ({ title: w.title.trim(), employer: w.employer.trim() || null, startYear: parseYear(w.startYear), endYear: parseYear(w.endYear) })),
        education: v.education.map((e) => ({ title: e.title.trim(), institution: e.institution.trim() || null, year: parseYear(e.year) })),
        languages: v.languages,
        municipalityCodes: v.municipalityCodes,
        workingTimes: v.workingTimes,
        deliveryModes: v.deliveryModes,
        wishes: v.wishes.trim() || null,
      }),
    savedText: t('matching.details.saved'),
    onSuccess: onSaved,
  });
  const f = (path: string) => bind('profile-form', submission, path);
  const setRow = <K extends 'work' | 'education' | 'languages'>(key: K, i: number, patch: Partial<DetailValues[K][number]>) =>
    fields.set(key, (v[key] as Array<Record<string, unknown>>).map((row, j) => (j === i ? { ...row, ...patch } : row)) as DetailValues[K]);
  const removeRow = <K extends 'work' | 'education' | 'languages'>(key: K, i: number) =>
    fields.set(key, (v[key] as unknown[]).filter((_, j) => j !== i) as DetailValues[K]);

  return (
    <FormShell id="profile-form" submission={submission} submitLabel={t('matching.details.save')}>
      <Paragraph mb="m">{t('matching.details.intro')}</Paragraph>
      <CheckGroupField
        {...f('municipalityCodes')}
        label={t('matching.details.municipalities')}
        hint={t('matching.details.municipalitiesHint')}
        optional
        values={v.municipalityCodes}
        onChange={(x) => fields.set('municipalityCodes', x)}
        options={MUNICIPALITIES.map((m) => ({ value: m.code, label: i18n.language === 'sv' ? m.sv : m.fi }))}
      />
      <CheckGroupField
        {...f('workingTimes')}
        label={t('matching.details.workingTimes')}
        optional
        values={v.workingTimes}
        onChange={(x) => fields.set('workingTimes', x)}
        options={WORKING_TIMES.map((c) => ({ value: c, label: t(`codes.workingTimes.${c}`) }))}
      />
      <CheckGroupField
        {...f('deliveryModes')}
        label={t('matching.details.deliveryModes')}
        hint={t('matching.details.deliveryModesHint')}
        optional
        values={v.deliveryModes}
        onChange={(x) => fields.set('deliveryModes', x)}
        options={DELIVERY_MODES.map((c) => ({ value: c, label: t(`codes.deliveryModes.${c}`) }))}
      />

      <Heading variant="h3" className="subheading">
        {t('matching.details.work')}
      </Heading>
      {v.work.map((w, i) => (
        <div className="entry-row" key={i} role="group" aria-label={t('matching.details.workEntry', { n: i + 1 })}>
          <TextField {...f(`workHistory.${i}.title`)} label={t('matching.details.workTitle')} value={w.title} onChange={(x) => setRow('work', i, { title: x })} />
          <TextField {...f(`workHistory.${i}.employer`)} label={t('matching.details.employer')} optional value={w.employer} onChange={(x) => setRow('work', i, { employer: x })} />
          <TextField {...f(`workHistory.${i}.startYear`)} label={t('matching.details.startYear')} optional width="short" inputMode="numeric" value={w.startYear} onChange={(x) => setRow('work', i, { startYear: x })} />
          <TextField {...f(`workHistory.${i}.endYear`)} label={t('matching.details.endYear')} optional width="short" inputMode="numeric" value={w.endYear} onChange={(x) => setRow('work', i, { endYear: x })} />
          <Button variant="secondaryNoBorder" onClick={() => removeRow('work', i)}>
            {t('matching.details.removeEntry', { what: w.title || t('matching.details.workEntry', { n: i + 1 }) })}
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => fields.set('work', [...v.work, { title: '', employer: '', startYear: '', endYear: '' }])}>
        {t('matching.details.addWork')}
      </Button>

      <Heading variant="h3" className="subheading">
        {t('matching.details.education')}
      </Heading>
      {v.education.map((e, i) => (
        <div className="entry-row" key={i} role="group" aria-label={t('matching.details.educationEntry', { n: i + 1 })}>
          <TextField {...f(`education.${i}.title`)} label={t('matching.details.educationTitle')} value={e.title} onChange={(x) => setRow('education', i, { title: x })} />
          <TextField {...f(`education.${i}.institution`)} label={t('matching.details.institution')} optional value={e.institution} onChange={(x) => setRow('education', i, { institution: x })} />
          <TextField {...f(`education.${i}.year`)} label={t('matching.details.year')} optional width="short" inputMode="numeric" value={e.year} onChange={(x) => setRow('education', i, { year: x })} />
          <Button variant="secondaryNoBorder" onClick={() => removeRow('education', i)}>
            {t('matching.details.removeEntry', { what: e.title || t('matching.details.educationEntry', { n: i + 1 }) })}
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => fields.set('education', [...v.education, { title: '', institution: '', year: '' }])}>
        {t('matching.details.addEducation')}
      </Button>

      <Heading variant="h3" className="subheading">
        {t('matching.details.languages')}
      </Heading>
      {v.languages.map((l, i) => (
        <div className="entry-row" key={i} role="group" aria-label={t('matching.details.languageEntry', { n: i + 1 })}>
          <SelectField
            {...f(`languages.${i}.language`)}
            label={t('matching.details.language')}
            value={l.language}
            onChange={(x) => setRow('languages', i, { language: x })}
            options={PROFILE_LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
          />
          <SelectField
            {...f(`languages.${i}.level`)}
            label={t('matching.details.level')}
            value={l.level}
            onChange={(x) => setRow('languages', i, { level: x })}
            options={LANGUAGE_LEVELS.map((code) => ({ value: code, label: t(`codes.languageLevels.${code}`) }))}
          />
          <Button variant="secondaryNoBorder" onClick={() => removeRow('languages', i)}>
            {t('matching.details.removeEntry', { what: l.language ? t(`languages.${l.language}`) : t('matching.details.languageEntry', { n: i + 1 }) })}
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => fields.set('languages', [...v.languages, { language: '', level: '' }])}>
        {t('matching.details.addLanguage')}
      </Button>

      <AreaField {...f('wishes')} label={t('matching.details.wishes')} optional rows={3} value={v.wishes} onChange={(x) => fields.set('wishes', x)} />
    </FormShell>
  );
}

function VisibilityForm({ profile, clientId, onSaved }: { profile: Profile; clientId: string; onSaved(next: Profile): void }) {
  const { t } = useTranslation();
  const employers = useApi<Array<{ id: string; name: string }>>('/api/matching/employers');
  const fields = useFields({ visibility: profile.visibility as string, employerIds: profile.employers.map((e) => e.id) });
  const v = fields.values;
  const submission = useSubmit<Profile>({
    validate: () => (v.visibility === 'employers' && v.employerIds.length === 0 ? { employerIds: 'errors.chooseEmployers' } : {}),
    send: () => api.put<Profile>(`/api/clients/${clientId}/profile/visibility`, { visibility: v.visibility, employerIds: v.visibility === 'employers' ? v.employerIds : [] }),
    savedText: t('matching.visibility.saved'),
    onSuccess: onSaved,
  });
  const f = (path: string) => bind('visibility-form', submission, path);
  return (
    <FormShell id="visibility-form" submission={submission} submitLabel={t('matching.visibility.save')}>
      <Paragraph mb="m">{t('matching.visibility.intro')}</Paragraph>
      <RadioField
        {...f('visibility')}
        label={t('matching.visibility.label')}
        value={v.visibility}
        onChange={(x) => fields.set('visibility', x)}
        options={PROFILE_VISIBILITIES.map((c) => ({ value: c, label: t(`matching.visibility.options.${c}`) }))}
      />
      {v.visibility === 'employers' ? (
        <Async state={employers}>
          {(list) =>
            list.length === 0 ? (
              <InlineAlert status="warning">{t('matching.visibility.noEmployers')}</InlineAlert>
            ) : (
              <CheckGroupField
                {...f('employerIds')}
                label={t('matching.visibility.employers')}
                values={v.employerIds}
                onChange={(x) => fields.set('employerIds', x)}
                options={list.map((e) => ({ value: e.id, label: e.name }))}
              />
            )
          }
        </Async>
      ) : null}
    </FormShell>
  );
}
