import { useCallback, useEffect, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../i18n/strings';
import type { send } from '../messaging/client';
import { watchChoices } from '../wrong-match/choices-store';
import type { MatchChoice } from '../wrong-match/match-choices';
import { LiveNotice } from './LiveNotice';
import { problemText } from './problem-text';
import type { Notice } from './use-sources';

interface MatchChoicesProps {
  lang: UiLanguage;
  messenger: typeof send;
  /** Changes whenever the sources change (a restore, a reset), so the list is read again. */
  revision: unknown;
}

/**
 * The reader's "wrong match?" choices, made on cards: which name is no longer marked where, or
 * which entity a name means on one page. Each can be undone; the next scan of a page honours it.
 */
export function MatchChoices({ lang, messenger, revision }: MatchChoicesProps) {
  const [choices, setChoices] = useState<MatchChoice[] | undefined>();
  const [names, setNames] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(null);

  const reload = useCallback(async () => {
    const listed = await messenger({ type: 'list-match-choices' });
    if (!listed.ok) {
      setNotice({
        tone: 'alert',
        text: t(lang, 'choices.listFailed', { message: problemText(listed.error) }),
      });
      return;
    }
    const ids = [
      ...new Set(listed.value.flatMap((c) => (c.kind === 'choose' ? [c.entityId, c.chosen] : [c.entityId]))),
    ];
    const summaries =
      ids.length > 0 ? await messenger({ type: 'entity-summaries', entityIds: ids, lang }) : undefined;
    if (summaries?.ok) setNames(Object.fromEntries(summaries.value.map((s) => [s.id, s.name])));
    setChoices([...listed.value].reverse());
  }, [lang, messenger]);

  useEffect(() => {
    void revision;
    void reload();
    // Choices are made on cards in other tabs: follow the stored list while this page is open.
    return watchChoices(() => void reload());
  }, [reload, revision]);

  const nameOf = (id: string) => names[id] ?? id;
  const choiceText = (choice: MatchChoice) =>
    choice.kind === 'choose'
      ? t(lang, 'choices.means', { entity: nameOf(choice.chosen), page: `${choice.site}${choice.path}` })
      : choice.site
        ? t(lang, 'choices.notOn', { entity: nameOf(choice.entityId), site: choice.site })
        : t(lang, 'choices.notAnywhere', { entity: nameOf(choice.entityId) });

  async function remove(choice: MatchChoice) {
    const result = await messenger({ type: 'remove-match-choice', id: choice.id });
    setNotice(
      result.ok
        ? { tone: 'status', text: t(lang, 'choices.removed', { text: choice.text }) }
        : { tone: 'alert', text: t(lang, 'choices.removeFailed', { message: problemText(result.error) }) },
    );
    await reload();
    // The button that had focus is gone with its row: focus stays in the section.
    document.getElementById('choices-heading')?.focus();
  }

  return (
    <div class="match-choices">
      <p class="help">{t(lang, 'choices.intro')}</p>
      <LiveNotice notice={notice} testId="choices-notice" />
      {choices && choices.length === 0 && <p class="help">{t(lang, 'choices.none')}</p>}
      {choices && choices.length > 0 && (
        <ul class="note-list" data-testid="match-choices">
          {choices.map((choice) => (
            <li key={choice.id} data-testid="match-choice" data-choice-kind={choice.kind}>
              <span>
                <strong dir="auto">“{choice.text}”</strong> — {choiceText(choice)}
              </span>{' '}
              <button
                type="button"
                onClick={() => void remove(choice)}
                aria-label={t(lang, 'choices.undoLabel', { text: choice.text, what: choiceText(choice) })}
              >
                {t(lang, 'choices.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
