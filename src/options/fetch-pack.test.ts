import { describe, expect, it } from 'vitest';
import { fetchPackText } from './fetch-pack';
import { askForOrigin, originPattern } from './host-permission';

const respond =
  (body: BodyInit | null, init: ResponseInit = {}) =>
  async () =>
    new Response(body, init);

describe('fetchPackText', () => {
  it('returns the text of a good answer', async () => {
    expect(await fetchPackText('https://x.test/p.json', { fetchImpl: respond('{"a":1}') })).toEqual({
      ok: true,
      value: '{"a":1}',
    });
  });

  it('refuses a non-http address, an error status, and an answer over the cap', async () => {
    expect(await fetchPackText('file:///etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'bad-url' },
    });
    expect(
      await fetchPackText('https://x.test/p', { fetchImpl: respond('no', { status: 404 }) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'http-status', message: expect.stringContaining('404') },
    });
    const big = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(1000));
      },
    });
    expect(
      await fetchPackText('https://x.test/p', { fetchImpl: respond(big), maxBytes: 5000 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('gives up after the timeout', async () => {
    const never: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    expect(await fetchPackText('https://x.test/p', { fetchImpl: never, timeoutMs: 20 })).toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });
  });
});

describe('host permission', () => {
  it('asks for exactly one origin, any port', async () => {
    expect(originPattern('http://127.0.0.1:4321/packs/a.json')).toBe('http://127.0.0.1/*');
    const asked: string[][] = [];
    const granted = await askForOrigin('https://packs.example/a.json', {
      request: async ({ origins }) => {
        asked.push(origins);
        return false;
      },
    });
    expect(granted).toBe(false);
    expect(asked).toEqual([['https://packs.example/*']]);
  });
});
