/**
 * Reads a page's text as blocks: the text of one paragraph-like element with the text nodes it
 * came from, so a name split across inline elements (`<b>Bashar</b> al-Assad`) is still one string.
 * Never descends into places that belong to the reader or to code (forms, editors, scripts, SVG).
 */

export interface TextPiece {
  node: Text;
  /** Offset of this node's first character in the block's text. */
  start: number;
}

export interface TextBlock {
  text: string;
  pieces: TextPiece[];
}

/** Elements whose text Konteks never reads or changes. */
const SKIPPED = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'KONTEKS-MENTION',
  'KONTEKS-MARK',
  'KONTEKS-CARD-HOST',
]);

/** Inline elements: their text continues the surrounding block's text. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'WBR',
]);

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true; // SVG, MathML
  if ((element as HTMLElement).isContentEditable) return true;
  return (
    element.getAttribute('contenteditable') !== null && element.getAttribute('contenteditable') !== 'false'
  );
}

/** True when an element is one Konteks must not touch, or sits inside one (a scan root, say). */
export function isUntouchable(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/** True when a node is, or sits inside, something Konteks must not touch. */
export function isInsideSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
    if (el === root) break;
  }
  return false;
}

/**
 * Walks `root` and yields its text blocks in document order. A generator, so the caller can
 * stop after a time budget and resume later: long pages never block the main thread.
 */
export function* textBlocks(
  root: Element | ShadowRoot,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<TextBlock> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let block: TextBlock = { text: '', pieces: [] };
  let blockOwner: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const element = node as Element;
      if (element.tagName === 'BR') block.text += '\n';
      // An open shadow root (a custom element's own content) is read as blocks of its own;
      // closed ones are private to their page by design, and we cannot see them anyway.
      if (element.shadowRoot) {
        if (block.pieces.length > 0) yield block;
        block = { text: '', pieces: [] };
        blockOwner = null;
        onShadowRoot?.(element.shadowRoot);
        yield* textBlocks(element.shadowRoot, onShadowRoot);
      }
      continue;
    }
    const text = node as Text;
    const owner = blockElementOf(text);
    if (owner !== blockOwner) {
      if (block.pieces.length > 0) yield block;
      block = { text: '', pieces: [] };
      blockOwner = owner;
    }
    // Whitespace-only nodes are kept for offsets but never wrapped (see wrap-mentions).
    block.pieces.push({ node: text, start: block.text.length });
    block.text += text.data;
  }
  if (block.pieces.length > 0) yield block;
}

/** The paragraph-like element a node's text belongs to (inline elements are looked through). */
export function blockElementOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}
