// The answering page at /answer/:token: public, no sign-in, made for a phone. Its own small bundle
// (React and the survey rules only). Answers are saved as one goes and restored when the page is
// opened again; requests never carry the staff session cookie (credentials: 'omit'), so nothing
// ties an answer to an account.
import { StrictMode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { checkResponse, LANGS, textIn, visibleQuestions, type Answers, type AnswerValue, type Issue, type Lang, type Question, type SurveyDefinition, type Text } from '../../domain/surveys/definition.ts';
import { errorText, fill, textsFor, type AnswerTexts } from './texts.ts';
import './answer.css';

interface SurveyInfo {
  title: Text;
  description: Partial<Text>;
  round: string;
  closesOn: string;
  mode: 'anonymous' | 'identified';
  oneTime: boolean;
  consentRequired: boolean;
  definition: SurveyDefinition;
}

const token = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] ?? '');
const storageKey = `polku.answer.${token.slice(0, 16)}`;

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'omit',
    headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(data.messageKey ?? 'errors.internal'), { status: response.status, data });
  return data as T;
}

/** The random resume key of an open link, kept in this browser only. */
function resumeKey(oneTime: boolean): string | undefined {
  if (oneTime) return undefined;
  try {
    let key = localStorage.getItem(storageKey);
    if (!key) {
      const bytes = crypto.getRandomValues(new Uint8Array(24));
      key = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      localStorage.setItem(storageKey, key);
    }
    return key;
  } catch {
    return undefined; // storage blocked: answers are not saved between visits
  }
}

function initialLang(): Lang {
  const wanted = new URLSearchParams(location.search).get('lang') ?? navigator.language.slice(0, 2);
  return (LANGS as readonly string[]).includes(wanted) ? (wanted as Lang) : 'fi';
}

const fieldId = (code: string) => `q-${code}`;

function Choice({ name, value, label, checked, type, onChange, describedBy }: { name: string; value: string; label: string; checked: boolean; type: 'radio' | 'checkbox'; onChange(): void; describedBy?: string }) {
  const id = `${name}-${value}`;
  return (
    <div className="choice">
      <input type={type} id={id} name={name} value={value} checked={checked} onChange={onChange} aria-describedby={describedBy} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function QuestionField({ q, answers, set, lang, t, errors }: { q: Question; answers: Answers; set(code: string, v: AnswerValue | undefined): void; lang: Lang; t: AnswerTexts; errors: Record<string, string> }) {
  const text = textIn(q.text, lang);
  const help = q.help ? textIn(q.help, lang) : '';
  const req = q.required ? <span className="required"> ({t.required})</span> : null;
  const errorOf = (code: string) =>
    errors[code] ? (
      <p className="field-error" id={`${fieldId(code)}-error`}>
        {errors[code]}
      </p>
    ) : null;
  const described = (code: string) => [help ? `${fieldId(q.code)}-help` : '', errors[code] ? `${fieldId(code)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const helpText = help ? (
    <p className="help" id={`${fieldId(q.code)}-help`}>
      {help}
    </p>
  ) : null;
  const pointLabel = (i: number, points: number) => {
    const labels = q.labels ?? [];
    if (labels.length === points) return `${i} ${textIn(labels[i - 1], lang)}`;
    if (labels.length === 2 && i === 1) return `${i} ${textIn(labels[0], lang)}`;
    if (labels.length === 2 && i === points) return `${i} ${textIn(labels[1], lang)}`;
    return String(i);
  };
  const scale = (code: string, legend: string, from: number, to: number, label: (i: number) => string, legendLevel: 'main' | 'sub') => (
    <fieldset className={`scale${errors[code] ? ' has-error' : ''}`} id={fieldId(code)} tabIndex={-1} aria-describedby={described(code)}>
      <legend className={legendLevel === 'main' ? 'question-text' : 'statement-text'}>
        {legend}
        {legendLevel === 'main' ? req : null}
      </legend>
      {legendLevel === 'main' ? helpText : null}
      {errorOf(code)}
      <div className={to - from >= 6 ? 'options options-wide' : 'options'}>
        {Array.from({ length: to - from + 1 }, (_, k) => from + k).map((i) => (
          <Choice key={i} type="radio" name={code} value={String(i)} label={label(i)} checked={answers[code] === i} onChange={() => set(code, i)} />
        ))}
      </div>
    </fieldset>
  );

  switch (q.type) {
    case 'likert':
      return scale(q.code, text, 1, q.points ?? 5, (i) => pointLabel(i, q.points ?? 5), 'main');
    case 'nps':
      return scale(q.code, text, 0, 10, (i) => String(i), 'main');
    case 'matrix':
      return (
        <div className="matrix" role="group" aria-labelledby={`${fieldId(q.code)}-title`}>
          <p className="question-text" id={`${fieldId(q.code)}-title`}>
            {text}
            {req}
          </p>
          {helpText}
          <p className="help">{Array.from({ length: q.points ?? 5 }, (_, k) => pointLabel(k + 1, q.points ?? 5)).join(' · ')}</p>
          {(q.statements ?? []).map((s) => (
            <div key={s.code}>{scale(s.code, textIn(s.text, lang), 1, q.points ?? 5, (i) => String(i), 'sub')}</div>
          ))}
        </div>
      );
    case 'single':
    case 'multiple': {
      const multiple = q.type === 'multiple';
      const current = answers[q.code];
      return (
        <fieldset className={`choices${errors[q.code] ? ' has-error' : ''}`} id={fieldId(q.code)} tabIndex={-1} aria-describedby={described(q.code)}>
          <legend className="question-text">
            {text}
            {req}
          </legend>
          {helpText}
          {errorOf(q.code)}
          {(q.options ?? []).map((o) => {
            const checked = multiple ? Array.isArray(current) && current.includes(o.value) : current === o.value;
            return (
              <Choice
                key={o.value}
                type={multiple ? 'checkbox' : 'radio'}
                name={q.code}
                value={o.value}
                label={textIn(o.text, lang)}
                checked={checked}
                onChange={() => {
                  if (!multiple) return set(q.code, o.value);
                  const list = Array.isArray(current) ? current : [];
                  set(q.code, checked ? list.filter((v) => v !== o.value) : [...list, o.value]);
                }}
              />
            );
          })}
        </fieldset>
      );
    }
    case 'number':
    case 'text':
    case 'longtext': {
      const value = answers[q.code];
      const common = {
        id: fieldId(q.code),
        'aria-describedby': described(q.code),
        'aria-invalid': errors[q.code] ? true : undefined,
        'aria-required': q.required || undefined,
      } as const;
      return (
        <div className={`field${errors[q.code] ? ' has-error' : ''}`}>
          <label htmlFor={fieldId(q.code)} className="question-text">
            {text}
            {req}
          </label>
          {helpText}
          {errorOf(q.code)}
          {q.type === 'longtext' ? (
            <textarea {...common} rows={5} maxLength={q.maxLength ?? 4000} value={typeof value === 'string' ? value : ''} onChange={(e) => set(q.code, e.target.value || undefined)} />
          ) : q.type === 'text' ? (
            <input {...common} type="text" maxLength={q.maxLength ?? 200} value={typeof value === 'string' ? value : ''} onChange={(e) => set(q.code, e.target.value || undefined)} />
          ) : (
            <NumberInput common={common} value={typeof value === 'number' ? value : undefined} onChange={(v) => set(q.code, v)} invalidText={t.notNumber} />
          )}
        </div>
      );
    }
  }
}

/** A number typed with a comma or a point; what is not yet a number stays in the field. */
function NumberInput({ common, value, onChange, invalidText }: { common: Record<string, unknown>; value: number | undefined; onChange(v: number | undefined): void; invalidText: string }) {
  const [text, setText] = useState(value === undefined ? '' : String(value).replace('.', ','));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    if (value !== undefined && Number(text.replace(',', '.')) !== value) setText(String(value).replace('.', ','));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <>
      <input
        {...common}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        onChange={(e) => {
          const raw = e.target.value;
          setText(raw);
          const parsed = raw.trim() === '' ? undefined : Number(raw.trim().replace(',', '.'));
          const ok = parsed === undefined || Number.isFinite(parsed);
          setBad(!ok);
          onChange(ok ? parsed : undefined);
        }}
      />
      {bad ? <p className="field-error">{invalidText}</p> : null}
    </>
  );
}

type Phase = { kind: 'loading' } | { kind: 'error'; key: string } | { kind: 'answering'; survey: SurveyInfo } | { kind: 'done'; survey: SurveyInfo };

function App({ lang }: { lang: Lang }) {
  const t = textsFor(lang);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<Issue[]>([]);
  const [status, setStatus] = useState('');
  const [consent, setConsent] = useState(false);
  const [sending, setSending] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const dirty = useRef(false);
  const survey = phase.kind === 'answering' || phase.kind === 'done' ? phase.survey : null;
  const key = useMemo(() => (survey ? resumeKey(survey.oneTime) : undefined), [survey]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    (async () => {
      try {
        const info = await call<SurveyInfo>('GET', `/api/answer/${encodeURIComponent(token)}`);
        const saved = await call<{ answers: Answers }>('POST', `/api/answer/${encodeURIComponent(token)}/resume`, { resumeKey: resumeKey(info.oneTime) }).catch(() => ({ answers: {} }));
        setAnswers(saved.answers);
        if (Object.keys(saved.answers).length) setStatus('resumed');
        setPhase({ kind: 'answering', survey: info });
      } catch (error) {
        setPhase({ kind: 'error', key: (error as Error).message });
      }
    })();
  }, []);

  useEffect(() => {
    if (survey) document.title = `${textIn(survey.title, lang)} – Polku`;
  }, [survey, lang]);

  // Save as you go: a second after the last change.
  useEffect(() => {
    if (phase.kind !== 'answering' || !dirty.current) return;
    const timer = setTimeout(async () => {
      const { answers: clean } = checkResponse(phase.survey.definition, answers, { final: false });
      try {
        await call('POST', `/api/answer/${encodeURIComponent(token)}/draft`, { resumeKey: key, answers: clean });
        dirty.current = false;
        setStatus('saved');
      } catch {
        setStatus('notSaved');
      }
    }, 1000);
    return () => clearTimeout(timer);
  }, [answers, phase, key]);

  const set = useCallback((code: string, v: AnswerValue | undefined) => {
    dirty.current = true;
    setStatus('');
    setAnswers((a) => {
      const next = { ...a };
      if (v === undefined) delete next[code];
      else next[code] = v;
      return next;
    });
    setErrors((e) => {
      if (!e[code]) return e;
      const next = { ...e };
      delete next[code];
      return next;
    });
  }, []);

  if (phase.kind === 'loading') return <p role="status">{t.loading}</p>;
  if (phase.kind === 'error') {
    const closed = phase.key === 'errors.surveyClosed';
    return (
      <>
        <h1>{closed ? t.closedTitle : t.notFoundTitle}</h1>
        <p>{closed ? t.closed : t.notFound}</p>
      </>
    );
  }
  const def = phase.survey.definition;
  if (phase.kind === 'done') {
    return (
      <>
        <h1 tabIndex={-1} ref={doneRef}>
          {t.thanksTitle}
        </h1>
        <p>{t.thanks}</p>
      </>
    );
  }

  const shown = visibleQuestions(def, answers);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = checkResponse(def, answers, { final: true });
    const problems: Issue[] = [...checked.issues];
    if (phase.survey.consentRequired && !consent) problems.push({ path: 'consent', messageKey: 'errors.surveyConsentRequired' });
    const show = (list: Issue[]) => {
      setIssues(list);
      setErrors(Object.fromEntries(list.map((i) => [i.path, errorText(t, i.messageKey, i.params)])));
      setTimeout(() => summaryRef.current?.focus(), 0);
    };
    if (problems.length) return show(problems);
    setSending(true);
    try {
      await call('POST', `/api/answer/${encodeURIComponent(token)}/submit`, { resumeKey: key, answers: checked.answers, consent: phase.survey.consentRequired ? consent : undefined });
      try {
        localStorage.removeItem(storageKey);
      } catch {
        // nothing stored
      }
      setPhase({ kind: 'done', survey: phase.survey });
      setTimeout(() => doneRef.current?.focus(), 0);
    } catch (error) {
      const data = (error as { data?: { errors?: Array<{ path: string; messageKey: string }> } }).data;
      const list = (data?.errors ?? []).map((e) => ({ path: e.path.replace(/^answers\./, ''), messageKey: e.messageKey }));
      show(list.length ? list : [{ path: '', messageKey: (error as Error).message }]);
    } finally {
      setSending(false);
    }
  };

  const questionLabel = (path: string) => {
    if (path === 'consent') return t.consentLabel;
    for (const q of def.questions) {
      if (q.code === path) return textIn(q.text, lang);
      const s = q.statements?.find((x) => x.code === path);
      if (s) return textIn(s.text, lang);
    }
    return '';
  };

  return (
    <>
      <h1>{textIn(phase.survey.title, lang)}</h1>
      {phase.survey.description?.fi ? <p className="lead">{textIn(phase.survey.description as Text, lang)}</p> : null}
      <p className="meta">
        {fill(t.closesOn, { date: phase.survey.closesOn.split('-').reverse().map(Number).join('.') })}
        {' · '}
        {phase.survey.mode === 'anonymous' ? t.anonymousNote : t.identifiedNote}
      </p>
      <p className="meta">{phase.survey.oneTime ? t.resumeOneTime : t.resumeOpen}</p>
      <form noValidate onSubmit={submit}>
        {issues.length ? (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{fill(t.errorSummary, { count: issues.length })}</h2>
            <ul>
              {issues.map((i) => (
                <li key={i.path + i.messageKey}>
                  {i.path ? (
                    <a href={`#${i.path === 'consent' ? 'consent' : fieldId(i.path)}`}>
                      {questionLabel(i.path)}: {errorText(t, i.messageKey, i.params)}
                    </a>
                  ) : (
                    errorText(t, i.messageKey, i.params)
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {shown.map((q) => (
          <section className="question" key={q.code}>
            <QuestionField q={q} answers={answers} set={set} lang={lang} t={t} errors={errors} />
          </section>
        ))}
        {phase.survey.consentRequired ? (
          <section className="question">
            {errors.consent ? <p className="field-error">{errors.consent}</p> : null}
            <div className="choice">
              <input type="checkbox" id="consent" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
              <label htmlFor="consent">{t.consentLabel}</label>
            </div>
          </section>
        ) : null}
        <button type="submit" className="submit" disabled={sending}>
          {sending ? t.sending : t.submit}
        </button>
        <p role="status" aria-live="polite" className="save-status">
          {status === 'saved' ? t.saved : status === 'notSaved' ? t.notSaved : status === 'resumed' ? t.resumed : ''}
        </p>
      </form>
    </>
  );
}

function Shell() {
  const [lang, setLang] = useState<Lang>(initialLang);
  return (
    <>
      <header className="top">
        <span className="brand">Polku</span>
        <nav aria-label={textsFor(lang).languageLabel}>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={l === lang}
              onClick={() => {
                const url = new URL(location.href);
                url.searchParams.set('lang', l);
                history.replaceState(null, '', url);
                setLang(l);
              }}
            >
              {l.toUpperCase()}
            </button>
          ))}
        </nav>
      </header>
      <main id="main">
        <App lang={lang} />
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Shell />
  </StrictMode>,
);
