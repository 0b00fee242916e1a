import type { MatchChoice, PagePlace } from './match-choices';

/** What the background decided for one mention before the reader's choices. */
export interface MentionDecision {
  entityId: string;
  /** The other candidates, best first. */
  others: string[];
  unsure: boolean;
}

/**
 * Applies the reader's choices to one mention: `null` drops it (muted here or everywhere), an
 * "it's this one" choice for this page puts the chosen candidate first and settles the doubt.
 * A choice names the entity it was made about, so muting "Assad" as Bashar leaves "Assad" as
 * Hafez on a page that means him. Pure, so the rules are unit-tested without a browser.
 */
export function applyChoices(
  decision: MentionDecision,
  key: string,
  choices: readonly MatchChoice[],
  place: PagePlace | undefined,
): MentionDecision | null {
  let current = decision;
  if (place) {
    const chosen = choices.find(
      (c) =>
        c.kind === 'choose' &&
        c.key === key &&
        c.site === place.host &&
        c.path === place.path &&
        (c.entityId === current.entityId ||
          c.chosen === current.entityId ||
          current.others.includes(c.entityId)),
    );
    if (chosen?.kind === 'choose') {
      const all = [current.entityId, ...current.others];
      current = { entityId: chosen.chosen, others: all.filter((id) => id !== chosen.chosen), unsure: false };
    }
  }
  const muted = choices.some(
    (c) =>
      c.kind === 'mute' &&
      c.key === key &&
      c.entityId === current.entityId &&
      (c.site === undefined || c.site === place?.host),
  );
  return muted ? null : current;
}
