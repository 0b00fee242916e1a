import type { ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t, type UiLanguage } from '../i18n/strings';
import type { SourceRowView } from './source-row';

interface SourceRowProps {
  row: SourceRowView;
  lang: UiLanguage;
  /** Move focus to this row (it has just been restored by Undo). */
  focused: boolean;
  onToggle: (enabled: boolean) => void;
  onExport: () => void;
  onRemove: () => void;
}

/** One knowledge source: what it is, where it comes from, and what the reader can do with it. */
export function SourceRow({ row, lang, focused, onToggle, onExport, onRemove }: SourceRowProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focused) heading.current?.focus();
  }, [focused]);

  const details: [label: string, value: ComponentChild][] = [
    [t(lang, 'options.publisher'), row.publisher],
    [t(lang, 'options.version'), row.version],
    [t(lang, 'options.license'), row.license],
    [t(lang, 'options.kind'), row.kind],
    [t(lang, 'options.entities'), row.entities],
    [
      t(lang, 'options.updated'),
      row.updatedIso ? <time dateTime={row.updatedIso}>{row.updated}</time> : row.updated,
    ],
  ];

  return (
    <li class="source" data-source-id={row.id}>
      <div class="source-about">
        <h3 class="source-name" ref={heading} tabIndex={-1}>
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
