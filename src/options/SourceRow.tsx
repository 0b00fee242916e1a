import type { ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t, type UiLanguage } from '../i18n/strings';
import type { SourceRowView } from './source-row';

interface SourceRowProps {
  row: SourceRowView;
  lang: UiLanguage;
  onToggle: (enabled: boolean) => void;
  onExport: () => void;
  onRemove: () => void;
  /** 1-based place in the priority order, and how many sources there are. */
  position: number;
  count: number;
  /** Which control to focus after a change re-rendered the list (the row itself, or a move button). */
  focusOn?: 'row' | 'up' | 'down' | undefined;
  onMove: (direction: 'up' | 'down') => void;
}

/** One knowledge source: what it is, where it comes from, and what the reader can do with it. */
export function SourceRow({
  row,
  lang,
  focusOn,
  onToggle,
  onExport,
  onRemove,
  position,
  count,
  onMove,
}: SourceRowProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOn === 'row') heading.current?.focus();
    // Moving a row moves its DOM node, which drops focus: put it back on the button just used.
    if (focusOn === 'up') (position > 1 ? up : down).current?.focus();
    if (focusOn === 'down') (position < count ? down : up).current?.focus();
  }, [focusOn, position, count]);

  const details: [label: string, value: ComponentChild][] = [
    [t(lang, 'options.publisher'), row.publisher],
    [t(lang, 'options.version'), row.version],
    [t(lang, 'options.license'), row.license],
    [t(lang, 'options.kind'), row.kind],
    row.claims === undefined
      ? [t(lang, 'options.entities'), row.entities]
      : [t(lang, 'options.claims'), row.claims],
    [
      t(lang, 'options.updated'),
      row.updatedIso ? (
        <time key="updated" dateTime={row.updatedIso}>
          {row.updated}
        </time>
      ) : (
        row.updated
      ),
    ],
  ];
  if (row.url)
    details.push([
      t(lang, 'options.address'),
      <span key="url" class="site-host">
        {row.url}
      </span>,
    ]);

  return (
    <li class="source" data-source-id={row.id}>
      <div class="source-about">
        <h3 class="source-name" ref={heading} tabIndex={-1}>
          <span class="source-position" data-testid="source-position">
            {t(lang, 'options.position', { position, count })}
          </span>{' '}
          {row.name}
        </h3>
        <dl class="source-details">
          {details.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div class="source-actions">
        <div class="move">
          <button
            type="button"
            ref={up}
            disabled={position <= 1}
            aria-label={t(lang, 'options.moveUpFor', { name: row.name })}
            title={t(lang, 'options.moveUp')}
            data-testid="source-up"
            onClick={() => onMove('up')}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            ref={down}
            disabled={position >= count}
            aria-label={t(lang, 'options.moveDownFor', { name: row.name })}
            title={t(lang, 'options.moveDown')}
            data-testid="source-down"
            onClick={() => onMove('down')}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </div>
        <label class="switch">
          <input
            type="checkbox"
            // biome-ignore lint/a11y/useAriaPropsForRole: the native checkbox exposes its checked state; ARIA in HTML forbids aria-checked on it
            role="switch"
            checked={row.enabled}
            aria-label={t(lang, 'options.enabledFor', { name: row.name })}
            data-testid="source-enabled"
            onChange={(event) => onToggle(event.currentTarget.checked)}
          />
          <span aria-hidden="true">{t(lang, 'options.enabled')}</span>
        </label>
        <button
          type="button"
          aria-label={t(lang, 'options.exportFor', { name: row.name })}
          data-testid="source-export"
          onClick={onExport}
        >
          {t(lang, 'options.export')}
        </button>
        {row.removable && (
          <button
            type="button"
            class="danger"
            aria-label={t(lang, 'options.removeFor', { name: row.name })}
            data-testid="source-remove"
            onClick={onRemove}
          >
            {t(lang, 'options.remove')}
          </button>
        )}
      </div>
    </li>
  );
}
