import { foldText } from '../kb/quality/fold-text';

/**
 * A name as the matcher compares it ("ASSAD" and "Assad" are one key), so a choice holds for every
 * spelling the matcher would take for the same name. Apart from match-choices.ts so the message
 * protocol (which the content script carries) does not pull in the matcher's folding tables.
 */
export function aliasKey(text: string): string {
  return foldText(text).slice(0, 200);
}
