import { browser } from 'wxt/browser';
import { fail, type Result } from '../shared/result';
import { type MessageType, type RequestOf, type ResponseOf, responseSchema } from './protocol';

/**
 * Sends one typed request to the background and parses the answer.
 * Never throws: a dead background or a malformed answer comes back as a failed Result.
 */
export async function send<T extends MessageType>(
  request: RequestOf<T> & { type: T },
): Promise<Result<ResponseOf<T>>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch (error) {
    return fail('unreachable', `Konteks could not reach its background (${(error as Error).message})`);
  }
  const parsed = responseSchema(request.type).safeParse(raw);
  if (!parsed.success) return fail('bad-response', 'Konteks received a malformed answer from its background');
  return parsed.data as Result<ResponseOf<T>>;
}

/** Sends one typed request to the content script of a tab (from the popup); never throws. */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  request: RequestOf<T> & { type: T },
): Promise<Result<ResponseOf<T>>> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, request);
  } catch {
    return fail('no-content-script', 'Konteks is not running on this page');
  }
  const parsed = responseSchema(request.type).safeParse(raw);
  if (!parsed.success) return fail('bad-response', 'Konteks received a malformed answer from the page');
  return parsed.data as Result<ResponseOf<T>>;
}
