// The ZIP reader moved to src/domain/tabular/zip.ts (shared with the XLSX reader and writer).
export { listZip, readZipEntry, ZipError, type ZipEntry } from '../../tabular/zip.ts';
