import { useRef, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../i18n/strings';
import type { RunMode, SiteChoice } from '../settings/settings';
import { hostFromInput, type SettingsChange } from '../settings/settings-change';
import { Field } from './Field';
import { LiveNotice } from './LiveNotice';
import { problemText } from './problem-text';
import type { SettingsController } from './use-settings';
import type { Notice } from './use-sources';

const MODES: readonly RunMode[] = ['everywhere', 'articles', 'chosen-sites'];

interface SitesSettingsProps {
  lang: UiLanguage;
  controller: SettingsController;
}

/** Where Konteks runs, and the reader's per-site choices, each of which can be changed or forgotten. */
export function SitesSettings({ lang, controller }: SitesSettingsProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [hostInput, setHostInput] = useState('');
  const [hostError, setHostError] = useState('');
  /** Choices forgotten during this visit, newest first, so each can be put back. */
  const [forgotten, setForgotten] = useState<{ host: string; choice: SiteChoice }[]>([]);
  const hostField = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { settings } = controller;
  if (!settings) return <p class="list-state">{t(lang, 'options.loadingSettings')}</p>;

  const save = async (change: SettingsChange, done: string) => {
    const result = await controller.change(change);
    setNotice(
      result.ok
        ? { tone: 'status', text: done }
        : { tone: 'alert', text: t(lang, 'options.saveFailed', { message: problemText(result.error) }) },
    );
    return result.ok;
  };
  const choiceText = (choice: SiteChoice) => t(lang, choice === 'on' ? 'options.siteOn' : 'options.siteOff');

  const addSite = async (event: Event) => {
    event.preventDefault();
    const host = hostFromInput(hostInput);
    if (!host) {
      setHostError(t(lang, 'options.siteInvalid'));
      hostField.current?.focus();
      return;
    }
    setHostError('');
    const choice = (new FormData(event.currentTarget as HTMLFormElement).get('site-choice') ??
      'on') as SiteChoice;
    if (
      await save(
        { sites: { [host]: choice } },
        t(lang, 'options.siteSaved', { host, choice: choiceText(choice) }),
      )
    )
      setHostInput('');
  };

  const forget = async (host: string, choice: SiteChoice) => {
    if (await save({ sites: { [host]: null } }, t(lang, 'options.siteForgotten', { host }))) {
      setForgotten((list) => [{ host, choice }, ...list.filter((f) => f.host !== host)]);
      heading.current?.focus();
    }
  };

  const undo = async (host: string, choice: SiteChoice) => {
    if (
      await save(
        { sites: { [host]: choice } },
        t(lang, 'options.siteSaved', { host, choice: choiceText(choice) }),
      )
    )
      setForgotten((list) => list.filter((f) => f.host !== host));
  };

  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div class="settings" data-testid="sites-settings">
      <fieldset>
        <legend>{t(lang, 'options.runMode')}</legend>
        {MODES.map((mode) => (
          <label key={mode} class="choice">
            <input
              type="radio"
              name="run-mode"
              value={mode}
              data-testid={`run-mode-${mode}`}
              checked={settings.runMode === mode}
              onChange={() => void save({ runMode: mode }, t(lang, 'options.saved'))}
            />{' '}
            {t(lang, `options.runMode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <h3 ref={heading} tabIndex={-1}>
        {t(lang, 'options.siteChoices')}
      </h3>
      {sites.length === 0 ? (
        <p class="help">{t(lang, 'options.noSiteChoices')}</p>
      ) : (
        <ul class="site-list" data-testid="site-list">
          {sites.map(([host, choice]) => (
            <li key={host} data-site={host}>
              <span class="site-host">{host}</span>
              <span class={`site-choice ${choice}`}>{choiceText(choice)}</span>
              <button
                type="button"
                aria-label={t(lang, 'options.siteToggleFor', {
                  host,
                  choice: choiceText(choice === 'on' ? 'off' : 'on'),
                })}
                onClick={() => {
                  const next = choice === 'on' ? 'off' : 'on';
                  void save(
                    { sites: { [host]: next } },
                    t(lang, 'options.siteSaved', { host, choice: choiceText(next) }),
                  );
                }}
              >
                {t(lang, choice === 'on' ? 'options.siteSwitchOff' : 'options.siteSwitchOn')}
              </button>
              <button
                type="button"
                class="danger"
                data-testid="site-forget"
                aria-label={t(lang, 'options.siteForgetFor', { host })}
                onClick={() => void forget(host, choice)}
              >
                {t(lang, 'options.siteForget')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {forgotten.length > 0 && (
        <ul class="site-list forgotten">
          {forgotten.map(({ host, choice }) => (
            <li key={host}>
              <span>{t(lang, 'options.siteWasForgotten', { host, choice: choiceText(choice) })}</span>
              <button
                type="button"
                data-testid="site-undo"
                aria-label={t(lang, 'options.siteUndoFor', { host })}
                onClick={() => void undo(host, choice)}
              >
                {t(lang, 'options.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={addSite} noValidate>
        <Field
          id="site-host"
          label={t(lang, 'options.siteHost')}
          help={t(lang, 'options.siteHostHelp')}
          error={hostError}
        >
          {(control) => (
            <input
              {...control}
              ref={hostField}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              value={hostInput}
              data-testid="site-host"
              onInput={(event) => setHostInput(event.currentTarget.value)}
            />
          )}
        </Field>
        <fieldset class="inline">
          <legend>{t(lang, 'options.siteChoice')}</legend>
          <label class="choice">
            <input type="radio" name="site-choice" value="on" defaultChecked /> {t(lang, 'options.siteOn')}
          </label>
          <label class="choice">
            <input type="radio" name="site-choice" value="off" /> {t(lang, 'options.siteOff')}
          </label>
        </fieldset>
        <button type="submit" data-testid="site-add">
          {t(lang, 'options.siteAdd')}
        </button>
      </form>
      <LiveNotice notice={notice} testId="sites-status" />
    </div>
  );
}
