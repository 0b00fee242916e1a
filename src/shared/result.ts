/** A value or a reason, so failures cross extension contexts as data rather than exceptions. */
export type Result<T, E = Problem> = { ok: true; value: T } | { ok: false; error: E };

/** A failure a reader can act on: what is wrong and, for data, where (e.g. "entities[3].aliases[0].text"). */
export interface Problem {
  code: string;
  message: string;
  path?: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: string, message: string, path?: string): Result<never> => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});
