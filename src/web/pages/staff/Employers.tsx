// Employers the caller's units work with, with counts of needs, contacts and placements.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Heading } from 'suomifi-ui-components';
import { isValidBusinessId } from '../../../domain/identity/business-id.ts';
import { api } from '../../api.ts';
import { TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, bind, Empty, FormShell, TableWrap } from '../../components/ui.tsx';
import { displayDate } from '../../format.ts';
import { useApi, useFields, useSubmit } from '../../hooks.ts';
import type { Employer } from '../../types.ts';

export default function Employers() {
  const { t } = useTranslation();
  const employers = useApi<Employer[]>('/api/employers');
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageTitle>{t('employers.title')}</PageTitle>
      {adding ? (
        <AddEmployer onCancel={() => setAdding(false)} />
      ) : (
        <p className="page-actions">
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('employers.add')}
          </Button>
        </p>
      )}
      <Async state={employers}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('employers.none')}</Empty>
          ) : (
            <TableWrap label={t('employers.title')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('employers.name')}</th>
                    <th scope="col">{t('employers.businessId')}</th>
                    <th scope="col">{t('employers.openNeeds')}</th>
                    <th scope="col">{t('employers.contacts')}</th>
                    <th scope="col">{t('employers.lastContact')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...list]
                    .sort((a, b) => a.name.localeCompare(b.name, 'fi'))
                    .map((employer) => (
                      <tr key={employer.id}>
                        <th scope="row">
                          <Link to={`/employers/${employer.id}`}>{employer.name}</Link>
                        </th>
                        <td>{employer.businessId ?? ''}</td>
                        <td>{Number(employer.openNeeds ?? 0)}</td>
                        <td>{Number(employer.contacts ?? 0)}</td>
                        <td>{displayDate(employer.lastContactOn)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </Async>
    </>
  );
}

function AddEmployer({ onCancel }: { onCancel(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fields = useFields({ name: '', businessId: '' });
  const v = fields.values;
  const submission = useSubmit<Employer>({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.name.trim()) errors.name = 'errors.required';
      if (!v.businessId.trim()) errors.businessId = 'errors.required';
      else if (!isValidBusinessId(v.businessId.trim())) errors.businessId = 'errors.invalidBusinessId';
      return errors;
    },
    send: (key) => api.post<Employer>('/api/employers', { name: v.name.trim(), businessId: v.businessId.trim() }, key),
    onSuccess: (employer) => navigate(`/employers/${employer.id}`),
  });
  const f = (path: string) => bind('add-employer', submission, path);
  return (
    <div className="inline-form narrow">
      <Heading variant="h2">{t('employers.addTitle')}</Heading>
      <FormShell id="add-employer" submission={submission} submitLabel={t('employers.addSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <TextField {...f('name')} label={t('employers.name')} value={v.name} onChange={(x) => fields.set('name', x)} />
        <TextField {...f('businessId')} label={t('employers.businessId')} hint={t('employers.businessIdHint')} width="short" value={v.businessId} onChange={(x) => fields.set('businessId', x)} />
      </FormShell>
    </div>
  );
}
