import { useState } from 'preact/hooks';
import { t, type UiLanguage } from '../i18n/strings';
import type { MentionPolicy, MentionStyle } from '../settings/settings';
import type { SettingsChange } from '../settings/settings-change';
import { LiveNotice } from './LiveNotice';
import { problemText } from './problem-text';
import type { SettingsController } from './use-settings';
import type { Notice } from './use-sources';

const STYLES: readonly MentionStyle[] = ['underline', 'highlight', 'none-until-hover'];
const POLICIES: readonly MentionPolicy[] = ['first', 'every'];

interface DisplaySettingsProps {
  lang: UiLanguage;
  controller: SettingsController;
  /** Languages the installed sources have, offered as card languages besides "the page's". */
  languages: readonly string[];
}

/** Language names in the reader's language ("Indonesian" / "Indonesia"), falling back to the code. */
function languageName(code: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** How mentions look, which are marked, and the language cards prefer. Each choice is saved at once. */
export function DisplaySettings({ lang, controller, languages }: DisplaySettingsProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const { settings } = controller;
  if (!settings) return <p class="list-state">{t(lang, 'options.loadingSettings')}</p>;

  const save = async (change: SettingsChange) => {
    const result = await controller.change(change);
    setNotice(
      result.ok
        ? { tone: 'status', text: t(lang, 'options.saved') }
        : { tone: 'alert', text: t(lang, 'options.saveFailed', { message: problemText(result.error) }) },
    );
  };
  const cardLanguages = [...new Set(['en', 'id', ...languages, settings.cardLanguage])].filter(
    (l) => l !== 'page',
  );

  return (
    <div class="settings" data-testid="display-settings">
      <fieldset>
        <legend>{t(lang, 'options.mentionStyle')}</legend>
        {STYLES.map((style) => (
          <label key={style} class="choice">
            <input
              type="radio"
              name="mention-style"
              value={style}
              checked={settings.mentionStyle === style}
              onChange={() => void save({ mentionStyle: style })}
            />{' '}
            {t(lang, `options.mentionStyle.${style}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'options.mentionPolicy')}</legend>
        {POLICIES.map((policy) => (
          <label key={policy} class="choice">
            <input
              type="radio"
              name="mention-policy"
              value={policy}
              data-testid={`mention-policy-${policy}`}
              checked={settings.mentionPolicy === policy}
              onChange={() => void save({ mentionPolicy: policy })}
            />{' '}
            {t(lang, `options.mentionPolicy.${policy}`)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="card-language">{t(lang, 'options.cardLanguage')}</label>
        <select
          id="card-language"
          data-testid="card-language"
          value={settings.cardLanguage}
          onChange={(event) => void save({ cardLanguage: event.currentTarget.value })}
        >
          <option value="page">{t(lang, 'options.cardLanguage.page')}</option>
          {cardLanguages.map((code) => (
            <option key={code} value={code}>
              {languageName(code, lang)}
            </option>
          ))}
        </select>
        <p class="help">{t(lang, 'options.cardLanguageHelp')}</p>
      </div>
      <LiveNotice notice={notice} testId="display-status" />
    </div>
  );
}
