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

export function blockTexts(root: DomNode | null): string[] {
  const out: string[] = [];
  if (!root) return out;
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
    if (text !== '') out.push(text);
    buffer = '';
  };
  // Iterative walk: deeply nested pages must not overflow the stack.
  const stack: Array<DomNode | 'close'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'close') {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      flush();
      continue;
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
