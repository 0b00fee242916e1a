import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../i18n/strings';
import type { send } from '../messaging/client';
import type { SourceSummary } from '../messaging/protocol';
import type { Result } from '../shared/result';
import { downloadText } from './download-text';
import { problemText } from './problem-text';
import { sourceName } from './source-row';
import { forget, type RemovedSource, remember, type UndoBuffer, withoutListed } from './undo-buffer';

export type ListState =
  | { kind: 'loading' }
  | { kind: 'ready'; sources: readonly SourceSummary[] }
  | { kind: 'error'; message: string };

/** A page-level message: `status` is announced politely, `alert` at once. */
export interface Notice {
  tone: 'status' | 'alert';
  text: string;
}

/** Where focus goes after a change removed the focused control, so it never falls to <body>. */
export type FocusRequest = { on: 'row' | 'undo' | 'up' | 'down'; id: string } | null;

export interface SourcesController {
  list: ListState;
  removed: UndoBuffer;
  notice: Notice | null;
  focus: FocusRequest;
  reload: () => Promise<void>;
  setEnabled: (source: SourceSummary, enabled: boolean) => Promise<void>;
  exportSource: (source: SourceSummary) => Promise<void>;
  removeSource: (source: SourceSummary) => Promise<void>;
  undo: (entry: RemovedSource) => Promise<void>;
  importPack: (text: string, fileName: string) => Promise<Result<SourceSummary>>;
  move: (source: SourceSummary, direction: 'up' | 'down') => Promise<void>;
}

/**
 * The sources as the background has them, and every change the page can make to them.
 * Each change is followed by a fresh list-sources, so the page never shows a guess.
 * `messenger` is the messaging client, a parameter so a test or a demo can substitute it.
 */
export function useSources(lang: UiLanguage, messenger: typeof send): SourcesController {
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [removed, setRemoved] = useState<UndoBuffer>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focus, setFocus] = useState<FocusRequest>(null);
  // Only the newest list-sources answer may land: an older one would undo a newer change.
  const latest = useRef(0);
  // Sources with a change in flight; a second click on them waits for the first to finish.
  const busy = useRef(new Set<string>());

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    const result = await messenger({ type: 'list-sources' });
    if (ticket !== latest.current) return;
    if (!result.ok) {
      setList({ kind: 'error', message: t(lang, 'options.listFailed', { message: result.error.message }) });
      return;
    }
    setList({ kind: 'ready', sources: result.value });
    setRemoved((buffer) =>
      withoutListed(
        buffer,
        result.value.map((s) => s.id),
      ),
    );
  }, [lang, messenger]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs one change on one source, at most one at a time per source, then re-reads the list. */
  async function change(id: string, work: () => Promise<void>): Promise<void> {
    if (busy.current.has(id)) return;
    busy.current.add(id);
    setFocus(null);
    try {
      await work();
    } finally {
      busy.current.delete(id);
      await reload();
    }
  }

  const alert = (text: string) => setNotice({ tone: 'alert', text });
  const status = (text: string) => setNotice({ tone: 'status', text });

  const setEnabled = (source: SourceSummary, enabled: boolean) =>
    change(source.id, async () => {
      const result = await messenger({ type: 'set-source-enabled', sourceId: source.id, enabled });
      const name = sourceName(source, lang);
      if (!result.ok) alert(t(lang, 'options.toggleFailed', { name, message: problemText(result.error) }));
      else setNotice(null);
    });

  const exportSource = async (source: SourceSummary) => {
    const name = sourceName(source, lang);
    const result = await messenger({ type: 'export-source', sourceId: source.id });
    if (!result.ok) {
      alert(t(lang, 'options.exportFailed', { name, message: problemText(result.error) }));
      return;
    }
    downloadText(result.value.fileName, result.value.text);
    status(t(lang, 'options.exported', { name, file: result.value.fileName }));
  };

  const removeSource = (source: SourceSummary) =>
    change(source.id, async () => {
      const name = sourceName(source, lang);
      const failed = (problem: { message: string }) =>
        alert(t(lang, 'options.removeFailed', { name, message: problem.message }));
      // Export first: without a copy in memory there would be nothing to undo with.
      const copy = await messenger({ type: 'export-source', sourceId: source.id });
      if (!copy.ok) return failed(copy.error);
      const result = await messenger({ type: 'remove-source', sourceId: source.id });
      if (!result.ok) return failed(result.error);
      const { fileName, text } = copy.value;
      setRemoved((buffer) =>
        remember(buffer, { id: source.id, name, fileName, text, enabled: source.enabled }),
      );
      status(t(lang, 'options.removed', { name }));
      setFocus({ on: 'undo', id: source.id });
    });

  const undo = (entry: RemovedSource) =>
    change(entry.id, async () => {
      const failed = (problem: { message: string }) =>
        alert(t(lang, 'options.undoFailed', { name: entry.name, message: problem.message }));
      const result = await messenger({ type: 'import-pack', text: entry.text, fileName: entry.fileName });
      if (!result.ok) return failed(result.error);
      setRemoved((buffer) => forget(buffer, entry.id));
      setFocus({ on: 'row', id: entry.id });
      // A new install is switched on; put back the reader's choice if it was off.
      if (!entry.enabled) {
        const off = await messenger({ type: 'set-source-enabled', sourceId: entry.id, enabled: false });
        if (!off.ok) return failed(off.error);
      }
      status(t(lang, 'options.restored', { name: entry.name }));
    });

  const move = (source: SourceSummary, direction: 'up' | 'down') =>
    change(source.id, async () => {
      const name = sourceName(source, lang);
      const result = await messenger({ type: 'move-source', sourceId: source.id, direction });
      if (!result.ok) {
        alert(t(lang, 'options.moveFailed', { name, message: problemText(result.error) }));
        return;
      }
      const position = result.value.findIndex((s) => s.id === source.id) + 1;
      status(t(lang, 'options.moved', { name, position, count: result.value.length }));
      setFocus({ on: direction, id: source.id });
    });

  const importPack = async (text: string, fileName: string) => {
    const result = await messenger({ type: 'import-pack', text, fileName });
    if (result.ok) await reload();
    return result;
  };

  return {
    list,
    removed,
    notice,
    focus,
    reload,
    setEnabled,
    exportSource,
    removeSource,
    undo,
    importPack,
    move,
  };
}
