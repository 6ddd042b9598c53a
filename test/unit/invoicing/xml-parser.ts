// A strict, small XML parser for tests: checks well-formedness (one root, matched tags, quoted
// attributes, no stray '<' or '&', known entities) and returns the element tree.

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*/;

function decode(text: string, at: number): string {
  return text.replace(/&([^;]*);|&/g, (match, entity: string | undefined) => {
    if (entity === undefined) throw new Error(`bare & near ${at}`);
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    if (!(entity in ENTITIES)) throw new Error(`unknown entity &${entity}; near ${at}`);
    return ENTITIES[entity];
  });
}

export function parseXml(source: string): XmlNode {
  let i = 0;
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i])) i++;
  };
  const expect = (s: string) => {
    if (!source.startsWith(s, i)) throw new Error(`expected ${JSON.stringify(s)} at ${i}: ${JSON.stringify(source.slice(i, i + 30))}`);
    i += s.length;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i);
        if (end < 0) throw new Error('unterminated comment');
        i = end + 3;
      } else if (source.startsWith('<?', i)) {
        const end = source.indexOf('?>', i);
        if (end < 0) throw new Error('unterminated processing instruction');
        i = end + 2;
      } else return;
    }
  };
  const readName = () => {
    const m = NAME.exec(source.slice(i));
    if (!m) throw new Error(`expected a name at ${i}`);
    i += m[0].length;
    return m[0];
  };
  const element = (): XmlNode => {
    expect('<');
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (source.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (i === before) throw new Error(`expected space before an attribute at ${i}`);
      const attr = readName();
      skipSpace();
      expect('=');
      skipSpace();
      const quote = source[i];
      if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute at ${i}`);
      const end = source.indexOf(quote, i + 1);
      const raw = source.slice(i + 1, end);
      if (raw.includes('<')) throw new Error(`'<' in an attribute at ${i}`);
      if (attr in attributes) throw new Error(`duplicate attribute ${attr}`);
      attributes[attr] = decode(raw, i);
      i = end + 1;
    }
    const node: XmlNode = { name, attributes, children: [], text: '' };
    for (;;) {
      const next = source.indexOf('<', i);
      if (next < 0) throw new Error(`unclosed <${name}>`);
      node.text += decode(source.slice(i, next), i);
      i = next;
      if (source.startsWith('</', i)) {
        i += 2;
        const closing = readName();
        if (closing !== name) throw new Error(`</${closing}> closes <${name}> at ${i}`);
        skipSpace();
        expect('>');
        return node;
      }
      if (source.startsWith('<!--', i)) {
        skipMisc();
        continue;
      }
      node.children.push(element());
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== source.length) throw new Error(`content after the root element at ${i}`);
  return root;
}

/** All descendants named `name`, in document order. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** The text of the first descendant named `name`. */
export function textOf(node: XmlNode, name: string): string | undefined {
  return findAll(node, name)[0]?.text;
}
