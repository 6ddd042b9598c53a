// Routes of contracts (purchaser and provider) and their monthly invoices. Each handler checks the
// session and calls one service function.
import type { App, AppContext } from '../app.ts';
import { requireActor } from '../access/routes.ts';
import { download } from '../download.ts';
import { ZIdParams } from '../pathway/schemas.ts';
import {
  addAmendment,
  addDocument,
  applicableContracts,
  createContract,
  deleteAmendment,
  deleteDocument,
  getContract,
  listContracts,
  readDocument,
  updateAmendment,
  updateContract,
} from './contracts.ts';
import { previewTerms } from './preview.ts';
import { todayIso } from '../../domain/calendar/dates.ts';
import { invoiceCsv, invoiceFinvoice, invoicePdfFile } from './exports.ts';
import { approveInvoice, deleteDraft, draftInvoice, draftMonth, getInvoice, listInvoices } from './invoices.ts';
import * as s from './schemas.ts';

const params = ZIdParams;

export function contractRoutes(app: App, { db }: AppContext) {
  const tags = ['contracts'];
  app.get('/api/contracts', { schema: { tags, summary: 'Contracts in the caller’s scope', querystring: s.ZContractQuery } }, async (req) =>
    listContracts(db, requireActor(req), req.query),
  );
  app.get(
    '/api/contracts/applicable',
    { schema: { tags, summary: 'Contracts under which a unit can start a period (for the period form)', querystring: s.ZApplicableQuery } },
    async (req) => applicableContracts(db, requireActor(req), req.query),
  );
  app.post('/api/contracts', { schema: { tags, summary: 'Create a contract (purchaser)', body: s.ZContractCreate } }, async (req, reply) =>
    reply.code(201).send(await createContract(db, requireActor(req), req.body)),
  );
  app.get('/api/contracts/:id', { schema: { tags, summary: 'A contract with its amendments and documents', params } }, async (req) =>
    getContract(db, requireActor(req), req.params.id),
  );
  app.patch('/api/contracts/:id', { schema: { tags, summary: 'Change a contract (purchaser)', params, body: s.ZContractUpdate } }, async (req) =>
    updateContract(db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/contracts/:id/amendments',
    { schema: { tags, summary: 'Amend the terms from a date (purchaser)', params, body: s.ZAmendmentCreate } },
    async (req, reply) => reply.code(201).send(await addAmendment(db, requireActor(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/contracts/:id/amendments/:amendmentId',
    { schema: { tags, summary: 'Change an amendment (purchaser); approved months are corrected by adjustment lines', params: s.ZAmendmentParams, body: s.ZAmendmentUpdate } },
    async (req) => updateAmendment(db, requireActor(req), req.params.id, req.params.amendmentId, req.body),
  );
  app.delete(
    '/api/contracts/:id/amendments/:amendmentId',
    { schema: { tags, summary: 'Remove an amendment (purchaser); approved months are corrected by adjustment lines', params: s.ZAmendmentParams } },
    async (req) => deleteAmendment(db, requireActor(req), req.params.id, req.params.amendmentId),
  );
  app.post(
    '/api/contracts/terms-preview',
    { schema: { tags, summary: 'Run draft terms over earlier months of real data: totals per provider and month, no client data (purchaser)', body: s.ZTermsPreview } },
    async (req) => previewTerms(db, requireActor(req), req.body, todayIso()),
  );
  app.post(
    '/api/contracts/:id/documents',
    { schema: { tags, summary: 'Attach a document: a file up to 512 KiB (base64) or a link (purchaser)', params, body: s.ZDocumentCreate } },
    async (req, reply) => reply.code(201).send(await addDocument(db, requireActor(req), req.params.id, req.body)),
  );
  app.get('/api/contracts/:id/documents/:documentId', { schema: { tags, summary: 'Download an attached file', params: s.ZDocumentParams } }, async (req, reply) => {
    const document = await readDocument(db, requireActor(req), req.params.id, req.params.documentId);
    return download(reply, document.contentType, document.fileName, document.content);
  });
  app.delete(
    '/api/contracts/:id/documents/:documentId',
    { schema: { tags, summary: 'Remove an attached document (purchaser)', params: s.ZDocumentParams } },
    async (req, reply) => {
      await deleteDocument(db, requireActor(req), req.params.id, req.params.documentId);
      return reply.code(204).send();
    },
  );
  app.get('/api/contracts/:id/invoices', { schema: { tags, summary: 'The contract’s invoices (no client data)', params } }, async (req) =>
    listInvoices(db, requireActor(req), { contractId: req.params.id }),
  );
  app.post(
    '/api/contracts/:id/invoices/draft',
    { schema: { tags, summary: 'Make (or remake) the draft invoice of a month (purchaser)', params, body: s.ZDraftRequest } },
    async (req, reply) => reply.code(201).send(await draftInvoice(db, requireActor(req), req.params.id, req.body.month)),
  );
}

export function invoiceRoutes(app: App, { db }: AppContext) {
  const tags = ['invoices'];
  app.get('/api/invoices', { schema: { tags, summary: 'Invoices in the caller’s scope (no client data)', querystring: s.ZInvoiceQuery } }, async (req) =>
    listInvoices(db, requireActor(req), req.query),
  );
  app.post(
    '/api/invoices/drafts',
    { schema: { tags, summary: 'Draft the month’s invoices of every contract in force (purchaser)', body: s.ZDraftMonthRequest } },
    async (req) => draftMonth(db, requireActor(req), req.body.month, req.body.contractIds),
  );
  app.get('/api/invoices/:id', { schema: { tags, summary: 'An invoice with its lines (logged per client)', params } }, async (req) =>
    getInvoice(db, requireActor(req), req.params.id),
  );
  app.delete('/api/invoices/:id', { schema: { tags, summary: 'Discard a draft (purchaser)', params } }, async (req, reply) => {
    await deleteDraft(db, requireActor(req), req.params.id);
    return reply.code(204).send();
  });
  app.post('/api/invoices/:id/approve', { schema: { tags, summary: 'Approve and lock a draft (purchaser)', params } }, async (req) =>
    approveInvoice(db, requireActor(req), req.params.id),
  );
  app.get('/api/invoices/:id.csv', { schema: { tags, summary: 'The invoice as CSV (semicolons, UTF-8)', params } }, async (req, reply) => {
    const file = await invoiceCsv(db, requireActor(req), req.params.id);
    return download(reply, 'text/csv; charset=utf-8', file.fileName, file.body);
  });
  app.get('/api/invoices/:id/finvoice.xml', { schema: { tags, summary: 'An approved invoice as Finvoice 3.0 XML', params } }, async (req, reply) => {
    const file = await invoiceFinvoice(db, requireActor(req), req.params.id);
    return download(reply, 'application/xml; charset=utf-8', file.fileName, file.body);
  });
  app.get('/api/invoices/:id.pdf', { schema: { tags, summary: 'The invoice as PDF', params } }, async (req, reply) => {
    const file = await invoicePdfFile(db, requireActor(req), req.params.id);
    return download(reply, 'application/pdf', file.fileName, file.body);
  });
}
