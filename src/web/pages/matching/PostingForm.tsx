// Create or edit a posting. Occupations and skills are chosen from the taxonomy: the suggester
// reads the title and description and offers them, and a search finds any other.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { isIsoDate } from '../../../domain/calendar/dates.ts';
import { EMPLOYMENT_TYPES, WORKING_TIMES } from '../../../domain/codes.ts';
import { api } from '../../api.ts';
import { AreaField, CheckField, DateField, SelectField, TextField } from '../../components/fields.tsx';
import { bind, Empty, FormShell } from '../../components/ui.tsx';
import { useFields, useSubmit } from '../../hooks.ts';
import { MUNICIPALITIES } from './municipalities.ts';
import type { Posting, Ref, SuggestResult } from './types.ts';

export function PostingForm({ posting, onSaved, onCancel }: { posting?: Posting; onSaved(p: Posting): void; onCancel?(): void }) {
  const { t, i18n } = useTranslation();
  const fields = useFields({
    title: posting?.title ?? '',
    description: posting?.description ?? '',
    municipalityCode: posting?.municipalityCode ?? '',
    workingTime: posting?.workingTime ?? '',
    employmentType: posting?.employmentType ?? '',
    openPositions: String(posting?.openPositions ?? 1),
    expiresOn: posting?.expiresOn ?? '',
  });
  const v = fields.values;
  const [occupations, setOccupations] = useState<Ref[]>(() => (posting ? [...(posting.mainOccupation ? [posting.mainOccupation] : []), ...posting.occupations] : []));
  const [skills, setSkills] = useState<Ref[]>(() => posting?.skills ?? []);
  const [offered, setOffered] = useState<SuggestResult | null>(null);

  const suggestFromText = () => {
    const text = `${v.title}\n${v.description}`.trim();
    if (!text) return;
    void api.post<SuggestResult>('/api/skills/suggest', { text, chosen: [...occupations, ...skills].map((r) => r.id) }).then(setOffered);
  };
  const toggle = (list: Ref[], set: (next: Ref[]) => void, ref: Ref, on: boolean) => set(on ? [...list.filter((r) => r.id !== ref.id), ref] : list.filter((r) => r.id !== ref.id));

  const submission = useSubmit<Posting>({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.title.trim()) errors.title = 'errors.required';
      const n = Number(v.openPositions);
      if (!Number.isInteger(n) || n < 1) errors.openPositions = 'errors.tooSmall';
      if (v.expiresOn && !isIsoDate(v.expiresOn)) errors.expiresOn = 'errors.invalidDate';
      return errors;
    },
    send: (key) => {
      const body = {
        title: v.title.trim(),
        description: v.description.trim(),
        mainOccupationId: occupations[0]?.id ?? null,
        occupationIds: occupations.slice(1).map((o) => o.id),
        skillIds: skills.map((s) => s.id),
        municipalityCode: v.municipalityCode || null,
        workingTime: v.workingTime || null,
        employmentType: v.employmentType || null,
        openPositions: Number(v.openPositions),
        expiresOn: v.expiresOn || null,
      };
      return posting ? api.patch<Posting>(`/api/postings/${posting.id}`, body) : api.post<Posting>('/api/postings', body, key);
    },
    savedText: t('matching.employer.saved'),
    onSuccess: onSaved,
  });
  const f = (path: string) => bind('posting-form', submission, path);
  const chosenIds = new Set([...occupations, ...skills].map((r) => r.id));

  return (
    <FormShell
      id="posting-form"
      submission={submission}
      submitLabel={posting ? t('matching.employer.save') : t('matching.employer.create')}
      secondary={onCancel ? <Button variant="secondaryNoBorder" onClick={onCancel}>{t('common.cancel')}</Button> : undefined}
    >
      <TextField {...f('title')} label={t('matching.postings.title')} value={v.title} onChange={(x) => fields.set('title', x)} />
      <AreaField {...f('description')} label={t('matching.postings.description')} optional rows={5} value={v.description} onChange={(x) => fields.set('description', x)} />
      <Heading variant="h3" className="subheading">
        {t('matching.postings.conceptsTitle')}
      </Heading>
      <Button variant="secondary" onClick={suggestFromText}>
        {t('matching.postings.suggestConcepts')}
      </Button>
      {offered ? (
        <div className="suggestion-groups">
          {(['occupations', 'skills'] as const).map((group) => (
            <fieldset key={group}>
              <legend>{t(`matching.suggest.${group}`)}</legend>
              {offered[group].length === 0 ? <Empty>{t('matching.suggest.none')}</Empty> : null}
              {offered[group].map((s) => (
                <CheckField
                  key={s.id}
                  id={`posting-suggestion-${s.id}`}
                  checked={chosenIds.has(s.id)}
                  hint={t('matching.suggest.evidence', { words: s.evidence.join(', ') })}
                  onChange={(on) => (group === 'occupations' ? toggle(occupations, setOccupations, s, on) : toggle(skills, setSkills, s, on))}
                >
                  {s.label}
                </CheckField>
              ))}
            </fieldset>
          ))}
        </div>
      ) : null}
      <p>
        <strong>{t('matching.postings.mainOccupation')}:</strong> {occupations[0]?.label ?? '–'}
        {occupations.length > 1 ? ` (${t('matching.postings.otherOccupations')}: ${occupations.slice(1).map((o) => o.label).join(', ')})` : ''}
      </p>
      <p>
        <strong>{t('matching.postings.skills')}:</strong> {skills.map((s) => s.label).join(', ') || '–'}
      </p>
      {occupations.length + skills.length > 0 ? (
        <Button variant="secondaryNoBorder" onClick={() => { setOccupations([]); setSkills([]); }}>
          {t('matching.postings.clearConcepts')}
        </Button>
      ) : null}
      <SelectField
        {...f('municipalityCode')}
        label={t('matching.postings.municipality')}
        optional
        value={v.municipalityCode}
        onChange={(x) => fields.set('municipalityCode', x)}
        options={MUNICIPALITIES.map((m) => ({ value: m.code, label: i18n.language === 'sv' ? m.sv : m.fi }))}
      />
      <SelectField {...f('workingTime')} label={t('matching.postings.workingTime')} optional value={v.workingTime} onChange={(x) => fields.set('workingTime', x)} options={WORKING_TIMES.map((c) => ({ value: c, label: t(`codes.workingTimes.${c}`) }))} />
      <SelectField {...f('employmentType')} label={t('matching.postings.employmentType')} optional value={v.employmentType} onChange={(x) => fields.set('employmentType', x)} options={EMPLOYMENT_TYPES.map((c) => ({ value: c, label: t(`codes.employmentTypes.${c}`) }))} />
      <TextField {...f('openPositions')} label={t('matching.postings.openPositions')} width="short" inputMode="numeric" value={v.openPositions} onChange={(x) => fields.set('openPositions', x)} />
      <DateField {...f('expiresOn')} label={t('matching.postings.expiresOn')} optional value={v.expiresOn} onChange={(x) => fields.set('expiresOn', x)} />
    </FormShell>
  );
}
