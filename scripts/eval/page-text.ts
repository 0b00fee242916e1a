import { Window } from 'happy-dom';
import { pageLanguage } from '../../src/page/page-language.ts';
import { textBlocks } from '../../src/page/text-blocks.ts';

/** A fixture page as the content script reads it. */
export interface PageText {
  /** Primary language from `<html lang>` or guessed, as the content script does. */
  lang: string | undefined;
  /** Text blocks in document order (paragraphs, headings, list items...). */
  blocks: string[];
  /** The blocks joined by BLOCK_SEPARATOR: what labels are resolved against. */
  text: string;
  /** Offset of each block in `text`. */
  offsets: number[];
}

/** Between blocks: two line breaks, so no name and no label can run from one block into the next. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * Parses an HTML page with happy-dom and reads its text blocks with the content script's own
 * reader (src/page/text-blocks.ts), so scripts, styles, code, forms and the like are skipped
 * exactly as on a real page.
 */
export function readPage(html: string): PageText {
  const window = new Window({ url: 'https://example.test/' });
  // text-blocks.ts reads these DOM globals, as it may in a content script.
  const globals = globalThis as Record<string, unknown>;
  globals.Node ??= window.Node;
  globals.NodeFilter ??= window.NodeFilter;
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const blocks = [...textBlocks(doc.body)].map((b) => b.text).filter((t) => t.trim() !== '');
  const offsets: number[] = [];
  let at = 0;
  for (const block of blocks) {
    offsets.push(at);
    at += block.length + BLOCK_SEPARATOR.length;
  }
  const lang = pageLanguage(doc);
  void window.happyDOM.close();
  return { lang, blocks, text: blocks.join(BLOCK_SEPARATOR), offsets };
}
