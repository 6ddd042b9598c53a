// The table beside every analytics chart: one row per group (the total last), the group's name in
// the row header, and for a hidden group a single cell "< 5" across the number columns.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/ui.tsx';

export interface Column<R> {
  header: string;
  cell(row: R): ReactNode;
}

export function Hidden({ minGroup }: { minGroup: number }) {
  const { t } = useTranslation();
  return <abbr title={t('analytics.suppressedHint', { min: minGroup })}>{`< ${minGroup}`}</abbr>;
}

export function GroupTable<R extends { key: string; suppressed?: string | null }>({
  label,
  caption,
  groupHeader,
  name,
  columns,
  rows,
  minGroup,
}: {
  /** The accessible name of the scrollable region. */
  label: string;
  /** A visible caption, when the table stands without a heading of its own. */
  caption?: string;
  groupHeader: string;
  name(row: R): string;
  columns: Column<R>[];
  rows: R[];
  minGroup: number;
}) {
  return (
    <TableWrap label={label}>
      <table className="data-table">
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{groupHeader}</th>
            {columns.map((c) => (
              <th scope="col" className="num" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{name(r)}</th>
              {r.suppressed ? (
                <td className="num" colSpan={columns.length}>
                  <Hidden minGroup={minGroup} />
                </td>
              ) : (
                columns.map((c) => (
                  <td className="num" key={c.header}>
                    {c.cell(r)}
                  </td>
                ))
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
