import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, formOf, readNoteForm } from './note-form';

describe('readNoteForm', () => {
  it('splits list fields by line and drops blank lines', () => {
    const read = readNoteForm({
      ...EMPTY_FORM,
      name: ' Pak Budi ',
      aliases: 'Budi\n\n  Pak B  ',
      links: 'https://example.org/a\n',
    });
    expect(read).toEqual({
      ok: true,
      note: {
        name: 'Pak Budi',
        type: 'person',
        aliases: ['Budi', 'Pak B'],
        note: '',
        links: ['https://example.org/a'],
      },
    });
  });

  it('names the field and the line of each problem', () => {
    const read = readNoteForm({
      ...EMPTY_FORM,
      name: ' ',
      links: 'https://ok.example/\njavascript:alert(1)',
    });
    expect(read).toEqual({
      ok: false,
      problems: [
        { field: 'name', line: undefined, message: 'needs a name' },
        { field: 'links', line: 2, message: 'must be an http(s) URL' },
      ],
    });
  });

  it('round-trips a stored note', () => {
    const note = {
      id: 'note-a',
      name: 'A',
      type: 'place' as const,
      aliases: ['B', 'C'],
      note: 'x',
      links: [],
    };
    expect(readNoteForm(formOf(note))).toEqual({ ok: true, note: { ...note } });
  });
});
