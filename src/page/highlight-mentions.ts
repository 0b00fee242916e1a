import type { TextBlock } from './text-blocks';
import {
  type BlockMention,
  CANDIDATES_ATTRIBUTE,
  ENTITY_ATTRIBUTE,
  MENTION_TAG,
  NAME_ATTRIBUTE,
} from './wrap-mentions';

/**
 * Marks mentions without touching the page's DOM: each mention is a Range in a CSS Custom
 * Highlight, painted by `::highlight(...)` rules in entrypoints/content/mentions.css. Used on pages
 * a framework may still hydrate (see framework-page.ts), where any element added inside the app
 * would make React throw a hydration mismatch or Preact adopt the wrong text.
 *
 * The public contract (every mention exposes `data-konteks-entity`) is kept by a hidden mirror
 * element per mention, `<konteks-mention>` inside `<konteks-highlights hidden>`, a child of the
 * root element outside `<body>`, in the same order as the ranges of the highlight.
 */

export const HIGHLIGHTS_TAG = 'konteks-highlights';

/** The highlight name for each mention style; the rules are in mentions.css. */
export const HIGHLIGHT_NAMES: Record<string, string> = {
  underline: 'konteks-mention',
  highlight: 'konteks-mention-background',
  'none-until-hover': 'konteks-mention-quiet',
};
/** Paints the mention whose card is open (mentions.css). */
export const ACTIVE_HIGHLIGHT = 'konteks-mention-active';

interface Mark {
  range: Range;
  /** The text marked, to tell a live range from one the page's rewrite collapsed or moved. */
  text: string;
}

/** True when this browser can paint highlights (Chromium 105+, Firefox 140+, Safari 17.2+). */
export function canHighlight(doc: Document): boolean {
  const view = doc.defaultView as (Window & { Highlight?: unknown }) | null;
  return typeof view?.Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

export function createHighlightMarks(doc: Document, style = 'underline') {
  const view = doc.defaultView as Window & { Highlight: typeof Highlight };
  const highlight = new view.Highlight();
  const active = new view.Highlight();
  const name = HIGHLIGHT_NAMES[style] ?? (HIGHLIGHT_NAMES.underline as string);
  const container = doc.createElement(HIGHLIGHTS_TAG);
  container.hidden = true;
  const marks = new Map<HTMLElement, Mark>();
  /**
   * The mirrors of the marks each text node takes part in: hit-testing and the "already marked"
   * check look at one node's few marks, not at every mark of the page, on every pointer move.
   */
  const byNode = new WeakMap<Node, HTMLElement[]>();
  const marksOn = (node: Node) => (byNode.get(node) ?? []).filter((mirror) => marks.has(mirror));

  /** Adds each mention of a block as a range and a mirror; returns the mirrors in order. */
  function add(block: TextBlock, mentions: readonly BlockMention[]): HTMLElement[] {
    const mirrors: HTMLElement[] = [];
    for (const mention of mentions) {
      const range = rangeOf(doc, block, mention.start, mention.end);
      if (!range || alreadyMarked(range)) continue;
      const mirror = doc.createElement(MENTION_TAG);
      mirror.setAttribute(ENTITY_ATTRIBUTE, mention.entityId);
      if (mention.probable) mirror.setAttribute('data-konteks-probable', mention.alias ?? '');
      if (mention.candidates?.length) mirror.setAttribute(CANDIDATES_ATTRIBUTE, mention.candidates.join(' '));
      const text = range.toString();
      // The mirror holds no text: the name as the page spells it (for "wrong match?") goes here.
      mirror.setAttribute(NAME_ATTRIBUTE, text);
      marks.set(mirror, { range, text });
      for (const node of nodesOf(block, mention.start, mention.end))
        byNode.set(node, [...marksOn(node), mirror]);
      highlight.add(range);
      container.append(mirror);
      mirrors.push(mirror);
    }
    // Registered with the first mark, so a page with none (or Konteks switched off) has no trace.
    if (!container.isConnected && marks.size > 0) {
      CSS.highlights.set(name, highlight);
      CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
      doc.documentElement.append(container);
    }
    return mirrors;
  }

  /** The page may rescan a paragraph it changed: a name already marked is not marked twice. */
  function alreadyMarked(range: Range): boolean {
    return marksOn(range.startContainer).some((mirror) => {
      const other = (marks.get(mirror) as Mark).range;
      return (
        other.startOffset === range.startOffset &&
        other.endContainer === range.endContainer &&
        other.endOffset === range.endOffset
      );
    });
  }

  /** False once the page removed or rewrote the marked text (a live range then collapses or shifts). */
  function isLive(mirror: HTMLElement): boolean {
    const mark = marks.get(mirror);
    if (!mark) return false;
    const { range, text } = mark;
    return range.startContainer.isConnected && !range.collapsed && range.toString() === text;
  }

  function remove(mirror: HTMLElement): void {
    const mark = marks.get(mirror);
    if (!mark) return;
    highlight.delete(mark.range);
    active.delete(mark.range);
    marks.delete(mirror);
    mirror.remove();
  }

  /** The mention under a point of the viewport, if any (hover and tap on highlights). */
  function mirrorAt(x: number, y: number): HTMLElement | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    for (const mirror of marksOn(caret.node)) {
      const mark = marks.get(mirror) as Mark;
      if (!isPointIn(mark.range, caret.node, caret.offset)) continue;
      for (const rect of mark.range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return mirror;
      }
    }
    return null;
  }

  return {
    add,
    isLive,
    remove,
    mirrorAt,
    /** What the card is placed against: the range itself (floating-ui reads its rectangles). */
    rangeOf(mirror: HTMLElement): Range | undefined {
      return marks.get(mirror)?.range;
    },
    /** Paints the mention whose card is open, or none. */
    setActive(mirror: HTMLElement | null): void {
      active.clear();
      const range = mirror ? marks.get(mirror)?.range : undefined;
      if (range) active.add(range);
    },
    owns(mirror: Element): boolean {
      return marks.has(mirror as HTMLElement);
    },
    clear(): void {
      marks.clear();
      highlight.clear();
      active.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
      if (CSS.highlights.get(ACTIVE_HIGHLIGHT) === active) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
      container.replaceChildren();
      container.remove();
    },
  };
}

export type HighlightMarks = ReturnType<typeof createHighlightMarks>;

/** The text nodes of a block that [start, end) of its text touches. */
function nodesOf(block: TextBlock, start: number, end: number): Text[] {
  return block.pieces
    .filter((piece) => piece.start < end && piece.start + piece.node.data.length > start)
    .map((piece) => piece.node);
}

/** A Range over [start, end) of a block's text, across the text nodes it spans. */
function rangeOf(doc: Document, block: TextBlock, start: number, end: number): Range | undefined {
  let from: { node: Text; offset: number } | undefined;
  let to: { node: Text; offset: number } | undefined;
  for (const piece of block.pieces) {
    const pieceEnd = piece.start + piece.node.data.length;
    if (!from && start >= piece.start && start < pieceEnd)
      from = { node: piece.node, offset: start - piece.start };
    if (end > piece.start && end <= pieceEnd) to = { node: piece.node, offset: end - piece.start };
  }
  if (!from || !to) return undefined;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function isPointIn(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false; // a node in another document or a doctype
  }
}

/** The text position under a viewport point (caretPositionFromPoint, or Chromium's older name). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = withPosition.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = withPosition.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
