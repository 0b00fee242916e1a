import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../i18n/strings';
import type { send } from '../messaging/client';
import type { BrowseItem, SourceSummary, UpdatePreview } from '../messaging/protocol';
import { Field } from './Field';
import { fetchPackText, isPackUrl } from './fetch-pack';
import { askForOrigin, type PermissionsApi } from './host-permission';
import { LiveNotice } from './LiveNotice';
import { problemText } from './problem-text';
import { sourceName } from './source-row';
import type { Notice } from './use-sources';

interface SubscribeUrlProps {
  lang: UiLanguage;
  messenger: typeof send;
  sources: readonly SourceSummary[];
  onChanged: () => void;
  /** The browser's permissions API unless a test substitutes it. */
  permissions?: PermissionsApi;
}

interface Pending {
  source: SourceSummary;
  text: string;
  preview: UpdatePreview;
}

function ChangeList({ title, items, testId }: { title: string; items: BrowseItem[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h5>{title}</h5>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.name}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Subscribing to a pack at a web address, and checking subscribed packs for updates. The options
 * page downloads (a service worker may be stopped mid-download); the background validates and
 * installs. The host permission is asked for that one origin, at the moment of the reader's click.
 */
export function SubscribeUrl({ lang, messenger, sources, onChanged, permissions }: SubscribeUrlProps) {
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const urlField = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const checkButtons = useRef(new Map<string, HTMLButtonElement>());
  const subscribed = sources.filter((s) => s.kind === 'url' && s.url);

  /** The subscription whose Check button gets focus back once the buttons are enabled again. */
  const [focusAfter, setFocusAfter] = useState<string | null>(null);

  useEffect(() => {
    if (pending) previewHeading.current?.focus();
  }, [pending]);

  useEffect(() => {
    if (!focusAfter || busy) return;
    checkButtons.current.get(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter, busy]);

  const alert = (text: string) => setNotice({ tone: 'alert', text });
  const status = (text: string) => setNotice({ tone: 'status', text });
  const refused = (message: string) => alert(`${message} ${t(lang, 'options.nothingChanged')}`);

  /** Asks for the origin (first, while the click still counts as the reader's), then downloads. */
  async function download(address: string): Promise<string | undefined> {
    const granted = await askForOrigin(address, permissions);
    if (!granted) {
      refused(t(lang, 'url.permissionDenied', { origin: new URL(address).origin }));
      return undefined;
    }
    status(t(lang, 'url.downloading', { url: address }));
    const fetched = await fetchPackText(address);
    if (!fetched.ok) {
      refused(t(lang, 'url.downloadFailed', { url: address, message: problemText(fetched.error) }));
      return undefined;
    }
    return fetched.value;
  }

  const subscribe = async (event: Event) => {
    event.preventDefault();
    const address = url.trim();
    if (!isPackUrl(address)) {
      setUrlError(t(lang, 'url.invalid'));
      urlField.current?.focus();
      return;
    }
    setUrlError('');
    setBusy(true);
    try {
      const text = await download(address);
      if (text === undefined) return;
      const result = await messenger({ type: 'subscribe-pack', url: address, text });
      if (!result.ok)
        return refused(t(lang, 'url.subscribeFailed', { url: address, message: problemText(result.error) }));
      const { skipped } = result.value;
      status(
        `${t(lang, 'url.subscribed', { name: sourceName(result.value, lang), version: result.value.version })}${
          skipped
            ? ` ${t(lang, 'options.skippedClaims', { count: skipped.count, message: skipped.message })}`
            : ''
        }`,
      );
      setUrl('');
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  const check = async (source: SourceSummary) => {
    setPending(null);
    setBusy(true);
    try {
      const text = await download(source.url ?? '');
      if (text === undefined) return;
      const result = await messenger({ type: 'preview-update', sourceId: source.id, text });
      const name = sourceName(source, lang);
      if (!result.ok)
        return refused(t(lang, 'url.updateFailed', { name, message: problemText(result.error) }));
      const { added, changed, removed, toVersion } = result.value;
      if (added.length + changed.length + removed.length === 0 && toVersion === source.version) {
        status(t(lang, 'url.upToDate', { name, version: source.version }));
        return;
      }
      setNotice(null);
      setPending({ source, text, preview: result.value });
    } finally {
      setBusy(false);
    }
  };

  const finish = (sourceId: string) => {
    setPending(null);
    setFocusAfter(sourceId);
  };

  const apply = async ({ source, text, preview }: Pending) => {
    setBusy(true);
    const result = await messenger({ type: 'apply-update', sourceId: source.id, text });
    setBusy(false);
    const name = sourceName(source, lang);
    finish(source.id);
    if (!result.ok) return refused(t(lang, 'url.updateFailed', { name, message: problemText(result.error) }));
    status(t(lang, 'url.updated', { name, version: preview.toVersion }));
    onChanged();
  };

  return (
    <section class="subscribe" aria-labelledby="subscribe-heading" data-testid="subscribe">
      <h3 id="subscribe-heading">{t(lang, 'url.title')}</h3>
      <form onSubmit={subscribe} noValidate>
        <Field id="subscribe-url" label={t(lang, 'url.label')} help={t(lang, 'url.help')} error={urlError}>
          {(control) => (
            <input
              {...control}
              ref={urlField}
              type="url"
              autoComplete="off"
              spellcheck={false}
              placeholder="https://"
              value={url}
              data-testid="subscribe-url"
              onInput={(event) => setUrl(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy} data-testid="subscribe-submit">
          {t(lang, 'url.subscribe')}
        </button>
      </form>
      {subscribed.length > 0 && (
        <ul class="subscriptions">
          {subscribed.map((source) => (
            <li key={source.id} data-subscription={source.id}>
              <div>
                <strong>{sourceName(source, lang)}</strong> <span class="muted">{source.version}</span>
                <div class="muted site-host">{source.url}</div>
              </div>
              <button
                type="button"
                disabled={busy}
                data-testid="check-updates"
                aria-label={t(lang, 'url.checkFor', { name: sourceName(source, lang) })}
                ref={(element) => {
                  if (element) checkButtons.current.set(source.id, element);
                  else checkButtons.current.delete(source.id);
                }}
                onClick={() => void check(source)}
              >
                {t(lang, 'url.check')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {pending && (
        <div class="update-preview" data-testid="update-preview">
          <h4 ref={previewHeading} tabIndex={-1}>
            {t(lang, 'url.previewTitle', {
              name: sourceName(pending.source, lang),
              from: pending.preview.fromVersion,
              to: pending.preview.toVersion,
            })}
          </h4>
          <p>
            {t(lang, 'url.previewCounts', {
              added: pending.preview.added.length,
              changed: pending.preview.changed.length,
              removed: pending.preview.removed.length,
            })}
          </p>
          <ChangeList title={t(lang, 'url.added')} items={pending.preview.added} testId="update-added" />
          <ChangeList
            title={t(lang, 'url.changed')}
            items={pending.preview.changed}
            testId="update-changed"
          />
          <ChangeList
            title={t(lang, 'url.removed')}
            items={pending.preview.removed}
            testId="update-removed"
          />
          <button
            type="button"
            disabled={busy}
            data-testid="update-apply"
            onClick={() => void apply(pending)}
          >
            {t(lang, 'url.apply')}
          </button>{' '}
          <button type="button" data-testid="update-cancel" onClick={() => finish(pending.source.id)}>
            {t(lang, 'options.cancel')}
          </button>
        </div>
      )}
      <LiveNotice notice={notice} testId="subscribe-status" />
    </section>
  );
}
