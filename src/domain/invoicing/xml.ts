// A small writer of well-formed XML: every text and attribute value is escaped, and characters
// that XML 1.0 does not allow at all are dropped.

export interface XmlElement {
  name: string;
  attributes?: Record<string, string>;
  /** Text content, or child elements; an element with neither is written empty. */
  children?: string | number | (XmlElement | null | undefined | false)[];
}

// Tab, line feed and carriage return are the only control characters XML 1.0 allows.
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NAME = /^[A-Za-z_][A-Za-z0-9._-]*(:[A-Za-z_][A-Za-z0-9._-]*)?$/;

/** `el('Amount', {AmountCurrencyIdentifier: 'EUR'}, '12,00')` */
export function el(name: string, attributes?: Record<string, string> | null, children?: XmlElement['children']): XmlElement {
  return { name, attributes: attributes ?? undefined, children };
}

function write(element: XmlElement, indent: string, out: string[]) {
  if (!NAME.test(element.name)) throw new Error(`Not an XML name: ${element.name}`);
  const attributes = Object.entries(element.attributes ?? {})
    .map(([k, v]) => {
      if (!NAME.test(k)) throw new Error(`Not an XML attribute name: ${k}`);
      return ` ${k}="${escapeXml(v)}"`;
    })
    .join('');
  const { children } = element;
  if (children === undefined || children === '' || (Array.isArray(children) && children.every((c) => !c))) {
    out.push(`${indent}<${element.name}${attributes}/>`);
  } else if (!Array.isArray(children)) {
    out.push(`${indent}<${element.name}${attributes}>${escapeXml(String(children))}</${element.name}>`);
  } else {
    out.push(`${indent}<${element.name}${attributes}>`);
    for (const child of children) if (child) write(child, `${indent}  `, out);
    out.push(`${indent}</${element.name}>`);
  }
}

/** The document with an XML declaration, UTF-8, two-space indentation. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}
