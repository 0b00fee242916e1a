import type { RequestOf } from '../messaging/protocol';
import { fail, ok, type Result } from '../shared/result';
import { aliasKey } from './alias-key';
import type { ChoicesPort } from './choices-store';
import { addChoice, type MatchChoice, pagePlace } from './match-choices';

type ChoiceRequest =
  | RequestOf<'wrong-match'>
  | RequestOf<'undo-wrong-match'>
  | RequestOf<'list-match-choices'>
  | RequestOf<'remove-match-choice'>;

/** How long a card's Undo may take back a choice; later, the options page does. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

/**
 * The wrong-match requests. A new choice comes from a card on a web page: its site and page are
 * read from the browser's sender URL (a page cannot name another site), and it is refused from
 * anywhere else. The card's Undo may take back a choice made on the same site within minutes;
 * listing and removing any choice are for extension pages (handleMessage checks that).
 */
export async function handleChoiceRequest(
  request: ChoiceRequest,
  senderUrl: string | undefined,
  port: ChoicesPort,
  now: () => number = Date.now,
): Promise<Result<unknown>> {
  switch (request.type) {
    case 'list-match-choices':
      return ok(await port.load());
    case 'remove-match-choice': {
      const choices = await port.load();
      if (!choices.some((c) => c.id === request.id))
        return fail('not-found', 'that choice is no longer stored');
      await port.save(choices.filter((c) => c.id !== request.id));
      return ok({ removed: request.id });
    }
    case 'undo-wrong-match': {
      const place = pagePlace(senderUrl);
      const choices = await port.load();
      const choice = choices.find((c) => c.id === request.id);
      if (!place || !choice || choice.madeOn !== place.host || now() - choice.createdAt > UNDO_WINDOW_MS)
        return fail('forbidden', 'this choice can only be undone in Konteks options');
      await port.save(choices.filter((c) => c.id !== request.id));
      return ok({ removed: request.id });
    }
    case 'wrong-match': {
      const place = pagePlace(senderUrl);
      if (!place) return fail('forbidden', 'a wrong match can only be reported from a card on a web page');
      const key = aliasKey(request.text);
      if (key === '') return fail('bad-request', 'the name has no letters or digits');
      const common = {
        id: crypto.randomUUID(),
        text: request.text,
        key,
        entityId: request.entityId,
        createdAt: now(),
        madeOn: place.host,
      };
      let choice: MatchChoice;
      if (request.choice === 'instead') {
        if (!request.chosen || request.chosen === request.entityId)
          return fail('bad-request', '“it’s this one instead” needs another entity');
        choice = { ...common, kind: 'choose', chosen: request.chosen, site: place.host, path: place.path };
      } else {
        choice = { ...common, kind: 'mute', ...(request.choice === 'not-here' ? { site: place.host } : {}) };
      }
      await port.save(addChoice(await port.load(), choice));
      return ok({ id: choice.id });
    }
  }
}
