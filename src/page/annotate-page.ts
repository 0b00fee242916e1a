import type { FoundMark, MarkCard } from '../claims/mark-card';
import type { FoundMention } from '../messaging/protocol';
import type { Result } from '../shared/result';
import type { HighlightMarks } from './highlight-mentions';
import { isUntouchable, type TextBlock, textBlocks } from './text-blocks';
import {
  type BlockMention,
  ENTITY_ATTRIBUTE,
  type TextNodeEdit,
  unwrapMentions,
  wrapMentions,
} from './wrap-mentions';

export type MentionPolicy = 'first' | 'every';

export interface AnnotatorOptions {
  root: Element;
  lang: string | undefined;
  policy: MentionPolicy;
  /** Asks for the mentions in some text; `pageEntities` are those already marked on the page. */
  findMentions: (
    segments: string[],
    lang: string | undefined,
    pageEntities: string[],
  ) => Promise<Result<{ mentions: FoundMention[]; marks?: FoundMark[] }>>;
  /** Makes the marker for a claim sentence or note phrase (placed right after it); none: no marks. */
  makeMark?: (card: MarkCard) => HTMLElement;
  /** Called for each marker once it is in the page. */
  onMark?: (element: HTMLElement) => void;
  /** Called for the first element of each mention that was wrapped. */
  onMention: (element: HTMLElement) => void;
  /** Work for at most this long before yielding to the page (ms). */
  sliceMs?: number;
  /** Largest amount of text sent to the background in one message. */
  batchChars?: number;
  /**
   * Runs each of our own DOM edits; the change watcher uses it to tell our edits from the page's,
   * so wrapping a mention never triggers another scan.
   */
  mutate?: <T>(edit: () => T) => T;
  /** The reader's mention style, set on every wrapped element ('underline' needs nothing). */
  mentionStyle?: string;
  /** Called for each open shadow root met while reading, so its later changes can be watched. */
  onShadowRoot?: (shadow: ShadowRoot) => void;
  /**
   * Marks with CSS highlights instead of wrapping (a page a framework may still hydrate): the
   * DOM is not touched, and `onMention` gets the hidden mirror of each mention.
   */
  highlights?: HighlightMarks;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Finds and wraps mentions across a page in small slices, so a page with megabytes of text stays
 * responsive. `clear()` undoes every change it made, leaving the DOM exactly as it was.
 */
export function createAnnotator(options: AnnotatorOptions) {
  const { sliceMs = 8, batchChars = 64_000, mutate = (edit) => edit() } = options;
  const edits: TextNodeEdit[] = [];
  const seen = new Set<string>();
  /** The first element of every mention we wrapped, in the order they were found. */
  const heads: HTMLElement[] = [];
  /** Every element we made: a page can plant look-alike `<konteks-mention>` elements, never these. */
  const made = new WeakSet<Element>();
  /** Claim and note markers, each card at most once per page, and the card each one opens. */
  const markHeads: HTMLElement[] = [];
  const markCards = new WeakMap<Element, MarkCard>();
  const seenMarks = new Set<string>();
  let generation = 0;

  async function annotateBatch(batch: TextBlock[], run: number): Promise<boolean> {
    const answer = await options.findMentions(
      batch.map((b) => b.text),
      options.lang,
      [...seen],
    );
    if (run !== generation) return false;
    if (!answer.ok) throw new Error(answer.error.message);
    const perBlock = new Map<number, BlockMention[]>();
    for (const m of answer.value.mentions) {
      if (options.policy === 'first' && seen.has(m.entityId)) continue;
      seen.add(m.entityId);
      const list = perBlock.get(m.segment) ?? [];
      list.push({
        start: m.start,
        end: m.end,
        entityId: m.entityId,
        probable: m.probable,
        alias: batch[m.segment]?.text.slice(m.start, m.end),
        candidates: m.unsure ? m.candidates : [],
      });
      perBlock.set(m.segment, list);
    }
    const marksPerBlock = new Map<number, FoundMark[]>();
    for (const mark of options.makeMark ? (answer.value.marks ?? []) : []) {
      const key = `${mark.card.kind}:${mark.card.id}`;
      if (seenMarks.has(key)) continue;
      seenMarks.add(key);
      marksPerBlock.set(mark.segment, [...(marksPerBlock.get(mark.segment) ?? []), mark]);
      if (!perBlock.has(mark.segment)) perBlock.set(mark.segment, []);
    }
    for (const [index, found] of perBlock) {
      const block = batch[index];
      if (!block) continue;
      // Only the text nodes a mention spans must be as they were: a live counter elsewhere in the
      // paragraph changing during the lookup does not stop the name beside it being marked.
      const mentions = found.filter((m) => spansUnchanged(block, m.start, m.end));
      // Markers are drawn by the page-level stylesheet, which does not reach into shadow roots; on
      // pages marked with CSS highlights (no DOM change at all) there are no markers either.
      const inDocument = block.pieces[0]?.node.getRootNode() === options.root.ownerDocument;
      const marks = (inDocument && !options.highlights ? (marksPerBlock.get(index) ?? []) : []).filter((m) =>
        spansUnchanged(block, m.start, m.end),
      );
      if (mentions.length === 0 && marks.length === 0) continue;
      if (options.highlights) {
        const mirrors = options.highlights.add(block, mentions);
        for (const mirror of mirrors) options.onMention(mirror);
        heads.push(...mirrors);
        continue;
      }
      const points = marks.map((mark) => {
        const element = (options.makeMark as (card: MarkCard) => HTMLElement)(mark.card);
        markCards.set(element, mark.card);
        markHeads.push(element);
        return { offset: mark.end, element };
      });
      const result = mutate(() => {
        const style = options.mentionStyle === 'underline' ? undefined : options.mentionStyle;
        const wrapped = wrapMentions(options.root.ownerDocument, block, mentions, style, points);
        for (const element of wrapped.mentions) options.onMention(element);
        for (const { element } of points) options.onMark?.(element);
        return wrapped;
      });
      edits.push(...result.edits);
      heads.push(...result.mentions);
      for (const edit of result.edits) {
        for (const node of edit.added) if (node instanceof Element) made.add(node);
      }
    }
    return true;
  }

  /** Scans the whole root: the first run on a page. */
  function run(): Promise<void> {
    return scan([options.root], ++generation);
  }

  /**
   * Scans only parts the page added or changed since; earlier mentions stay, and with the
   * first-mention policy an entity already marked is not marked again.
   */
  function runOn(roots: readonly Element[]): Promise<void> {
    return scan(roots, generation);
  }

  async function scan(roots: readonly Element[], run: number): Promise<void> {
    forgetDetached();
    const walk = blocksOf(roots, options.root, options.onShadowRoot);
    let batch: TextBlock[] = [];
    let batchSize = 0;
    let sliceStart = performance.now();
    for (const block of walk) {
      batch.push(block);
      batchSize += block.text.length;
      if (batchSize >= batchChars) {
        if (!(await annotateBatch(batch, run))) return;
        batch = [];
        batchSize = 0;
      }
      if (performance.now() - sliceStart > sliceMs) {
        await yieldToPage();
        if (run !== generation) return;
        sliceStart = performance.now();
      }
    }
    if (batch.length > 0) await annotateBatch(batch, run);
  }

  function clear(): void {
    generation++;
    mutate(() => unwrapMentions(edits.splice(0)));
    options.highlights?.clear();
    seen.clear();
    heads.length = 0;
    seenMarks.clear();
    markHeads.length = 0;
  }

  /**
   * The page removed some of our mentions (a live blog rewrote a post, an app changed route):
   * their entities count as unmarked again, so the first-mention policy marks the next one.
   */
  function forgetDetached(): void {
    const kept = heads.filter(isLive);
    const keep = new Set(kept);
    for (const head of heads) if (!keep.has(head)) options.highlights?.remove(head);
    heads.splice(0, heads.length, ...kept);
    // Rebuilt from what is really marked: an answer that arrived after the page replaced its
    // text marked nothing, so its entities must not count as seen.
    seen.clear();
    for (const head of kept) seen.add(head.getAttribute(ENTITY_ATTRIBUTE) ?? '');
    const keptMarks = markHeads.filter((mark) => mark.isConnected);
    markHeads.splice(0, markHeads.length, ...keptMarks);
    seenMarks.clear();
    for (const mark of keptMarks) {
      const card = markCards.get(mark);
      if (card) seenMarks.add(`${card.kind}:${card.id}`);
    }
  }

  /**
   * The page rewrote text nodes we had split (React sets `data` on the node it owns): what we
   * added beside them is now stale, so it goes, and the page's new text stands alone.
   */
  function release(rewritten: readonly Text[]): void {
    const targets = new Set(rewritten);
    const stale = edits.filter((edit) => targets.has(edit.node));
    if (stale.length === 0) return;
    mutate(() => {
      for (const edit of stale) for (const node of edit.added) node.parentNode?.removeChild(node);
    });
    edits.splice(0, edits.length, ...edits.filter((edit) => !targets.has(edit.node)));
    forgetDetached();
  }

  /** A wrapped mention is live while in the page; a highlighted one while its text is unchanged. */
  function isLive(head: HTMLElement): boolean {
    return options.highlights ? options.highlights.isLive(head) : head.isConnected;
  }

  /** Marked mentions still on the page, as their first elements (or mirrors, for highlights). */
  function mentions(): HTMLElement[] {
    return heads.filter(isLive);
  }

  /** True for a mention element this annotator made (not one the page planted). */
  function isOurs(element: Element): boolean {
    return made.has(element) || (options.highlights?.owns(element) ?? false);
  }

  /** Claim and note markers still on the page. */
  function marks(): HTMLElement[] {
    return markHeads.filter((mark) => mark.isConnected);
  }

  /** The card a marker this annotator made opens. */
  function markCard(element: Element): MarkCard | undefined {
    return made.has(element) ? markCards.get(element) : undefined;
  }

  return { run, runOn, release, clear, mentions, isOurs, marks, markCard };
}

/** Text blocks of each root still inside the page, lazily: the caller slices the walk by time. */
function* blocksOf(
  roots: readonly Element[],
  within: Element,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<TextBlock> {
  for (const root of roots) {
    // A changed element inside an editor, code or SVG is still off limits: a TreeWalker never
    // filters its own root, so the check is made here.
    if (!(within.contains(root) || root.isConnected) || isUntouchable(root)) continue;
    yield* textBlocks(root, onShadowRoot);
  }
}

/**
 * False when the page changed, while the background was answering, a text node that the span
 * [start, end) of the block covers: that part of the block is stale and is not marked.
 */
function spansUnchanged(block: TextBlock, start: number, end: number): boolean {
  return block.pieces.every((piece, i) => {
    const pieceEnd = block.pieces[i + 1]?.start ?? block.text.length;
    if (pieceEnd <= start || piece.start >= end) return true;
    return piece.node.isConnected && block.text.slice(piece.start, pieceEnd) === piece.node.data;
  });
}
