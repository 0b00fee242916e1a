import { useEffect, useRef } from 'preact/hooks';
import { t, type UiLanguage } from '../i18n/strings';
import type { RemovedSource, UndoBuffer } from './undo-buffer';
import type { FocusRequest } from './use-sources';

interface RemovedSourcesProps {
  removed: UndoBuffer;
  lang: UiLanguage;
  focus: FocusRequest;
  onUndo: (entry: RemovedSource) => void;
}

function UndoItem({
  entry,
  lang,
  focused,
  onUndo,
}: {
  entry: RemovedSource;
  lang: UiLanguage;
  focused: boolean;
  onUndo: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  // The Remove button that had focus is gone; Undo is the natural next stop.
  useEffect(() => {
    if (focused) button.current?.focus();
  }, [focused]);
  return (
    <li>
      <span>{entry.name}</span>{' '}
      <button
        type="button"
        ref={button}
        aria-label={t(lang, 'options.undoFor', { name: entry.name })}
        data-testid="undo-remove"
        onClick={onUndo}
      >
        {t(lang, 'options.undo')}
      </button>
    </li>
  );
}

/** Sources removed during this visit, each with an Undo that imports its saved copy again. */
export function RemovedSources({ removed, lang, focus, onUndo }: RemovedSourcesProps) {
  if (removed.length === 0) return null;
  return (
    <section class="removed" aria-labelledby="removed-heading">
      <h3 id="removed-heading">{t(lang, 'options.removedThisVisit')}</h3>
      <ul>
        {removed.map((entry) => (
          <UndoItem
            key={entry.id}
            entry={entry}
            lang={lang}
            focused={focus?.on === 'undo' && focus.id === entry.id}
            onUndo={() => onUndo(entry)}
          />
        ))}
      </ul>
    </section>
  );
}
