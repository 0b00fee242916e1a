import { type Dictionary, type Placeholders, translate, type UiLanguage } from './translate';

/**
 * The card's own words (and the mention's description), kept apart from the options page's and
 * the popup's so the content script carries only these. The card speaks the page's language.
 */
export const cardEn = {
  hasCard: 'Konteks card available',

  'card.close': 'Close',
  'card.facts': 'Key facts',
  'card.sources': 'Sources',
  'card.fromPack': 'From {name}',
  'card.probable': 'Probable match: the page spells it “{alias}”',
  'card.loading': 'Loading…',
  'card.error': 'Konteks could not load this card.',
  'card.since': 'since {from}',
  'card.until': '{from} – {to}',
  'card.untilOnly': 'until {to}',
  'card.then': 'When this was published ({date})',
  'card.sinceThen': 'Since then',
  'card.nothingSince': 'Nothing later is recorded in this source.',
  'card.unsure': 'around then; the source gives only {date}',
  'card.noDate':
    'This page’s publication date could not be found, so the card shows facts as they stand now.',
  'card.now': 'As it stands now',
  'card.events': 'Events',
  'card.sourceRef': 'source {n}',
  'card.combined': 'Combined from several sources, each part from the highest one that has it:',
  'field.type': 'type',
  'field.wikidata': 'Wikidata id',
  'field.names': 'names',
  'field.descriptions': 'description',
  'field.summaries': 'summary',
  'field.facts': 'facts',
  'field.events': 'events',
  'field.related': 'related entities',
  'card.more': 'More',
  'card.less': 'Less',
  'card.whichOne': 'This name can mean more than one entity, and the page does not say which.',
  'card.showInstead': 'Show {name} instead',
  'wrong.toggle': 'Wrong match?',
  'wrong.intro': 'If this name on the page is not {name}:',
  'wrong.notHere': 'Not this — on this site',
  'wrong.notAnywhere': 'Not this — everywhere',
  'wrong.instead': 'It’s {name} instead (on this page)',
  'wrong.local': 'Kept on this computer only; undo it in Konteks options.',
  'wrong.failed': 'Konteks could not keep this choice: {message}',

  'type.person': 'Person',
  'type.organisation': 'Organisation',
  'type.armed-group': 'Armed group',
  'type.government-body': 'Government body',
  'type.military-unit': 'Military unit',
  'type.international-body': 'International body',
  'type.political-party': 'Political party',
  'type.media': 'Media',
  'type.platform': 'Platform',
  'type.country': 'Country',
  'type.place': 'Place',
  'type.city': 'City',
  'type.region': 'Region',
  'type.military-base': 'Military base',
  'type.event': 'Event',
  'type.process': 'Process',
  'type.other': 'Other',
} as const;

export type CardMessageKey = keyof typeof cardEn;

// Typed as a full record: a key missing from (or extra in) a translation is a compile error.
export const cardId: Record<CardMessageKey, string> = {
  hasCard: 'Kartu Konteks tersedia',

  'card.close': 'Tutup',
  'card.facts': 'Fakta utama',
  'card.sources': 'Sumber',
  'card.fromPack': 'Dari {name}',
  'card.probable': 'Kemungkinan cocok: halaman menulisnya “{alias}”',
  'card.loading': 'Memuat…',
  'card.error': 'Konteks tidak dapat memuat kartu ini.',
  'card.since': 'sejak {from}',
  'card.until': '{from} – {to}',
  'card.untilOnly': 'hingga {to}',
  'card.then': 'Saat berita ini terbit ({date})',
  'card.sinceThen': 'Sejak itu',
  'card.nothingSince': 'Tidak ada peristiwa sesudahnya yang tercatat di sumber ini.',
  'card.unsure': 'sekitar waktu itu; sumber hanya menyebut {date}',
  'card.noDate': 'Tanggal terbit halaman ini tidak ditemukan, jadi kartu menampilkan fakta saat ini.',
  'card.now': 'Kondisi saat ini',
  'card.events': 'Peristiwa',
  'card.sourceRef': 'sumber {n}',
  'card.combined': 'Digabung dari beberapa sumber, tiap bagian dari sumber tertinggi yang memilikinya:',
  'field.type': 'jenis',
  'field.wikidata': 'id Wikidata',
  'field.names': 'nama',
  'field.descriptions': 'deskripsi',
  'field.summaries': 'ringkasan',
  'field.facts': 'fakta',
  'field.events': 'peristiwa',
  'field.related': 'entitas terkait',
  'card.more': 'Selengkapnya',
  'card.less': 'Ringkas',
  'card.whichOne':
    'Nama ini bisa merujuk ke lebih dari satu pihak, dan halaman ini tidak menyebut yang mana.',
  'card.showInstead': 'Tampilkan {name}',
  'wrong.toggle': 'Salah cocok?',
  'wrong.intro': 'Jika nama di halaman ini bukan {name}:',
  'wrong.notHere': 'Bukan ini — di situs ini',
  'wrong.notAnywhere': 'Bukan ini — di semua situs',
  'wrong.instead': 'Yang dimaksud {name} (di halaman ini)',
  'wrong.local': 'Hanya disimpan di komputer ini; batalkan di pengaturan Konteks.',
  'wrong.failed': 'Konteks tidak dapat menyimpan pilihan ini: {message}',

  'type.person': 'Tokoh',
  'type.organisation': 'Organisasi',
  'type.armed-group': 'Kelompok bersenjata',
  'type.government-body': 'Lembaga pemerintah',
  'type.military-unit': 'Satuan militer',
  'type.international-body': 'Lembaga internasional',
  'type.political-party': 'Partai politik',
  'type.media': 'Media',
  'type.platform': 'Platform',
  'type.country': 'Negara',
  'type.place': 'Tempat',
  'type.city': 'Kota',
  'type.region': 'Wilayah',
  'type.military-base': 'Pangkalan militer',
  'type.event': 'Peristiwa',
  'type.process': 'Proses',
  'type.other': 'Lainnya',
};

export const cardDictionaries: Readonly<Record<UiLanguage, Dictionary<CardMessageKey>>> = {
  en: cardEn,
  id: cardId,
};

/** A card message in `lang` (see translate.ts for placeholders and fallbacks). */
export function tCard<K extends CardMessageKey>(
  lang: UiLanguage,
  key: K,
  params?: Record<Placeholders<(typeof cardEn)[K]>, string | number>,
): string {
  return translate(cardDictionaries, lang, key, params);
}
