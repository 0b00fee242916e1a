import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ClaimCard } from '../claims/mark-card';
import { t, uiLanguage } from '../i18n/strings';
import { send, sendToTab } from '../messaging/client';
import type { OutletInfo, PageStatus } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { loadSettings, updateSettings } from '../settings/settings-store';
import { type EntityGroup, groupEntities } from './group-entities';
import { OutletCard } from './OutletCard';
import { PageClaims } from './PageClaims';

type PageState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | {
      kind: 'ready';
      tabId: number;
      host: string;
      status: PageStatus;
      total: number;
      groups: EntityGroup[];
      claims: ClaimCard[];
      /** The outlet that publishes this site, when a source knows it. */
      outlet: OutletInfo;
    };

const lang = uiLanguage();

/**
 * The tab the popup is about: the active one, or `?tab=<id>` when the popup is opened as a page
 * of its own (end-to-end tests do this; a keyboard user can bookmark it the same way).
 */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readPage(): Promise<PageState> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { kind: 'unavailable' };
  const page = await sendToTab(tabId, { type: 'page-entities' });
  if (!page.ok) return { kind: 'unavailable' };
  const { host, status, entities, url } = page.value;
  const [summaries, claims, outlet] = await Promise.all([
    send({ type: 'entity-summaries', entityIds: entities.map((e) => e.entityId), lang }),
    url ? send({ type: 'page-claims', url }) : undefined,
    send({ type: 'outlet-for-host', host, lang }),
  ]);
  const groups = summaries.ok ? groupEntities(entities, summaries.value, lang) : [];
  const total = entities.reduce((sum, e) => sum + e.count, 0);
  return {
    kind: 'ready',
    tabId,
    host,
    status,
    total,
    groups,
    claims: claims?.ok ? claims.value : [],
    outlet: outlet.ok ? outlet.value : null,
  };
}

/** Whether Konteks runs on this site (pause aside): the reader's choice, else what the run mode decided. */
function siteIsOn(settings: Settings, host: string, status: PageStatus): boolean {
  const choice = settings.sites[host];
  if (choice) return choice === 'on';
  return status !== 'not-chosen' && status !== 'not-an-article';
}

/** The toolbar popup: what Konteks found on this page, a switch for this site, and a global pause. */
export function PopupApp() {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | undefined>();
  const [problem, setProblem] = useState('');

  const refresh = useCallback(() => readPage().then(setPage, () => setPage({ kind: 'unavailable' })), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    void loadSettings().then(setSettings);
    void refresh();
  }, [refresh]);

  async function change(apply: (current: Settings) => Settings) {
    setSettings(await updateSettings(apply));
    // The page follows the settings by itself; read it again once it has.
    setTimeout(() => void refresh(), 300);
  }

  async function reveal(tabId: number, entityId: string) {
    const result = await sendToTab(tabId, { type: 'reveal-entity', entityId });
    if (result.ok) window.close();
    else setProblem(t(lang, 'popup.revealFailed', { message: result.error.message }));
  }

  return (
    <main class="popup">
      <h1>{t(lang, 'popup.title')}</h1>
      {page.kind === 'loading' && <p class="muted">…</p>}
      {page.kind === 'unavailable' && <p class="muted">{t(lang, 'popup.unavailable')}</p>}
      {page.kind === 'ready' && (
        <>
          <p class="status" role="status" data-testid="popup-status">
            {page.status === 'running'
              ? page.total > 0
                ? t(lang, page.total === 1 ? 'popup.count.one' : 'popup.count.other', { count: page.total })
                : t(lang, 'popup.none')
              : t(lang, `popup.status.${page.status}`)}
          </p>
          {settings && (
            <div class="switches">
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  data-testid="site-switch"
                  checked={siteIsOn(settings, page.host, page.status)}
                  aria-checked={siteIsOn(settings, page.host, page.status)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    void change((s) => ({ ...s, sites: { ...s.sites, [page.host]: on ? 'on' : 'off' } }));
                  }}
                />
                {t(lang, 'popup.site', { host: page.host })}
              </label>
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  data-testid="pause-switch"
                  checked={settings.paused}
                  aria-checked={settings.paused}
                  onChange={(event) => {
                    const paused = event.currentTarget.checked;
                    void change((s) => ({ ...s, paused }));
                  }}
                />
                {t(lang, 'popup.pause')}
              </label>
            </div>
          )}
          {problem && (
            <p class="problem" role="alert">
              {problem}
            </p>
          )}
          {page.outlet && <OutletCard info={page.outlet} lang={lang} />}
          <PageClaims claims={page.claims} lang={lang} />
          {page.groups.map((group) => (
            <section key={group.type} class="group">
              <h2>
                {t(lang, `type.${group.type}`)} <span class="count">{group.entities.length}</span>
              </h2>
              <ul>
                {group.entities.map((entity) => (
                  <li key={entity.id}>
                    <button
                      type="button"
                      data-testid="popup-entity"
                      data-entity-id={entity.id}
                      aria-label={t(lang, 'popup.show', { name: entity.name })}
                      onClick={() => void reveal(page.tabId, entity.id)}
                    >
                      <span class="name">{entity.name}</span>
                      {entity.count > 1 && <span class="count">×{entity.count}</span>}
                      {entity.description && <span class="description">{entity.description}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <p class="footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'popup.options')}
        </button>
      </p>
    </main>
  );
}
