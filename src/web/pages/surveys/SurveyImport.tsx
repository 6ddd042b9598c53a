// Import of responses from a CSV or XLSX file (Webropol, LimeSurvey, a spreadsheet): choose the
// round and the file, check how the columns map to items, see the preview and each row's
// problems, then import (all rows, or only the sound ones when asked).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { exportColumns } from '../../../domain/surveys/exchange.ts';
import { api, ApiError } from '../../api.ts';
import { CheckField, SelectField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, SaveStatus, Section, TableWrap } from '../../components/ui.tsx';
import { useApi, useErrorText } from '../../hooks.ts';
import { SurveyTabs, useText } from './common.tsx';
import type { ImportPreview, Survey } from './types.ts';
import './surveys.css';

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

export default function SurveyImport() {
  const { surveyId } = useParams();
  const survey = useApi<Survey>(`/api/surveys/${surveyId}`);
  return <Async state={survey}>{(s) => <ImportView survey={s} />}</Async>;
}

function ImportView({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const text = useText();
  const errorText = useErrorText();
  const [roundId, setRoundId] = useState(survey.rounds[survey.rounds.length - 1]?.id ?? '');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const round = survey.rounds.find((r) => r.id === roundId);
  const targets = round ? exportColumns(survey.definition) : [];
  const title = t('surveys.import.title', { title: text(survey.title) });

  const run = async (path: 'import/preview' | 'import', current: Record<string, string> | undefined, content = file) => {
    if (!content || !roundId) return;
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const body = { roundId, fileName: content.name, content: content.content, ...(current ? { mapping: current } : {}), ...(path === 'import' ? { skipInvalid } : {}) };
      if (path === 'import/preview') {
        const p = await api.post<ImportPreview>(`/api/surveys/${survey.id}/import/preview`, body);
        setPreview(p);
        setMapping(p.mapping);
      } else {
        const r = await api.post<{ imported: number }>(`/api/surveys/${survey.id}/import`, body);
        setMessage(t('surveys.import.imported', { count: r.imported }));
        setPreview(null);
        setFile(null);
      }
    } catch (caught) {
      const e = caught instanceof ApiError ? caught : new ApiError(0, 'errors.internal', '');
      setError(errorText(e.fieldErrors[0]?.messageKey && e.messageKey === 'errors.validation' ? e.fieldErrors[0].messageKey : e.messageKey, e.title));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <SurveyTabs id={survey.id} canManage={survey.canManage} />
      <Paragraph mb="m">{t('surveys.import.intro')}</Paragraph>
      {survey.rounds.length === 0 ? (
        <Paragraph>{t('surveys.import.noRounds')}</Paragraph>
      ) : (
        <Section title={t('surveys.import.file')} id="import-file">
          <SelectField id="import-round" label={t('surveys.import.round')} value={roundId} onChange={setRoundId} options={survey.rounds.map((r) => ({ value: r.id, label: r.label }))} />
          <label htmlFor="import-file-input" className="legend-h3">
            {t('surveys.import.file')} (CSV, XLSX)
          </label>
          <input
            id="import-file-input"
            className="file-input"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={async (e) => {
              const chosen = e.target.files?.[0];
              if (!chosen) return;
              const content = { name: chosen.name, content: toBase64(await chosen.arrayBuffer()) };
              setFile(content);
              await run('import/preview', undefined, content);
            }}
          />
          <div role="alert">{error ? <InlineAlert status="error">{error}</InlineAlert> : null}</div>
          <SaveStatus message={message} />
        </Section>
      )}
      {preview ? (
        <>
          <Section title={t('surveys.import.mapping')} id="import-mapping">
            <TableWrap label={t('surveys.import.mapping')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('surveys.import.column')}</th>
                    <th scope="col">{t('surveys.import.item')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.header.map((h, i) => (
                    <tr key={`${h}-${i}`}>
                      <th scope="row">{h}</th>
                      <td>
                        <SelectField
                          id={`map-${i}`}
                          label={`${t('surveys.import.item')}: ${h}`}
                          hideLabel
                          value={mapping[h] ?? ''}
                          onChange={(x) =>
                            setMapping((m) => {
                              const next = { ...m };
                              if (x) next[h] = x;
                              else delete next[h];
                              return next;
                            })
                          }
                          options={[{ value: '', label: t('surveys.import.notMapped') }, ...targets.map((c) => ({ value: c.name, label: `${c.name}: ${text(c.item.text)}` }))]}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Button variant="secondary" disabled={busy} onClick={() => void run('import/preview', mapping)}>
              {t('surveys.import.update')}
            </Button>
          </Section>
          <Section title={t('surveys.import.issues')} id="import-issues">
            <Paragraph mb="s">{t('surveys.import.summary', { valid: preview.validRows, total: preview.totalRows })}</Paragraph>
            {preview.issues.length ? (
              <TableWrap label={t('surveys.import.issues')}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('surveys.import.row')}</th>
                      <th scope="col">{t('surveys.import.column')}</th>
                      <th scope="col">{t('surveys.import.valueCol')}</th>
                      <th scope="col">{t('surveys.import.problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.issues.map((i, k) => (
                      <tr key={k}>
                        <th scope="row">{i.row}</th>
                        <td>{i.column ?? ''}</td>
                        <td>{i.value ?? ''}</td>
                        <td>{errorText(i.messageKey)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            ) : null}
            {preview.issues.length ? (
              <CheckField id="import-skip" checked={skipInvalid} onChange={setSkipInvalid}>
                {t('surveys.import.skipInvalid')}
              </CheckField>
            ) : null}
            <Button disabled={busy || preview.validRows === 0 || (preview.issues.length > 0 && !skipInvalid)} onClick={() => void run('import', mapping)}>
              {t('surveys.import.importNow')}
            </Button>
          </Section>
        </>
      ) : null}
    </>
  );
}
