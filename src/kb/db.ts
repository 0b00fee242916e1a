import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { ClaimRecord } from '../claims/claim-record';
import type { MatcherSnapshot } from '../matcher/matcher-snapshot';
import type { Entity, Pack } from './pack-schema';

/**
 * The knowledge base: the extension origin's IndexedDB. Only the background and extension pages
 * open it; a content script opening IndexedDB would get the web page's storage instead.
 */

export const DB_NAME = 'konteks';
export const DB_VERSION = 3;

export type SourceKind = 'bundled' | 'file' | 'url' | 'notes';

/** A pack's header (everything but its entities) as stored: what the sources list and export need. */
export type PackHeader = Omit<Pack, 'entities'>;

export interface SourceRecord {
  id: string;
  kind: SourceKind;
  header: PackHeader;
  enabled: boolean;
  /** Lower wins: the order in which sources are consulted. */
  priority: number;
  entityCount: number;
  importedAt: number;
  updatedAt: number;
  /** The pack's web address, for a source subscribed from a URL (kind 'url'). */
  url?: string;
  /** 'claims': a ClaimReview source (its rows are in the claims store, not entities); absent = a pack. */
  content?: 'claims';
  /** How many claims a ClaimReview source holds. */
  claimCount?: number;
}

/** One fact-check of a ClaimReview source; `appearanceKeys` (url-key.ts) find it by page address. */
export interface ClaimRow {
  sourceId: string;
  id: string;
  claim: ClaimRecord;
  appearanceKeys: string[];
}

export interface EntityRecord {
  sourceId: string;
  entityId: string;
  entity: Entity;
}

/** One row of the alias index, denormalised so the matcher is built without reading entities. */
export interface AliasRecord {
  sourceId: string;
  entityId: string;
  text: string;
  lang?: string | undefined;
  caseSensitive: boolean;
  kind?: string | undefined;
  /** The pack declares this text shared with another entity (Alias.ambiguous); absent = false. */
  ambiguous?: boolean | undefined;
}

export interface KonteksSchema extends DBSchema {
  sources: { key: string; value: SourceRecord };
  entities: {
    key: [string, string];
    value: EntityRecord;
    /** byWikidata and bySameAs find the same thing described by several sources (card-lookup). */
    indexes: { byEntityId: string; bySource: string; byWikidata: string; bySameAs: string };
  };
  aliases: { key: number; value: AliasRecord; indexes: { bySource: string } };
  /** Counters and markers (the revision), and the last built matcher (matcher-cache.ts). */
  meta: { key: string; value: number | string | StoredMatcher };
  claims: { key: [string, string]; value: ClaimRow; indexes: { bySource: string; byAppearance: string } };
}

/** A matcher kept for the next service worker start; `key` says which knowledge and code built it. */
export interface StoredMatcher {
  key: string;
  snapshot: MatcherSnapshot;
}

export type KonteksDB = IDBPDatabase<KonteksSchema>;

type UpgradeTx = IDBPTransaction<
  KonteksSchema,
  ('sources' | 'entities' | 'aliases' | 'meta' | 'claims')[],
  'versionchange'
>;

/** Ordered migrations: index i upgrades a database from version i to i + 1. */
const migrations: ((db: IDBPDatabase<KonteksSchema>, tx: UpgradeTx) => void)[] = [
  (db) => {
    db.createObjectStore('sources', { keyPath: 'id' });
    const entities = db.createObjectStore('entities', { keyPath: ['sourceId', 'entityId'] });
    entities.createIndex('byEntityId', 'entityId');
    entities.createIndex('bySource', 'sourceId');
    const aliases = db.createObjectStore('aliases', { autoIncrement: true });
    aliases.createIndex('bySource', 'sourceId');
    db.createObjectStore('meta');
  },
  (_db, tx) => {
    const entities = tx.objectStore('entities');
    entities.createIndex('byWikidata', 'entity.wikidata');
    entities.createIndex('bySameAs', 'entity.sameAs', { multiEntry: true });
  },
  // v3: fact-checks (ClaimReview) beside entities, found by source and by the pages they appeared on.
  (db) => {
    const claims = db.createObjectStore('claims', { keyPath: ['sourceId', 'id'] });
    claims.createIndex('bySource', 'sourceId');
    claims.createIndex('byAppearance', 'appearanceKeys', { multiEntry: true });
  },
];

export function openKnowledgeBase(name = DB_NAME): Promise<KonteksDB> {
  return openDB<KonteksSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < DB_VERSION; v++) migrations[v]?.(db, tx);
    },
  });
}

/**
 * Rolls a transaction back on purpose. idb's `tx.done` rejects with AbortError when we abort;
 * that rejection is the expected outcome here, not a fault, so it is observed and dropped.
 */
export function abortTransaction(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => {});
  tx.abort();
}
