// Finvoice 3.0, the Finnish banks' e-invoice XML, for an approved monthly invoice. The main
// elements: message transmission details (e-invoice addresses), seller (the provider, with its
// business ID) and buyer (the purchaser), invoice details (type INV01, or INV02 for a credit
// note, dates, totals, VAT 0 % with the exemption text for social services), one InvoiceRow per
// invoice line, and EpiDetails (bank account, reference number, amount, due date).
// Amounts use a decimal comma, dates CCYYMMDD, as the Finvoice specification has them.
import type { IsoDate } from '../calendar/dates.ts';
import { centsToDecimal } from './money.ts';
import { el, xmlDocument, type XmlElement } from './xml.ts';

/** Social services are exempt from VAT: Arvonlisäverolaki (1501/1993) 37 §. */
export const VAT_EXEMPTION_TEXT = 'Arvonlisäverosta vapautettu sosiaalihuollon palvelu (AVL 37 §)';

export interface FinvoiceParty {
  name: string;
  businessId: string | null;
  /** E-invoice address (OVT or IBAN form) and the operator's intermediator code, when known. */
  eInvoiceAddress: string | null;
  intermediator: string | null;
}

export interface FinvoiceRow {
  articleIdentifier: string;
  articleName: string;
  quantity: number;
  /** e.g. 'pv' (days), 'kpl' (pieces) */
  quantityUnit: string;
  unitPriceCents: number | null;
  amountCents: number;
  freeText: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

export interface FinvoiceInput {
  messageId: string;
  /** ISO 8601 instant with its offset. */
  timestamp: string;
  invoiceNumber: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  paymentTermsText: string;
  seller: FinvoiceParty & { businessId: string; vatNumber: string | null; iban: string; bic: string };
  buyer: FinvoiceParty & { reference: string | null };
  agreementIdentifier: string;
  freeText: string;
  /** Finnish reference number of the payment. */
  referenceNumber: string;
  rows: FinvoiceRow[];
}

const ccyymmdd = (date: IsoDate) => date.replaceAll('-', '');
const amount = (name: string, cents: number) => el(name, { AmountCurrencyIdentifier: 'EUR' }, centsToDecimal(cents));
const date = (name: string, iso: IsoDate) => el(name, { Format: 'CCYYMMDD' }, ccyymmdd(iso));
const optional = (name: string, value: string | null | undefined) => (value ? el(name, null, value) : null);

export function finvoiceTotal(rows: readonly FinvoiceRow[]): number {
  return rows.reduce((sum, row) => sum + row.amountCents, 0);
}

export function finvoiceXml(input: FinvoiceInput): string {
  const total = finvoiceTotal(input.rows);
  const credit = total < 0;
  const { seller, buyer } = input;
  const sender = seller.eInvoiceAddress ?? null;
  const receiver = buyer.eInvoiceAddress ?? null;

  const root: XmlElement = el('Finvoice', { Version: '3.0', 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:noNamespaceSchemaLocation': 'Finvoice3.0.xsd' }, [
    el('MessageTransmissionDetails', null, [
      el('MessageSenderDetails', null, [optional('FromIdentifier', sender), optional('FromIntermediator', seller.intermediator)]),
      el('MessageReceiverDetails', null, [optional('ToIdentifier', receiver), optional('ToIntermediator', buyer.intermediator)]),
      el('MessageDetails', null, [el('MessageIdentifier', null, input.messageId), el('MessageTimeStamp', null, input.timestamp)]),
    ]),
    el('SellerPartyDetails', null, [
      el('SellerPartyIdentifier', null, seller.businessId),
      el('SellerOrganisationName', null, seller.name),
      optional('SellerOrganisationTaxCode', seller.vatNumber),
    ]),
    el('SellerInformationDetails', null, [
      el('SellerAccountDetails', null, [
        el('SellerAccountID', { IdentificationSchemeName: 'IBAN' }, seller.iban),
        el('SellerBic', { IdentificationSchemeName: 'BIC' }, seller.bic),
      ]),
    ]),
    el('BuyerPartyDetails', null, [optional('BuyerPartyIdentifier', buyer.businessId), el('BuyerOrganisationName', null, buyer.name)]),
    el('InvoiceDetails', null, [
      el('InvoiceTypeCode', null, credit ? 'INV02' : 'INV01'),
      el('InvoiceTypeText', null, credit ? 'HYVITYSLASKU' : 'LASKU'),
      el('OriginCode', null, 'Original'),
      el('InvoiceNumber', null, input.invoiceNumber),
      date('InvoiceDate', input.invoiceDate),
      optional('BuyerReferenceIdentifier', buyer.reference),
      el('AgreementIdentifier', null, input.agreementIdentifier),
      amount('InvoiceTotalVatExcludedAmount', total),
      amount('InvoiceTotalVatAmount', 0),
      amount('InvoiceTotalVatIncludedAmount', total),
      el('VatSpecificationDetails', null, [
        amount('VatBaseAmount', total),
        el('VatRatePercent', null, '0'),
        el('VatCode', null, 'E'),
        amount('VatRateAmount', 0),
        el('VatFreeText', null, VAT_EXEMPTION_TEXT),
      ]),
      el('InvoiceFreeText', null, input.freeText),
      el('InvoiceFreeText', null, VAT_EXEMPTION_TEXT),
      el('PaymentTermsDetails', null, [el('PaymentTermsFreeText', null, input.paymentTermsText), date('InvoiceDueDate', input.dueDate)]),
    ]),
    ...input.rows.map((row) =>
      el('InvoiceRow', null, [
        el('ArticleIdentifier', null, row.articleIdentifier),
        el('ArticleName', null, row.articleName),
        el('InvoicedQuantity', { QuantityUnitCode: row.quantityUnit }, String(row.quantity)),
        date('StartDate', row.startDate),
        date('EndDate', row.endDate),
        row.unitPriceCents === null ? null : amount('UnitPriceAmount', row.unitPriceCents),
        el('RowFreeText', null, row.freeText),
        el('RowVatRatePercent', null, '0'),
        el('RowVatCode', null, 'E'),
        amount('RowVatAmount', 0),
        amount('RowVatExcludedAmount', row.amountCents),
        amount('RowAmount', row.amountCents),
      ]),
    ),
    el('EpiDetails', null, [
      el('EpiIdentificationDetails', null, [date('EpiDate', input.invoiceDate), el('EpiReference', null, input.invoiceNumber)]),
      el('EpiPartyDetails', null, [
        el('EpiBfiPartyDetails', null, [el('EpiBfiIdentifier', { IdentificationSchemeName: 'BIC' }, seller.bic)]),
        el('EpiBeneficiaryPartyDetails', null, [
          el('EpiNameAddressDetails', null, seller.name),
          el('EpiBei', null, seller.businessId),
          el('EpiAccountID', { IdentificationSchemeName: 'IBAN' }, seller.iban),
        ]),
      ]),
      el('EpiPaymentInstructionDetails', null, [
        el('EpiRemittanceInfoIdentifier', { IdentificationSchemeName: 'SPY' }, input.referenceNumber),
        amount('EpiInstructedAmount', Math.max(total, 0)),
        el('EpiCharge', { ChargeOption: 'SLEV' }, 'SLEV'),
        date('EpiDateOptionDate', input.dueDate),
      ]),
    ]),
  ]);
  return xmlDocument(root);
}
