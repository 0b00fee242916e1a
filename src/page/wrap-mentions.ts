import type { TextBlock } from './text-blocks';

/** The tag of a mention: a custom element, so page rules aimed at spans (`span{display:none}`) miss it. */
export const MENTION_TAG = 'konteks-mention';
export const ENTITY_ATTRIBUTE = 'data-konteks-entity';
/** The tag of a claim or context-note marker, placed right after its sentence or phrase. */
export const MARK_TAG = 'konteks-mark';

/** Mirrors entrypoints/content/mentions.css for mentions inside open shadow roots. */
const SHADOW_MENTION_STYLE =
  'text-decoration: underline dotted 1px; text-underline-offset: 0.18em; cursor: help';

export interface BlockMention {
  start: number;
  end: number;
  entityId: string;
  probable: boolean;
  /** The text as the page spells it (shown on a probable match). */
  alias?: string | undefined;
  /** Other entities the name may mean, when the page did not decide it. */
  candidates?: readonly string[];
}

/** Space-separated ids of the other entities an unsure mention may mean. */
export const CANDIDATES_ATTRIBUTE = 'data-konteks-candidates';
/** The whole name on the head of a mention split over several text nodes. */
export const NAME_ATTRIBUTE = 'data-konteks-name';

/** How the reader asked mentions to look (see entrypoints/content/mentions.css). */
export const STYLE_ATTRIBUTE = 'data-konteks-style';

/**
 * What was changed in one original text node, so it can be put back exactly: the node keeps its
 * identity (frameworks hold references to it); only its data and the siblings we added change.
 */
export interface TextNodeEdit {
  node: Text;
  originalData: string;
  added: Node[];
}

/** An element to insert at `offset` of a block's text (after the sentence or phrase it marks). */
export interface BlockPoint {
  offset: number;
  element: HTMLElement;
}

export interface WrapResult {
  mentions: HTMLElement[];
  edits: TextNodeEdit[];
}

/**
 * Wraps each mention of a block in `<konteks-mention data-konteks-entity="…">` elements (one per
 * text node the mention spans). Mentions must be sorted and non-overlapping. Whitespace-only
 * parts are never wrapped: an element there could break the HTML content model (tables, lists).
 */
export function wrapMentions(
  doc: Document,
  block: TextBlock,
  mentions: readonly BlockMention[],
  style?: string,
  points: readonly BlockPoint[] = [],
): WrapResult {
  const edits = new Map<Text, TextNodeEdit>();
  const created: HTMLElement[][] = [];
  const editOf = (node: Text) => {
    let edit = edits.get(node);
    if (!edit) {
      edit = { node, originalData: node.data, added: [] };
      edits.set(node, edit);
    }
    return edit;
  };
  // Points go in the same right-to-left sweep, so every split is still made on the page's own
  // text node and one edit per node puts it all back. A point inside a mention moves to its end.
  const pending = points
    .map((p) => ({
      ...p,
      offset: mentions.find((m) => m.start < p.offset && p.offset < m.end)?.end ?? p.offset,
    }))
    .sort((a, b) => a.offset - b.offset);
  const insertPointsFrom = (from: number) => {
    while (pending.length > 0 && (pending[pending.length - 1] as BlockPoint).offset > from) {
      insertPoint(block, pending.pop() as BlockPoint, editOf);
    }
  };
  // Last mention first: splitting a node leaves the text before the split where it was.
  for (let m = mentions.length - 1; m >= 0; m--) {
    const mention = mentions[m] as BlockMention;
    insertPointsFrom(mention.start);
    const parts: HTMLElement[] = [];
    for (let p = block.pieces.length - 1; p >= 0; p--) {
      const piece = block.pieces[p];
      if (!piece) continue;
      const from = Math.max(mention.start, piece.start) - piece.start;
      const to = Math.min(mention.end, piece.start + piece.node.data.length) - piece.start;
      if (to <= from || piece.node.data.slice(from, to).trim() === '') continue;
      const element = wrapRange(doc, piece.node, from, to, editOf(piece.node), mention);
      if (style) element.setAttribute(STYLE_ATTRIBUTE, style);
      parts.unshift(element);
    }
    // A name split over several text nodes ("Hay’at <b>Tahrir</b>"): the head keeps the whole name
    // for the card's "wrong match?" choice, which is about the name as the page wrote it.
    if (parts.length > 1 && mention.alias) parts[0]?.setAttribute(NAME_ATTRIBUTE, mention.alias);
    if (parts.length > 0) created.unshift(parts);
  }
  insertPointsFrom(-1);
  return { mentions: created.map((parts) => parts[0] as HTMLElement), edits: [...edits.values()] };
}

function wrapRange(
  doc: Document,
  node: Text,
  from: number,
  to: number,
  edit: TextNodeEdit,
  mention: BlockMention,
): HTMLElement {
  const middle = node.splitText(from);
  const after = middle.splitText(to - from);
  const element = doc.createElement(MENTION_TAG);
  element.setAttribute(ENTITY_ATTRIBUTE, mention.entityId);
  if (mention.probable) element.setAttribute('data-konteks-probable', mention.alias ?? '');
  if (mention.candidates?.length) element.setAttribute(CANDIDATES_ATTRIBUTE, mention.candidates.join(' '));
  // Inside a shadow root the page-level stylesheet does not apply: carry the same quiet underline.
  if (node.getRootNode() !== doc) element.setAttribute('style', SHADOW_MENTION_STYLE);
  middle.replaceWith(element);
  element.append(middle);
  edit.added.push(element, after);
  return element;
}

/** Inserts a point's element after the character before `offset`, splitting that text node. */
function insertPoint(block: TextBlock, point: BlockPoint, editOf: (node: Text) => TextNodeEdit): void {
  const at = block.pieces.findIndex((piece, i) => {
    const end = block.pieces[i + 1]?.start ?? block.text.length;
    return piece.start < point.offset && point.offset <= end;
  });
  const piece = block.pieces[at];
  if (!piece) return;
  const local = Math.min(point.offset - piece.start, piece.node.data.length);
  const edit = editOf(piece.node);
  const after = piece.node.splitText(local);
  piece.node.after(point.element);
  edit.added.push(point.element, after);
}

/** Puts every edited text node back as it was and removes everything that was added. */
export function unwrapMentions(edits: readonly TextNodeEdit[]): void {
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit = edits[i] as TextNodeEdit;
    for (const node of edit.added) node.parentNode?.removeChild(node);
    edit.node.data = edit.originalData;
  }
}
