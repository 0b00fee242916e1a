import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CardState } from '../card/Card';
import { toCardView } from '../card/card-model';
import { t, type UiLanguage } from '../i18n/strings';
import { localDay } from '../kb/timeline';
import type { send } from '../messaging/client';
import type { BrowseItem, SourceSummary } from '../messaging/protocol';
import { CardPreview } from './CardPreview';
import { problemText } from './problem-text';
import { sourceName } from './source-row';

const PAGE = 50;
/** Typing pauses this long before the search runs, so each key press does not query the database. */
const SEARCH_DELAY_MS = 200;

interface BrowseSourceProps {
  lang: UiLanguage;
  messenger: typeof send;
  sources: readonly SourceSummary[];
}

type Listing =
  | { kind: 'loading' }
  | { kind: 'ready'; total: number; items: BrowseItem[] }
  | { kind: 'error'; message: string };

/** Lists and searches one source's entities; choosing one shows its card as that source describes it. */
export function BrowseSource({ lang, messenger, sources }: BrowseSourceProps) {
  const [sourceId, setSourceId] = useState<string>('');
  const [query, setQuery] = useState('');
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  const [card, setCard] = useState<CardState | null>(null);
  const latest = useRef(0);
  const itemButtons = useRef(new Map<string, HTMLButtonElement>());
  const activeId = sources.some((s) => s.id === sourceId) ? sourceId : (sources[0]?.id ?? '');

  const load = useCallback(
    async (offset: number) => {
      if (!activeId) return;
      const ticket = ++latest.current;
      const result = await messenger({
        type: 'browse-entities',
        sourceId: activeId,
        query,
        offset,
        limit: PAGE,
        lang,
      });
      if (ticket !== latest.current) return;
      if (!result.ok) {
        setListing({ kind: 'error', message: problemText(result.error) });
        return;
      }
      setListing((current) => ({
        kind: 'ready',
        total: result.value.total,
        items:
          offset > 0 && current.kind === 'ready'
            ? [...current.items, ...result.value.items]
            : result.value.items,
      }));
    },
    [activeId, query, lang, messenger],
  );

  useEffect(() => {
    const timer = setTimeout(() => void load(0), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [load]);

  const open = async (item: BrowseItem) => {
    setSelected(item.id);
    setCard({ kind: 'loading' });
    const result = await messenger({ type: 'source-card', sourceId: activeId, entityId: item.id });
    if (!result.ok) {
      setCard({ kind: 'error', message: problemText(result.error) });
      return;
    }
    setCard({ kind: 'ready', view: toCardView(result.value, lang, { today: localDay(new Date()) }) });
  };

  const closeCard = () => {
    setCard(null);
    if (selected) itemButtons.current.get(selected)?.focus();
    setSelected(null);
  };

  if (sources.length === 0) return <p class="help">{t(lang, 'options.empty')}</p>;
  return (
    <div class="browse" data-testid="browse">
      <div class="browse-controls">
        <div class="field">
          <label for="browse-source">{t(lang, 'browse.source')}</label>
          <select
            id="browse-source"
            data-testid="browse-source"
            value={activeId}
            onChange={(event) => {
              setSourceId(event.currentTarget.value);
              setCard(null);
              setSelected(null);
            }}
          >
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {sourceName(source, lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="browse-query">{t(lang, 'browse.search')}</label>
          <input
            id="browse-query"
            type="search"
            autoComplete="off"
            data-testid="browse-query"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
      </div>
      <p role="status" data-testid="browse-count">
        {listing.kind === 'ready'
          ? t(lang, 'browse.count', { shown: listing.items.length, total: listing.total })
          : listing.kind === 'loading'
            ? t(lang, 'card.loading')
            : ''}
      </p>
      {listing.kind === 'error' && (
        <p role="alert" class="problem">
          {listing.message}
        </p>
      )}
      <div class="browse-body">
        {listing.kind === 'ready' && (
          <div class="browse-list">
            <ul>
              {listing.items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    class="entity-button"
                    data-entity-id={item.id}
                    aria-pressed={selected === item.id}
                    ref={(element) => {
                      if (element) itemButtons.current.set(item.id, element);
                      else itemButtons.current.delete(item.id);
                    }}
                    onClick={() => void open(item)}
                  >
                    <span class="entity-name">{item.name}</span>
                    <span class="muted">
                      {t(lang, `type.${item.type}`)}
                      {item.description ? ` · ${item.description}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {listing.items.length < listing.total && (
              <button type="button" data-testid="browse-more" onClick={() => void load(listing.items.length)}>
                {t(lang, 'browse.more')}
              </button>
            )}
          </div>
        )}
        {card && (
          <div class="browse-card">
            <CardPreview state={card} lang={lang} onClose={closeCard} />
          </div>
        )}
      </div>
    </div>
  );
}
