import { MAX_PACK_BYTES } from '../kb/pack-parse';
import { HttpUrl } from '../kb/pack-schema';
import { fail, ok, type Result } from '../shared/result';

/** A download that takes longer than this is given up (a stalled server must not hang the page). */
export const FETCH_TIMEOUT_MS = 30_000;

export interface FetchPackOptions {
  maxBytes?: number;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

/** Whether `text` is an http(s) address a pack can be fetched from. */
export function isPackUrl(text: string): boolean {
  return HttpUrl.safeParse(text).success;
}

/**
 * Downloads a pack's text from the options page (an MV3 service worker may be stopped in the
 * middle of a long download; a page the reader is looking at is not). The size is checked while
 * reading, so a huge or endless answer is cut off at `maxBytes`; nothing is sent but the request.
 */
export async function fetchPackText(url: string, options: FetchPackOptions = {}): Promise<Result<string>> {
  const { maxBytes = MAX_PACK_BYTES, timeoutMs = FETCH_TIMEOUT_MS, fetchImpl = fetch } = options;
  if (!isPackUrl(url)) return fail('bad-url', 'the address must start with http:// or https://', 'url');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const tooLarge = () =>
    fail('too-large', `the pack is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
    });
    if (!response.ok)
      return fail('http-status', `the server answered ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) return tooLarge();
    if (!response.body) return ok(await response.text());
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return tooLarge();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return ok(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    if (controller.signal.aborted)
      return fail('timeout', `no complete answer within ${Math.round(timeoutMs / 1000)} seconds`);
    return fail(
      'network',
      `the pack could not be downloaded (${(error as Error)?.message ?? String(error)})`,
    );
  } finally {
    clearTimeout(timer);
  }
}
