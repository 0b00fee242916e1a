import type { FoundMention } from '../messaging/protocol';
import type { Result } from '../shared/result';
import { type TextBlock, textBlocks } from './text-blocks';
import { type BlockMention, type TextNodeEdit, unwrapMentions, wrapMentions } from './wrap-mentions';

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
  ) => Promise<Result<{ mentions: FoundMention[] }>>;
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
    for (const [index, mentions] of perBlock) {
      const block = batch[index];
      if (!block || !isUnchanged(block)) continue;
      const result = mutate(() => {
        const wrapped = wrapMentions(options.root.ownerDocument, block, mentions);
        for (const element of wrapped.mentions) options.onMention(element);
        return wrapped;
      });
      edits.push(...result.edits);
      heads.push(...result.mentions);
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
    const walk = blocksOf(roots, options.root);
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
    seen.clear();
    heads.length = 0;
  }

  /** Marked mentions still on the page, as their first elements. */
  function mentions(): HTMLElement[] {
    return heads.filter((head) => head.isConnected);
  }

  return { run, runOn, clear, mentions };
}

/** Text blocks of each root still inside the page, lazily: the caller slices the walk by time. */
function* blocksOf(roots: readonly Element[], within: Element): Generator<TextBlock> {
  for (const root of roots) if (within.contains(root) || root.isConnected) yield* textBlocks(root);
}

/** A block is stale when the page changed its text while the background was answering. */
function isUnchanged(block: TextBlock): boolean {
  return block.pieces.every(
    (piece) =>
      piece.node.isConnected &&
      block.text.slice(piece.start, piece.start + piece.node.data.length) === piece.node.data,
  );
}
