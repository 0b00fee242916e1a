import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t, type UiLanguage } from '../i18n/strings';
import { NOTES_SOURCE_ID } from '../kb/notes';
import type { Note } from '../kb/notes-schema';
import { EntityType } from '../kb/pack-schema';
import type { send } from '../messaging/client';
import { downloadText } from './download-text';
import { Field, type FieldControl } from './Field';
import { LiveNotice } from './LiveNotice';
import {
  EMPTY_FORM,
  type FieldProblem,
  formOf,
  type NoteField,
  type NoteForm,
  readNoteForm,
} from './note-form';
import { problemText } from './problem-text';
import type { Notice } from './use-sources';

interface MyNotesProps {
  lang: UiLanguage;
  messenger: typeof send;
  /** Changes whenever the sources change (a restore, an import), so the notes are read again. */
  revision: unknown;
  /** Called after a change, so the sources list shows the notes source's new count. */
  onChanged: () => void;
}

const FIELDS: NoteField[] = ['name', 'type', 'aliases', 'note', 'links'];

/** The reader's own entities: a validated form to add or edit one, and the list to edit, delete or undo. */
export function MyNotes({ lang, messenger, revision, onChanged }: MyNotesProps) {
  const [notes, setNotes] = useState<Note[]>([]);
  const [form, setForm] = useState<NoteForm>(EMPTY_FORM);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleted, setDeleted] = useState<Note[]>([]);
  const [saving, setSaving] = useState(false);
  const fields = useRef<
    Partial<Record<NoteField, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null>>
  >({});
  const listHeading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    const result = await messenger({ type: 'list-notes' });
    if (result.ok) setNotes(result.value as Note[]);
    else
      setNotice({ tone: 'alert', text: t(lang, 'notes.listFailed', { message: problemText(result.error) }) });
  }, [lang, messenger]);

  useEffect(() => {
    void revision;
    void reload();
  }, [reload, revision]);

  const problemOf = (field: NoteField) => problems.find((p) => p.field === field);
  const problemMessage = (problem: FieldProblem) =>
    problem.line
      ? t(lang, 'notes.lineProblem', { line: problem.line, message: problem.message })
      : problem.message;

  const save = async (event: Event) => {
    event.preventDefault();
    const read = readNoteForm(form);
    if (!read.ok) {
      setProblems(read.problems);
      const first = FIELDS.find((f) => read.problems.some((p) => p.field === f));
      if (first) fields.current[first]?.focus();
      setNotice({ tone: 'alert', text: t(lang, 'notes.fixProblems') });
      return;
    }
    setProblems([]);
    setSaving(true);
    const result = await messenger({ type: 'save-note', note: read.note });
    setSaving(false);
    if (!result.ok) {
      const field = FIELDS.find((f) => result.error.path?.startsWith(f));
      if (field) {
        setProblems([{ field, message: result.error.message }]);
        fields.current[field]?.focus();
      }
      setNotice({ tone: 'alert', text: t(lang, 'notes.saveFailed', { message: problemText(result.error) }) });
      return;
    }
    setNotice({
      tone: 'status',
      text: t(lang, form.id ? 'notes.updated' : 'notes.added', { name: result.value.name }),
    });
    setForm(EMPTY_FORM);
    await reload();
    onChanged();
    fields.current.name?.focus();
  };

  const remove = async (note: Note) => {
    const result = await messenger({ type: 'delete-note', entityId: note.id });
    if (!result.ok) {
      setNotice({
        tone: 'alert',
        text: t(lang, 'notes.deleteFailed', { name: note.name, message: problemText(result.error) }),
      });
      return;
    }
    setDeleted((list) => [note, ...list.filter((n) => n.id !== note.id)]);
    if (form.id === note.id) setForm(EMPTY_FORM);
    setNotice({ tone: 'status', text: t(lang, 'notes.deleted', { name: note.name }) });
    await reload();
    onChanged();
    listHeading.current?.focus();
  };

  const undo = async (note: Note) => {
    const { id: _id, ...withoutId } = note;
    const result = await messenger({ type: 'save-note', note: withoutId });
    if (!result.ok) {
      setNotice({ tone: 'alert', text: t(lang, 'notes.saveFailed', { message: problemText(result.error) }) });
      return;
    }
    setDeleted((list) => list.filter((n) => n.id !== note.id));
    setNotice({ tone: 'status', text: t(lang, 'notes.restored', { name: note.name }) });
    await reload();
    onChanged();
  };

  const exportNotes = async () => {
    const result = await messenger({ type: 'export-source', sourceId: NOTES_SOURCE_ID });
    if (!result.ok) {
      setNotice({
        tone: 'alert',
        text: t(lang, 'notes.exportFailed', { message: problemText(result.error) }),
      });
      return;
    }
    downloadText(result.value.fileName, result.value.text);
    setNotice({
      tone: 'status',
      text: t(lang, 'options.exported', { name: t(lang, 'notes.title'), file: result.value.fileName }),
    });
  };

  const importNotes = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    const refuse = (message: string) =>
      setNotice({
        tone: 'alert',
        text: `${t(lang, 'options.importFailed', { file: file.name, message })} ${t(lang, 'options.nothingChanged')}`,
      });
    const text = await file.text().catch(() => undefined);
    if (text === undefined) return refuse(t(lang, 'options.unreadable', { message: file.name }));
    try {
      if ((JSON.parse(text) as { id?: unknown })?.id !== NOTES_SOURCE_ID)
        return refuse(t(lang, 'notes.notNotesFile'));
    } catch (error) {
      return refuse(`the file is not valid JSON (${(error as Error).message})`);
    }
    const result = await messenger({ type: 'import-pack', text, fileName: file.name });
    if (!result.ok) return refuse(problemText(result.error));
    setNotice({ tone: 'status', text: t(lang, 'notes.imported', { count: result.value.entityCount }) });
    await reload();
    onChanged();
  };

  const bind = (field: NoteField) => ({
    ref: (element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null) => {
      fields.current[field] = element;
    },
    value: form[field],
    'data-testid': `note-${field}`,
    onInput: (event: Event) =>
      setForm((current) => ({ ...current, [field]: (event.currentTarget as HTMLInputElement).value })),
  });
  const errorText = (field: NoteField) => {
    const problem = problemOf(field);
    return problem ? problemMessage(problem) : undefined;
  };
  /** A note field: its label and help come from the `notes.<field>` and `notes.<field>Help` strings. */
  const field = (name: NoteField, control: (props: FieldControl) => ComponentChildren) => (
    <Field
      id={`note-${name}`}
      label={t(lang, `notes.${name}` as MessageKey)}
      help={t(lang, `notes.${name}Help` as MessageKey)}
      error={errorText(name)}
    >
      {control}
    </Field>
  );

  return (
    <div class="notes" data-testid="my-notes">
      <form class="note-form" onSubmit={save} noValidate aria-labelledby="note-form-heading">
        <h3 id="note-form-heading">{t(lang, form.id ? 'notes.editing' : 'notes.new')}</h3>
        {field('name', (control) => (
          <input type="text" required maxLength={300} autoComplete="off" {...bind('name')} {...control} />
        ))}
        {field('type', (control) => (
          <select
            {...bind('type')}
            {...control}
            onChange={(event) => setForm({ ...form, type: event.currentTarget.value as EntityType })}
          >
            {EntityType.options.map((type) => (
              <option key={type} value={type}>
                {t(lang, `type.${type}`)}
              </option>
            ))}
          </select>
        ))}
        {field('aliases', (control) => (
          <textarea rows={3} {...bind('aliases')} {...control} />
        ))}
        {field('note', (control) => (
          <textarea rows={4} maxLength={2000} {...bind('note')} {...control} />
        ))}
        {field('links', (control) => (
          <textarea rows={2} {...bind('links')} {...control} />
        ))}
        <button type="submit" data-testid="note-save" disabled={saving}>
          {t(lang, form.id ? 'notes.saveChanges' : 'notes.add')}
        </button>{' '}
        {form.id && (
          <button
            type="button"
            onClick={() => {
              setForm(EMPTY_FORM);
              setProblems([]);
            }}
          >
            {t(lang, 'options.cancel')}
          </button>
        )}
      </form>
      <LiveNotice notice={notice} testId="notes-status" />
      <h3 ref={listHeading} tabIndex={-1}>
        {t(lang, 'notes.yours', { count: notes.length })}
      </h3>
      {notes.length === 0 ? (
        <p class="help">{t(lang, 'notes.none')}</p>
      ) : (
        <ul class="note-list">
          {notes.map((note) => (
            <li key={note.id} data-note-id={note.id}>
              <div>
                <strong>{note.name}</strong> <span class="muted">· {t(lang, `type.${note.type}`)}</span>
                {note.aliases.length > 0 && <div class="muted">{note.aliases.join(', ')}</div>}
              </div>
              <div class="note-actions">
                <button
                  type="button"
                  data-testid="note-edit"
                  aria-label={t(lang, 'notes.editFor', { name: note.name })}
                  onClick={() => {
                    setForm(formOf(note));
                    setProblems([]);
                    fields.current.name?.focus();
                  }}
                >
                  {t(lang, 'notes.edit')}
                </button>
                <button
                  type="button"
                  class="danger"
                  data-testid="note-delete"
                  aria-label={t(lang, 'notes.deleteFor', { name: note.name })}
                  onClick={() => void remove(note)}
                >
                  {t(lang, 'options.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deleted.length > 0 && (
        <ul class="site-list forgotten">
          {deleted.map((note) => (
            <li key={note.id}>
              <span>{t(lang, 'notes.deleted', { name: note.name })}</span>
              <button
                type="button"
                data-testid="note-undo"
                aria-label={t(lang, 'notes.undoFor', { name: note.name })}
                onClick={() => void undo(note)}
              >
                {t(lang, 'options.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="notes-files">
        <button
          type="button"
          data-testid="notes-export"
          disabled={notes.length === 0}
          onClick={() => void exportNotes()}
        >
          {t(lang, 'notes.export')}
        </button>
        <Field id="notes-import" label={t(lang, 'notes.import')} help={t(lang, 'notes.importHelp')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".json,application/json"
              data-testid="notes-import"
              onChange={(event) => void importNotes(event)}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
