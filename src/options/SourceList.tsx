import { t, type UiLanguage } from '../i18n/strings';
import type { SourceSummary } from '../messaging/protocol';
import { SourceRow } from './SourceRow';
import { formatSourceRow } from './source-row';
import type { FocusRequest, ListState } from './use-sources';

interface SourceListProps {
  list: ListState;
  lang: UiLanguage;
  focus: FocusRequest;
  onRetry: () => void;
  onToggle: (source: SourceSummary, enabled: boolean) => void;
  onExport: (source: SourceSummary) => void;
  onRemove: (source: SourceSummary) => void;
  onMove: (source: SourceSummary, direction: 'up' | 'down') => void;
}

/** The sources, or why they cannot be shown yet: loading, unreadable, or none installed. */
export function SourceList({
  list,
  lang,
  focus,
  onRetry,
  onToggle,
  onExport,
  onRemove,
  onMove,
}: SourceListProps) {
  if (list.kind === 'loading') {
    return (
      <p class="list-state" role="status">
        {t(lang, 'options.loading')}
      </p>
    );
  }
  if (list.kind === 'error') {
    return (
      <div class="list-state error" role="alert">
        <p>{list.message}</p>
        <button type="button" onClick={onRetry}>
          {t(lang, 'options.retry')}
        </button>
      </div>
    );
  }
  if (list.sources.length === 0) return <p class="list-state">{t(lang, 'options.empty')}</p>;
  return (
    <>
      <p class="help">{t(lang, 'options.priorityHelp')}</p>
      <ol class="sources">
        {list.sources.map((source, i) => (
          <SourceRow
            key={source.id}
            row={formatSourceRow(source, lang)}
            lang={lang}
            focusOn={focus && focus.id === source.id && focus.on !== 'undo' ? focus.on : undefined}
            position={i + 1}
            count={list.sources.length}
            onToggle={(enabled) => onToggle(source, enabled)}
            onExport={() => onExport(source)}
            onRemove={() => onRemove(source)}
            onMove={(direction) => onMove(source, direction)}
          />
        ))}
      </ol>
    </>
  );
}
