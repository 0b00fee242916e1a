import { fail, ok, type Result } from '../shared/result';
import type { KonteksDB, PackHeader } from './db';
import { putPack, type WriteTx } from './install-pack';
import { type Note, NoteInput } from './notes-schema';
import { validatePack } from './pack-parse';
import type { Citation, Entity, PackInput } from './pack-schema';
import { bumpRevision } from './revision';

/** The reader's own notes are one source with this id (kind "notes"), exported and imported like a pack. */
export const NOTES_SOURCE_ID = 'my-notes';

export const NOTES_HEADER: PackHeader = {
  format: 'konteks-pack',
  formatVersion: 1,
  id: NOTES_SOURCE_ID,
  name: { en: 'My notes', id: 'Catatan saya' },
  description: {
    en: 'Notes written by the reader of this browser.',
    id: 'Catatan yang ditulis pembaca di peramban ini.',
  },
  version: '1.0.0',
  license: 'Private notes',
  languages: ['en'],
  publisher: { name: 'You' },
  citations: [],
};

/** "Pak Budi Santoso!" → "pak-budi-santoso": the readable part of a new note's id. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'note';
}

function citationOf(entityId: string, url: string, i: number): Citation {
  const parsed = new URL(url);
  const title = `${parsed.hostname}${parsed.pathname === '/' ? '' : parsed.pathname}`.slice(0, 300);
  return { id: `${entityId}-link-${i + 1}`, title, url, publisher: parsed.hostname.slice(0, 300) };
}

/** A note as the entity the matcher spots and the card shows. */
export function noteToEntity(note: Note): { entity: PackInput['entities'][number]; citations: Citation[] } {
  const citations = note.links.map((url, i) => citationOf(note.id, url, i));
  const firstLine = note.note.split('\n')[0]?.trim() ?? '';
  const description = firstLine.length > 200 ? `${firstLine.slice(0, 199)}…` : firstLine;
  return {
    entity: {
      id: note.id,
      type: note.type,
      names: { en: note.name },
      descriptions: { en: description || note.name },
      summaries: { en: note.note || note.name },
      aliases: note.aliases.map((text) => ({ text, caseSensitive: false })),
      sources: citations.map((c) => c.id),
    },
    citations,
  };
}

/** Reads a stored note back into the form's shape. */
export function entityToNote(entity: Entity, citations: readonly Citation[]): Note {
  const urlOf = new Map(citations.map((c) => [c.id, c.url]));
  const summary = entity.summaries.en ?? '';
  const name = entity.names.en ?? Object.values(entity.names)[0] ?? entity.id;
  return {
    id: entity.id,
    name,
    type: entity.type,
    aliases: entity.aliases.map((a) => a.text),
    note: summary === name ? '' : summary,
    links: entity.sources.flatMap((id) => urlOf.get(id) ?? []),
  };
}

export async function listNotes(db: KonteksDB): Promise<Note[]> {
  const source = await db.get('sources', NOTES_SOURCE_ID);
  if (!source) return [];
  const rows = await db.getAllFromIndex('entities', 'bySource', NOTES_SOURCE_ID);
  return rows
    .map((row) => entityToNote(row.entity, source.header.citations))
    .sort((a, b) => a.name.localeCompare(b.name));
}

type Edit = (entities: Entity[], citations: Citation[], tx: WriteTx) => Promise<Result<Note | string>>;

/** Reads the notes source, applies `edit`, validates the result as a pack and writes it: one transaction. */
async function editNotes<T extends Note | string>(db: KonteksDB, edit: Edit): Promise<Result<T>> {
  const tx = db.transaction(['sources', 'entities', 'aliases', 'meta'], 'readwrite');
  const abort = () => {
    try {
      tx.done.catch(() => {});
      tx.abort();
    } catch {}
  };
  try {
    const source = await tx.objectStore('sources').get(NOTES_SOURCE_ID);
    if (source && source.kind !== 'notes') {
      abort();
      return fail('reserved-id', `a source "${NOTES_SOURCE_ID}" that is not your notes is installed`);
    }
    const rows = await tx.objectStore('entities').index('bySource').getAll(NOTES_SOURCE_ID);
    const entities = rows.map((row) => row.entity);
    const citations = [...(source?.header.citations ?? [])];
    const edited = await edit(entities, citations, tx);
    if (!edited.ok) {
      abort();
      return edited as Result<T>;
    }
    const header = source?.header ?? NOTES_HEADER;
    const pack = validatePack({ ...header, citations, entities });
    if (!pack.ok) {
      abort();
      return pack;
    }
    const written = await putPack(tx, pack.value, { kind: 'notes' });
    if (!written.ok) {
      abort();
      return written;
    }
    await bumpRevision(tx.objectStore('meta'));
    await tx.done;
    return edited as Result<T>;
  } catch (error) {
    abort();
    return fail(
      'storage-failed',
      `saving failed (${(error as Error)?.message ?? String(error)}); nothing was changed`,
    );
  }
}

/** Removes an entity and the citations only it used. */
function dropEntity(entities: Entity[], citations: Citation[], id: string): Entity | undefined {
  const at = entities.findIndex((e) => e.id === id);
  if (at < 0) return undefined;
  const [gone] = entities.splice(at, 1);
  const stillUsed = new Set(entities.flatMap((e) => e.sources));
  const own = new Set(gone?.sources ?? []);
  for (let i = citations.length - 1; i >= 0; i--) {
    const citation = citations[i] as Citation;
    if (own.has(citation.id) && !stillUsed.has(citation.id)) citations.splice(i, 1);
  }
  return gone;
}

/** Adds a note (no id) or replaces one (its id); validated as a note, then as a pack. */
export async function saveNote(db: KonteksDB, input: unknown): Promise<Result<Note>> {
  const parsed = NoteInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map(String).join('.') || '(note)';
    return fail('invalid-note', `${path}: ${issue?.message ?? 'is not a valid note'}`, path);
  }
  return editNotes<Note>(db, async (entities, citations, tx) => {
    let id = parsed.data.id;
    if (id) {
      if (!dropEntity(entities, citations, id)) return fail('no-such-note', `there is no note "${id}"`, 'id');
    } else {
      const taken = async (candidate: string) =>
        (await tx.objectStore('entities').index('byEntityId').count(candidate)) > 0;
      const base = `note-${slugOf(parsed.data.name)}`;
      id = base;
      for (let n = 2; await taken(id); n++) id = `${base}-${n}`;
    }
    const note: Note = { ...parsed.data, id };
    const { entity, citations: own } = noteToEntity(note);
    entities.push(entity as Entity);
    citations.push(...own);
    return ok(note);
  });
}

export async function deleteNote(db: KonteksDB, id: string): Promise<Result<string>> {
  return editNotes<string>(db, async (entities, citations) =>
    dropEntity(entities, citations, id) ? ok(id) : fail('no-such-note', `there is no note "${id}"`, 'id'),
  );
}
