// Every file the API hands out (invoices, survey exports, analytics tables and reports) goes out the
// same way: as an attachment with a safe file name, never sniffed by the browser or cached.
import type { FastifyReply } from 'fastify';

export function download(reply: FastifyReply, contentType: string, fileName: string, body: string | Buffer) {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(body);
}
