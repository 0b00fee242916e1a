import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../i18n/strings';
import { MAX_PACK_BYTES } from '../kb/pack-parse';
import type { send } from '../messaging/client';
import { downloadText } from './download-text';
import { Field } from './Field';
import { LiveNotice } from './LiveNotice';
import { problemText } from './problem-text';
import type { Notice } from './use-sources';

/** A backup holds several packs; it may be larger than one pack, but not without limit. */
const MAX_BACKUP_BYTES = 4 * MAX_PACK_BYTES;

interface YourDataProps {
  lang: UiLanguage;
  messenger: typeof send;
  /** Changes when the sources change, so the storage figure is read again. */
  revision: unknown;
  /** Called after a restore or reset, so the rest of the page reads the new state. */
  onChanged: () => void;
}

/** "12.3 MB" / "12,3 MB". */
export function formatBytes(bytes: number, lang: UiLanguage): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** Storage used, a backup of everything the reader made, a restore from it, and a reset. */
export function YourData({ lang, messenger, revision, onChanged }: YourDataProps) {
  const [usage, setUsage] = useState<string>('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void revision; // read again whenever the sources change
    let live = true;
    void navigator.storage
      ?.estimate()
      .then(({ usage: used = 0, quota = 0 }) => {
        if (!live) return;
        setUsage(
          t(lang, 'options.storageUsed', { used: formatBytes(used, lang), quota: formatBytes(quota, lang) }),
        );
      })
      .catch(() => live && setUsage(t(lang, 'options.storageUnknown')));
    return () => {
      live = false;
    };
  }, [lang, revision]);

  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const alert = (text: string) => setNotice({ tone: 'alert', text });
  const status = (text: string) => setNotice({ tone: 'status', text });

  const backup = async () => {
    const result = await messenger({ type: 'backup' });
    if (!result.ok) return alert(t(lang, 'options.backupFailed', { message: problemText(result.error) }));
    downloadText(result.value.fileName, result.value.text);
    status(t(lang, 'options.backupSaved', { file: result.value.fileName }));
  };

  const restore = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const refused = (message: string) =>
      alert(
        `${t(lang, 'options.restoreFailed', { file: file.name, message })} ${t(lang, 'options.nothingChanged')}`,
      );
    try {
      if (file.size > MAX_BACKUP_BYTES)
        return refused(t(lang, 'options.tooLarge', { size: MAX_BACKUP_BYTES / 1024 / 1024 }));
      status(t(lang, 'options.restoring', { file: file.name }));
      const text = await file.text().catch((error: Error) => {
        refused(t(lang, 'options.unreadable', { message: error.message }));
        return undefined;
      });
      if (text === undefined) return;
      const result = await messenger({ type: 'restore-backup', text });
      if (!result.ok) return refused(problemText(result.error));
      status(t(lang, 'options.restored.backup', result.value));
      onChanged();
    } finally {
      input.value = '';
    }
  };

  const reset = async () => {
    setConfirming(false);
    const result = await messenger({ type: 'reset-all' });
    resetButton.current?.focus();
    if (!result.ok) return alert(t(lang, 'options.resetFailed', { message: problemText(result.error) }));
    status(t(lang, 'options.resetDone'));
    onChanged();
  };

  return (
    <div class="your-data" data-testid="your-data">
      <p data-testid="storage-used">{usage}</p>
      <div class="field">
        <button type="button" data-testid="backup" onClick={() => void backup()}>
          {t(lang, 'options.backup')}
        </button>
        <p class="help">{t(lang, 'options.backupHelp')}</p>
      </div>
      <Field id="restore-file" label={t(lang, 'options.restore')} help={t(lang, 'options.restoreHelp')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".json,application/json"
            data-testid="restore-file"
            onChange={(event) => void restore(event)}
          />
        )}
      </Field>
      <div class="field">
        <button
          type="button"
          class="danger"
          ref={resetButton}
          aria-expanded={confirming}
          aria-controls="reset-confirm"
          data-testid="reset"
          onClick={() => setConfirming(true)}
        >
          {t(lang, 'options.reset')}
        </button>
        <div id="reset-confirm" class="confirm" hidden={!confirming}>
          <p>{t(lang, 'options.resetConfirm')}</p>
          <button type="button" class="danger" data-testid="reset-confirm" onClick={() => void reset()}>
            {t(lang, 'options.resetYes')}
          </button>{' '}
          <button
            type="button"
            ref={cancel}
            data-testid="reset-cancel"
            onClick={() => {
              setConfirming(false);
              resetButton.current?.focus();
            }}
          >
            {t(lang, 'options.cancel')}
          </button>
        </div>
      </div>
      <LiveNotice notice={notice} testId="data-status" />
    </div>
  );
}
