import { storage } from 'wxt/utils/storage';

/**
 * The knowledge base's revision, mirrored into extension storage so open pages learn that
 * sources changed (and re-annotate live) without the background needing the "tabs" permission.
 */
export const kbRevision = storage.defineItem<number>('local:kbRevision', { fallback: 0 });
