import { describe, expect, it } from 'vitest';
import { Request } from '../messaging/protocol';
import { forwardShortcut, NEXT_NAME_COMMAND, type ShortcutTabs } from './shortcut';

function fakeTabs(tabs: { id?: number }[], answer: Promise<unknown> = Promise.resolve({ ok: true })) {
  const sent: [number, unknown][] = [];
  const api: ShortcutTabs = {
    query: async () => tabs,
    sendMessage: (tabId, message) => {
      sent.push([tabId, message]);
      return answer;
    },
  };
  return { api, sent };
}

describe('the keyboard shortcut', () => {
  it('asks the active tab for its next name, with a message the protocol accepts', async () => {
    const { api, sent } = fakeTabs([{ id: 7 }]);
    await forwardShortcut(NEXT_NAME_COMMAND, api);
    expect(sent).toEqual([[7, { type: 'reveal-next' }]]);
    expect(Request.safeParse(sent[0]?.[1]).success).toBe(true);
  });

  it('ignores other commands, and tabs without an id', async () => {
    const other = fakeTabs([{ id: 7 }]);
    await forwardShortcut('_execute_action', other.api);
    expect(other.sent).toEqual([]);
    const noId = fakeTabs([{}]);
    await forwardShortcut(NEXT_NAME_COMMAND, noId.api);
    expect(noId.sent).toEqual([]);
  });

  it('a tab without Konteks (no content script to answer) is not an error', async () => {
    const { api, sent } = fakeTabs([{ id: 3 }], Promise.reject(new Error('Receiving end does not exist.')));
    await expect(forwardShortcut(NEXT_NAME_COMMAND, api)).resolves.toBeUndefined();
    expect(sent).toHaveLength(1);
  });
});
