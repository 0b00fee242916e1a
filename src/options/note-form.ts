import type { z } from 'zod';
import { type Note, NoteInput } from '../kb/notes-schema';
import type { EntityType } from '../kb/pack-schema';

/** The note form's fields as typed: lists are one item per line. */
export interface NoteForm {
  id?: string | undefined;
  name: string;
  type: EntityType;
  aliases: string;
  note: string;
  links: string;
}

export type NoteField = 'name' | 'type' | 'aliases' | 'note' | 'links';

export const EMPTY_FORM: NoteForm = { name: '', type: 'person', aliases: '', note: '', links: '' };

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function formOf(note: Note): NoteForm {
  return {
    id: note.id,
    name: note.name,
    type: note.type,
    aliases: note.aliases.join('\n'),
    note: note.note,
    links: note.links.join('\n'),
  };
}

export interface FieldProblem {
  field: NoteField;
  /** 1-based line of a list field, when the problem is one line of it. */
  line?: number | undefined;
  message: string;
}

/** Checks the form with the same schema the background uses; the first problem of each field. */
export function readNoteForm(
  form: NoteForm,
): { ok: true; note: z.output<typeof NoteInput> } | { ok: false; problems: FieldProblem[] } {
  const candidate = {
    ...(form.id ? { id: form.id } : {}),
    name: form.name,
    type: form.type,
    aliases: lines(form.aliases),
    note: form.note,
    links: lines(form.links),
  };
  const parsed = NoteInput.safeParse(candidate);
  if (parsed.success) return { ok: true, note: parsed.data };
  const problems: FieldProblem[] = [];
  for (const issue of parsed.error.issues) {
    const [field, index] = issue.path;
    if (typeof field !== 'string' || !['name', 'type', 'aliases', 'note', 'links'].includes(field)) continue;
    if (problems.some((p) => p.field === field)) continue;
    problems.push({
      field: field as NoteField,
      line: typeof index === 'number' ? index + 1 : undefined,
      message: issue.message,
    });
  }
  return { ok: false, problems };
}
