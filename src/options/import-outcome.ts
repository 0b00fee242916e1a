import { claimCount, entityCount, t, type UiLanguage } from '../i18n/strings';
import type { SourceSummary } from '../messaging/protocol';
import type { Problem, Result } from '../shared/result';
import { problemText } from './problem-text';
import { sourceName } from './source-row';

/** What the import region says after an attempt: a status on success, an alert on failure. */
export type ImportOutcome =
  | { tone: 'status'; text: string }
  | { tone: 'alert'; text: string; detail: string };

/** The refusal of one file, in plain words, with the field path and the promise that nothing changed. */
export function importFailure(lang: UiLanguage, fileName: string, problem: Problem): ImportOutcome {
  return {
    tone: 'alert',
    text: t(lang, 'options.importFailed', { file: fileName, message: problemText(problem) }),
    detail: t(lang, 'options.nothingChanged'),
  };
}

/** "Imported Test pack: Karawang (1 entity)" or the refusal of `fileName`. */
export function importOutcome(
  lang: UiLanguage,
  fileName: string,
  result: Result<SourceSummary>,
): ImportOutcome {
  if (!result.ok) return importFailure(lang, fileName, result.error);
  const source = result.value;
  const imported = t(lang, 'options.imported', {
    name: sourceName(source, lang),
    count:
      source.claimCount === undefined
        ? entityCount(lang, source.entityCount)
        : claimCount(lang, source.claimCount),
  });
  const skipped = source.skipped
    ? ` ${t(lang, 'options.skippedClaims', { count: source.skipped.count, message: source.skipped.message })}`
    : '';
  return { tone: 'status', text: `${imported}${skipped}` };
}
