import { z } from 'zod';
import { EntityType, HttpUrl, Identifier } from './pack-schema';

/**
 * One of the reader's own notes as the form edits it. Stored as an entity of the "notes" source,
 * so it is spotted and shown on a card like any other; links are http(s) only, like every link.
 */
export const NoteInput = z.object({
  /** Absent for a new note; the background picks a free id from the name. */
  id: Identifier.optional(),
  name: z.string().trim().min(1, 'needs a name').max(300),
  type: EntityType.default('other'),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  note: z.string().trim().max(2000).default(''),
  links: z.array(HttpUrl).max(20).default([]),
});
export type NoteInput = z.input<typeof NoteInput>;
export type Note = z.infer<typeof NoteInput> & { id: string };
