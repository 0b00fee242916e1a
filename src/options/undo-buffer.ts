/**
 * Sources removed during this visit, kept as their exported pack text so Undo can import them
 * again. Pure and immutable, so Preact state can hold it and tests need no browser.
 */

export interface RemovedSource {
  id: string;
  /** Display name at the time of removal (the source is gone, so it cannot be looked up). */
  name: string;
  fileName: string;
  /** The pack as exported just before removal: importing it restores the source. */
  text: string;
  /** A fresh import is switched on; Undo switches it off again if the reader had. */
  enabled: boolean;
}

export type UndoBuffer = readonly RemovedSource[];

/** Adds a removal, newest first; an older removal of the same id is replaced. */
export function remember(buffer: UndoBuffer, entry: RemovedSource): UndoBuffer {
  return [entry, ...buffer.filter((e) => e.id !== entry.id)];
}

/** Drops the entry for `id` (after a successful Undo). */
export function forget(buffer: UndoBuffer, id: string): UndoBuffer {
  return buffer.some((e) => e.id === id) ? buffer.filter((e) => e.id !== id) : buffer;
}

/**
 * Drops entries whose source is listed again, e.g. the reader re-imported the file by hand:
 * undoing then would overwrite that newer import with the old text.
 * Returns the same buffer when nothing changed, so state setters can skip a render.
 */
export function withoutListed(buffer: UndoBuffer, listedIds: Iterable<string>): UndoBuffer {
  const listed = new Set(listedIds);
  return buffer.some((e) => listed.has(e.id)) ? buffer.filter((e) => !listed.has(e.id)) : buffer;
}
