/**
 * The text blocks of a DOM tree, in document order: a paragraph is the inline text between
 * two block boundaries (a block element opening or closing, or a <br>). Works on linkedom
 * nodes through the small structural types below.
 */

/** The slice of a DOM node this module and html.ts use. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
  remove(): void;
  getAttribute?(name: string): string | null;
}

export interface DomDocument {
  body: DomNode | null;
  documentElement: DomNode;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD',
  'TH', 'THEAD', 'TFOOT', 'TR', 'UL', 'BODY', 'HTML', 'OPTION', 'TITLE',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'SELECT', 'CANVAS']);

/** A text block and how much of it is link text (jusText's link density). */
export interface Block {
  text: string;
  /** Characters of `text` inside <a> elements, before whitespace is collapsed. */
  linkChars: number;
  /** Characters of `text`, before whitespace is collapsed. */
  chars: number;
}

export function blocks(root: DomNode | null): Block[] {
  const out: Block[] = [];
  if (!root) return out;
  let buffer = '';
  let linkChars = 0;
  let linkDepth = 0;
  // True while the buffer ends with link text: two links in a row get a space between
  // them, so a menu of <a>s reads as separate items, while 据<a>新华社</a>报道 stays whole.
  let endsInLink = false;
  const flush = () => {
    const text = buffer.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
    if (text !== '') out.push({ text, linkChars, chars: buffer.length });
    buffer = '';
    linkChars = 0;
    endsInLink = false;
  };
  // Iterative walk: deeply nested pages must not overflow the stack.
  const stack: Array<DomNode | 'close' | 'closeLink'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'close') {
      flush();
      continue;
    }
    if (node === 'closeLink') {
      linkDepth--;
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      buffer += text;
      if (linkDepth > 0) linkChars += text.length;
      if (text.trim() !== '') endsInLink = linkDepth > 0;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      flush();
      continue;
    }
    if (name === 'A') {
      if (endsInLink && linkDepth === 0) buffer += ' ';
      linkDepth++;
      stack.push('closeLink');
    }
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push('close');
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return out;
}
