// Exports of an invoice: CSV (drafts too, for checking), Finvoice 3.0 XML (approved invoices only)
// and PDF. The CSV and the PDF name clients; the Finvoice, which leaves Polku through e-invoice
// operators, names them only by a pseudonym. Every export logs the access to each client.
import type { Database } from '../../db/connection.ts';
import { addDays, todayIso } from '../../domain/calendar/dates.ts';
import { monthBounds } from '../../domain/compensation/invoice.ts';
import { toCsv } from '../../domain/invoicing/csv.ts';
import { clientPseudonym, describeLine, type Labels } from '../../domain/invoicing/descriptions.ts';
import { finvoiceXml } from '../../domain/invoicing/finvoice.ts';
import { finnishReference, ovtFromBusinessId, vatNumberFromBusinessId } from '../../domain/invoicing/identifiers.ts';
import { invoicePdf } from '../../domain/invoicing/invoice-pdf.ts';
import { centsToDecimal } from '../../domain/invoicing/money.ts';
import type { Actor } from '../access/actor.ts';
import { conflict } from '../errors.ts';
import { translate } from '../messages.ts';
import { findInvoice, invoiceForExport, type InvoiceBody } from './invoices.ts';

const finnishLabels: Labels = {
  destination: (code) => translate('fi', `codes.destinations.${code}`),
  followUpStatus: (code) => translate('fi', `codes.followUpStatuses.${code}`),
};

/** The invoice date is the day of approval in Finland; the due date follows the contract's terms. */
function invoiceDates(invoice: InvoiceBody) {
  if (!invoice.approvedAt) return { invoiceDate: null, dueDate: null };
  const invoiceDate = todayIso(new Date(invoice.approvedAt));
  return { invoiceDate, dueDate: addDays(invoiceDate, invoice.invoicing.paymentTermDays) };
}

export const CSV_HEADER = [
  'invoice_number',
  'contract',
  'month',
  'status',
  'line',
  'for_month',
  'adjustment',
  'client_id',
  'last_name',
  'first_name',
  'kind',
  'rule',
  'quantity',
  'unit_price_eur',
  'amount_eur',
  'amount_cents',
  'explanation',
];

export async function invoiceCsv(db: Database, actor: Actor, invoiceId: string) {
  const invoice = await invoiceForExport(db, actor, invoiceId);
  const rows = invoice.lines.map((l) => [
    invoice.number,
    invoice.contract.reference,
    invoice.month,
    invoice.status,
    l.lineNo,
    l.forMonth,
    l.adjustment ? 'yes' : 'no',
    l.clientId,
    l.lastName,
    l.firstName,
    l.kind,
    l.rule,
    l.quantity,
    l.unitPriceCents === null ? null : { number: centsToDecimal(l.unitPriceCents) },
    { number: centsToDecimal(l.amountCents) },
    l.amountCents,
    l.explanation,
  ]);
  return {
    fileName: `invoice-${invoice.contract.reference}-${invoice.month}${invoice.number ? `-${invoice.number}` : ''}.csv`,
    body: toCsv(CSV_HEADER, rows),
  };
}

export async function invoiceFinvoice(db: Database, actor: Actor, invoiceId: string) {
  const found = await findInvoice(db, actor, invoiceId);
  if (found.status !== 'approved') throw conflict('errors.invoiceNotApproved', 'Finvoice is made of approved invoices only');
  const invoice = await invoiceForExport(db, actor, invoiceId);
  const { paymentIban, paymentBic } = invoice.invoicing;
  if (!paymentIban || !paymentBic) throw conflict('errors.paymentDetailsMissing', 'the contract has no bank account for payments');
  const sellerBusinessId = invoice.contract.provider.businessId ?? '';
  const { invoiceDate, dueDate } = invoiceDates(invoice);
  const { first, last } = monthBounds(invoice.month);
  const number = String(invoice.number);
  const rows = invoice.lines.map((line) => {
    const described = describeLine(line, finnishLabels);
    const bounds = monthBounds(line.forMonth);
    return {
      articleIdentifier: described.article,
      articleName: described.name,
      quantity: line.quantity,
      quantityUnit: described.unit,
      unitPriceCents: line.rule === 'base_day' ? line.unitPriceCents : line.amountCents,
      amountCents: line.amountCents,
      freeText: `Asiakas ${clientPseudonym(line.clientId)}, rivi ${line.lineNo}: ${described.text}`,
      startDate: bounds.first,
      endDate: bounds.last,
    };
  });
  const xml = finvoiceXml({
    messageId: `POLKU-${number}`,
    timestamp: new Date(invoice.approvedAt!).toISOString(),
    invoiceNumber: number,
    invoiceDate: invoiceDate!,
    dueDate: dueDate!,
    paymentTermsText: `${invoice.invoicing.paymentTermDays} pv netto`,
    seller: {
      name: invoice.contract.provider.name,
      businessId: sellerBusinessId,
      vatNumber: vatNumberFromBusinessId(sellerBusinessId),
      eInvoiceAddress: invoice.invoicing.sellerEInvoiceAddress ?? ovtFromBusinessId(sellerBusinessId),
      intermediator: invoice.invoicing.sellerIntermediator,
      iban: paymentIban,
      bic: paymentBic,
    },
    buyer: {
      name: invoice.contract.purchaser.name,
      businessId: invoice.invoicing.buyerBusinessId,
      eInvoiceAddress: invoice.invoicing.buyerEInvoiceAddress ?? (invoice.invoicing.buyerBusinessId ? ovtFromBusinessId(invoice.invoicing.buyerBusinessId) : null),
      intermediator: invoice.invoicing.buyerIntermediator,
      reference: invoice.invoicing.buyerReference,
    },
    agreementIdentifier: invoice.contract.reference,
    freeText: `${invoice.contract.title}, ${first} – ${last}. Erittely: Polku, lasku ${number}.`,
    referenceNumber: finnishReference(number),
    rows,
  });
  return { fileName: `finvoice-${number}.xml`, body: xml };
}

export async function invoicePdfFile(db: Database, actor: Actor, invoiceId: string) {
  const invoice = await invoiceForExport(db, actor, invoiceId);
  const { invoiceDate, dueDate } = invoiceDates(invoice);
  const body = invoicePdf(
    {
      draft: invoice.status !== 'approved',
      number: invoice.number === null ? null : String(invoice.number),
      month: invoice.month,
      invoiceDate,
      dueDate,
      seller: { name: invoice.contract.provider.name, businessId: invoice.contract.provider.businessId },
      buyer: { name: invoice.contract.purchaser.name },
      contract: { reference: invoice.contract.reference, title: invoice.contract.title },
      totals: invoice.totals,
      lines: invoice.lines.map((l) => ({ ...l, clientName: `${l.lastName} ${l.firstName}` })),
    },
    finnishLabels,
  );
  return { fileName: `invoice-${invoice.contract.reference}-${invoice.month}${invoice.number ? `-${invoice.number}` : ''}.pdf`, body };
}
