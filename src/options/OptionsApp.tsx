import { useEffect } from 'preact/hooks';
import { t, type UiLanguage, uiLanguage } from '../i18n/strings';
import { send } from '../messaging/client';
import { ImportPack } from './ImportPack';
import { RemovedSources } from './RemovedSources';
import { SourceList } from './SourceList';
import { useSources } from './use-sources';
import './options.css';

interface OptionsAppProps {
  /** Defaults to the browser's language; a prop so a test or demo can pin it. */
  lang?: UiLanguage;
  /** Defaults to the real messaging client. */
  messenger?: typeof send;
}

/** The options page: what Konteks is, and the knowledge sources it draws on. */
export function OptionsApp({ lang = uiLanguage(), messenger = send }: OptionsAppProps) {
  const sources = useSources(lang, messenger);
  const { notice } = sources;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'options.pageTitle');
  }, [lang]);

  return (
    <main class="options">
      <header>
        <h1>Konteks</h1>
        <p class="intro">{t(lang, 'options.intro')}</p>
      </header>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t(lang, 'options.sources')}</h2>
        {/* Live regions stay in the page so each new message is announced. */}
        <div class="notices">
          <p role="status">{notice?.tone === 'status' ? notice.text : ''}</p>
          <p role="alert" class={notice?.tone === 'alert' ? 'problem' : undefined}>
            {notice?.tone === 'alert' ? notice.text : ''}
          </p>
        </div>
        <SourceList
          list={sources.list}
          lang={lang}
          focus={sources.focus}
          onRetry={() => void sources.reload()}
          onToggle={(source, enabled) => void sources.setEnabled(source, enabled)}
          onExport={(source) => void sources.exportSource(source)}
          onRemove={(source) => void sources.removeSource(source)}
          onMove={(source, direction) => void sources.move(source, direction)}
        />
        <RemovedSources
          removed={sources.removed}
          lang={lang}
          focus={sources.focus}
          onUndo={(entry) => void sources.undo(entry)}
        />
        <ImportPack lang={lang} onImport={sources.importPack} />
      </section>
    </main>
  );
}
