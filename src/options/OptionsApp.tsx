import { useEffect } from 'preact/hooks';
import { t, type UiLanguage, uiLanguage } from '../i18n/strings';
import { send } from '../messaging/client';
import { BrowseSource } from './BrowseSource';
import { DisplaySettings } from './DisplaySettings';
import { ImportPack } from './ImportPack';
import { LiveNotice } from './LiveNotice';
import { MatchChoices } from './MatchChoices';
import { MyNotes } from './MyNotes';
import { RemovedSources } from './RemovedSources';
import { SitesSettings } from './SitesSettings';
import { SourceList } from './SourceList';
import { SubscribeUrl } from './SubscribeUrl';
import { useSettings } from './use-settings';
import { useSources } from './use-sources';
import { YourData } from './YourData';
import './options.css';

interface OptionsAppProps {
  /** Defaults to the browser's language; a prop so a test or demo can pin it. */
  lang?: UiLanguage;
  /** Defaults to the real messaging client. */
  messenger?: typeof send;
}

/** The options page: the knowledge sources Konteks draws on, the reader's notes, where it runs and how. */
export function OptionsApp({ lang = uiLanguage(), messenger = send }: OptionsAppProps) {
  const sources = useSources(lang, messenger);
  const settings = useSettings(messenger);
  const { notice } = sources;
  const sourceList = sources.list.kind === 'ready' ? sources.list.sources : [];
  const languages = [...new Set(sourceList.flatMap((s) => s.languages))].sort();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'options.pageTitle');
  }, [lang]);

  const sections: [id: string, label: string][] = [
    ['sources-heading', t(lang, 'options.sources')],
    ['browse-heading', t(lang, 'browse.title')],
    ['notes-heading', t(lang, 'notes.title')],
    ['choices-heading', t(lang, 'choices.title')],
    ['display-heading', t(lang, 'options.display')],
    ['sites-heading', t(lang, 'options.sites')],
    ['data-heading', t(lang, 'options.yourData')],
  ];

  return (
    <main class="options">
      <header>
        <h1>Konteks</h1>
        <p class="intro">{t(lang, 'options.intro')}</p>
        <nav aria-label={t(lang, 'options.nav')}>
          <ul class="section-nav">
            {sections.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" tabIndex={-1}>
          {t(lang, 'options.sources')}
        </h2>
        <LiveNotice notice={notice} />
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
        <SubscribeUrl
          lang={lang}
          messenger={messenger}
          sources={sourceList}
          onChanged={() => void sources.reload()}
        />
      </section>
      <section aria-labelledby="browse-heading">
        <h2 id="browse-heading" tabIndex={-1}>
          {t(lang, 'browse.title')}
        </h2>
        <BrowseSource
          lang={lang}
          messenger={messenger}
          // Fact-check feeds hold claims, not entities: there is nothing to browse in them.
          sources={sourceList.filter((s) => s.claimCount === undefined)}
        />
      </section>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading" tabIndex={-1}>
          {t(lang, 'notes.title')}
        </h2>
        <MyNotes
          lang={lang}
          messenger={messenger}
          revision={sources.list}
          onChanged={() => void sources.reload()}
        />
      </section>
      <section aria-labelledby="choices-heading">
        <h2 id="choices-heading" tabIndex={-1}>
          {t(lang, 'choices.title')}
        </h2>
        <MatchChoices lang={lang} messenger={messenger} revision={sources.list} />
      </section>
      <section aria-labelledby="display-heading">
        <h2 id="display-heading" tabIndex={-1}>
          {t(lang, 'options.display')}
        </h2>
        <DisplaySettings lang={lang} controller={settings} languages={languages} />
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading" tabIndex={-1}>
          {t(lang, 'options.sites')}
        </h2>
        <SitesSettings lang={lang} controller={settings} />
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading" tabIndex={-1}>
          {t(lang, 'options.yourData')}
        </h2>
        <YourData
          lang={lang}
          messenger={messenger}
          revision={sources.list}
          onChanged={() => void sources.reload()}
        />
      </section>
    </main>
  );
}
