import type { TextBlock } from './text-blocks';

/** The tag of a mention: a custom element, so page rules aimed at spans (`span{display:none}`) miss it. */
export const MENTION_TAG = 'konteks-mention';
export const ENTITY_ATTRIBUTE = 'data-konteks-entity';

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
): WrapResult {
  const edits = new Map<Text, TextNodeEdit>();
  const created: HTMLElement[][] = [];
  // Last mention first: splitting a node leaves the text before the split where it was.
  for (let m = mentions.length - 1; m >= 0; m--) {
    const mention = mentions[m] as BlockMention;
    const parts: HTMLElement[] = [];
    for (let p = block.pieces.length - 1; p >= 0; p--) {
      const piece = block.pieces[p];
      if (!piece) continue;
      const from = Math.max(mention.start, piece.start) - piece.start;
      const to = Math.min(mention.end, piece.start + piece.node.data.length) - piece.start;
      if (to <= from || piece.node.data.slice(from, to).trim() === '') continue;
      let edit = edits.get(piece.node);
      if (!edit) {
        edit = { node: piece.node, originalData: piece.node.data, added: [] };
        edits.set(piece.node, edit);
      }
      const element = wrapRange(doc, piece.node, from, to, edit, mention);
      if (style) element.setAttribute(STYLE_ATTRIBUTE, style);
      parts.unshift(element);
    }
    // A name split over several text nodes ("Hay’at <b>Tahrir</b>"): the head keeps the whole name
    // for the card's "wrong match?" choice, which is about the name as the page wrote it.
    if (parts.length > 1 && mention.alias) parts[0]?.setAttribute(NAME_ATTRIBUTE, mention.alias);
    if (parts.length > 0) created.unshift(parts);
  }
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

/** Puts every edited text node back as it was and removes everything that was added. */
export function unwrapMentions(edits: readonly TextNodeEdit[]): void {
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit = edits[i] as TextNodeEdit;
    for (const node of edit.added) node.parentNode?.removeChild(node);
    edit.node.data = edit.originalData;
  }
}
