// A minimal PDF 1.4 writer for text documents: pages of positioned text lines and rules in the
// standard Helvetica fonts (no embedding), encoded in WinAnsi (Windows-1252) so that Finnish and
// Swedish letters and the euro sign print. Enough for an invoice specification; no library needed.

export interface PdfText {
  text: string;
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  /** 'right' aligns the text's right edge at x. */
  align?: 'left' | 'right';
}
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
/** A filled rectangle (bar charts); colour as RGB components 0–1, default mid grey. */
export interface PdfRect {
  x: number;
  y: number;
  width: number;
  height: number;
  rgb?: [number, number, number];
}
export interface PdfPage {
  texts: PdfText[];
  rules: PdfRule[];
  /** Drawn first, under the rules and texts. */
  rects?: PdfRect[];
}

export const A4 = { width: 595.28, height: 841.89 } as const;

// Helvetica advance widths (1/1000 em) of the printable ASCII characters 32–126.
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278,
  469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
  334, 584,
];

/** Approximate width of `text` in points (bold is about 5 % wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const c of text) {
    const code = c.charCodeAt(0);
    units += code >= 32 && code <= 126 ? ASCII_WIDTHS[code - 32] : /[ÄÅÖÉ]/.test(c) ? 700 : 556;
  }
  return (units * size * (bold ? 1.05 : 1)) / 1000;
}

/** Splits text into lines no wider than `width`; a word longer than a line is cut. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, size, bold) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

// Windows-1252 bytes 0x80–0x9F that differ from Latin-1.
const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** A PDF literal string in WinAnsi: bytes as Latin-1 characters, with ( ) \ escaped. */
function pdfString(text: string): string {
  let out = '';
  for (const c of text.replace(/\u00a0/g, ' ')) {
    const code = c.charCodeAt(0);
    let byte: number;
    if (CP1252[c] !== undefined) byte = CP1252[c];
    else if ((code >= 32 && code <= 126) || (code >= 0xa0 && code <= 0xff)) byte = code;
    else byte = 0x3f; // '?': not in WinAnsi
    const ch = String.fromCharCode(byte);
    out += ch === '(' || ch === ')' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `(${out})`;
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

function contentStream(page: PdfPage): string {
  const ops: string[] = [];
  for (const r of page.rects ?? []) {
    const [red, green, blue] = r.rgb ?? [0.5, 0.5, 0.5];
    ops.push(`${num(red)} ${num(green)} ${num(blue)} rg ${num(r.x)} ${num(r.y)} ${num(r.width)} ${num(r.height)} re f`);
  }
  if (page.rects?.length) ops.push('0 0 0 rg');
  if (page.rules.length) {
    ops.push('0.5 w');
    for (const r of page.rules) ops.push(`${num(r.x1)} ${num(r.y1)} m ${num(r.x2)} ${num(r.y2)} l S`);
  }
  for (const t of page.texts) {
    const x = t.align === 'right' ? t.x - textWidth(t.text, t.size, t.bold) : t.x;
    ops.push(`BT /${t.bold ? 'F2' : 'F1'} ${num(t.size)} Tf ${num(x)} ${num(t.y)} Td ${pdfString(t.text)} Tj ET`);
  }
  return ops.join('\n');
}

/** The PDF file of the pages, with an information dictionary naming the title. */
export function pdfDocument(pages: readonly PdfPage[], title: string): Buffer {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesId = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const info = add(`<< /Title ${pdfString(title)} /Producer (Polku) >>`);
  const pageIds: number[] = [];
  for (const page of pages) {
    const stream = contentStream(page);
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] ` +
          `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Reports that flow down A4 pages: `need(h)` starts a new page when h points no longer fit above
 * the bottom margin, and `text` wraps a paragraph line by line. */
export class PdfFlow {
  readonly pages: PdfPage[] = [];
  page: PdfPage = { texts: [], rules: [], rects: [] };
  y: number;

  constructor(
    readonly margin: number,
    /** Space kept free at the bottom of each page (footers). */
    readonly bottom = margin,
  ) {
    this.y = A4.height - margin;
  }

  newPage(): void {
    this.pages.push(this.page);
    this.page = { texts: [], rules: [], rects: [] };
    this.y = A4.height - this.margin;
  }

  need(height: number): void {
    if (this.y - height < this.bottom) this.newPage();
  }

  text(value: string, size = 10, bold = false, x = this.margin, width = A4.width - 2 * this.margin): void {
    for (const line of wrapText(value, width, size, bold)) {
      this.need(size + 4);
      this.page.texts.push({ text: line, x, y: this.y, size, bold });
      this.y -= size + 4;
    }
  }

  /** The document; `footer(n)` is written at the bottom right of page n. */
  finish(title: string, footer?: (page: number) => string): Buffer {
    this.newPage();
    if (footer) this.pages.forEach((p, i) => p.texts.push({ text: footer(i + 1), x: A4.width - this.margin, y: this.margin - 20, size: 8, align: 'right' }));
    return pdfDocument(this.pages, title);
  }
}
