import { useRef, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../i18n/strings';
import { MAX_PACK_BYTES } from '../kb/pack-parse';
import type { SourceSummary } from '../messaging/protocol';
import type { Result } from '../shared/result';
import { type ImportOutcome, importFailure, importOutcome } from './import-outcome';

interface ImportPackProps {
  lang: UiLanguage;
  onImport: (text: string, fileName: string) => Promise<Result<SourceSummary>>;
}

/**
 * Imports a pack file as soon as it is chosen. The background validates it; a refusal is shown
 * with the file's name and the faulty field's path, and nothing is installed.
 */
export function ImportPack({ lang, onImport }: ImportPackProps) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  // Only the newest import reports: choosing a second file overrides the first's message.
  const latest = useRef(0);

  async function importFile(file: File): Promise<ImportOutcome> {
    const failure = (message: string) => importFailure(lang, file.name, { code: 'unreadable', message });
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > MAX_PACK_BYTES) {
      return failure(t(lang, 'options.tooLarge', { size: MAX_PACK_BYTES / 1024 / 1024 }));
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return failure(t(lang, 'options.unreadable', { message: (error as Error).message }));
    }
    return importOutcome(lang, file.name, await onImport(text, file.name));
  }

  async function onChange(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const ticket = ++latest.current;
    setOutcome({ tone: 'status', text: t(lang, 'options.importing', { file: file.name }) });
    const result = await importFile(file);
    if (ticket !== latest.current) return;
    setOutcome(result);
    // Cleared so that choosing the same file again (after fixing it) imports it again.
    input.value = '';
  }

  return (
    <section class="import" aria-labelledby="import-heading">
      <h3 id="import-heading">{t(lang, 'options.import')}</h3>
      <label class="import-label" for="import-file">
        {t(lang, 'options.importLabel')}
      </label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        aria-describedby="import-help"
        data-testid="import-file"
        onChange={onChange}
      />
      <p id="import-help" class="help">
        {t(lang, 'options.importHelp')}
      </p>
      {/* Both live regions exist from the start: screen readers skip regions added with their text. */}
      <div class="import-status" data-testid="import-status">
        <p role="status">{outcome?.tone === 'status' ? outcome.text : ''}</p>
        <div role="alert" class={outcome?.tone === 'alert' ? 'problem' : undefined}>
          {outcome?.tone === 'alert' && (
            <>
              <p>{outcome.text}</p>
              <p>{outcome.detail}</p>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
