/**
 * The extension's own words, in every language Konteks speaks.
 *
 * Why not browser.i18n (messages.json): it only ever answers in the browser's UI language, but the
 * card must speak the language of the page it sits on (an Indonesian article read in an English
 * browser gets an Indonesian card). So strings live here, and callers pass the language they want:
 * the options page passes the reader's language (uiLanguage()), the card the page's.
 */

export type UiLanguage = 'en' | 'id';

export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'id'];

const en = {
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
  'card.more': 'More',
  'card.less': 'Less',
  'card.whichOne': 'This name can mean more than one entity, and the page does not say which.',
  'card.showInstead': 'Show {name} instead',

  'popup.title': 'Konteks on this page',
  'popup.count.one': '{count} name marked on this page',
  'popup.count.other': '{count} names marked on this page',
  'popup.none': 'No names Konteks knows were found on this page.',
  'popup.status.paused': 'Konteks is paused everywhere.',
  'popup.status.site-off': 'Konteks is off on this site.',
  'popup.status.not-an-article':
    'This page does not look like an article, and Konteks runs on articles only.',
  'popup.status.not-chosen': 'Konteks runs only on sites you switched on.',
  'popup.unavailable':
    'Konteks cannot run on this page (browser pages and the extension store are off limits).',
  'popup.site': 'On {host}',
  'popup.pause': 'Pause everywhere',
  'popup.show': 'Show {name} on the page',
  'popup.options': 'Sources and settings',
  'popup.revealFailed': 'Could not show it: {message}',
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

  'options.pageTitle': 'Konteks options',
  'options.intro':
    'Konteks explains names on news pages with short, dated and sourced cards. Everything it knows comes from the knowledge sources below and stays on this device: nothing is sent anywhere.',
  'options.sources': 'Knowledge sources',
  'options.loading': 'Loading sources…',
  'options.listFailed': 'Konteks could not read its sources: {message}',
  'options.retry': 'Try again',
  'options.empty': 'There are no knowledge sources. Import a pack file to add one.',
  'options.publisher': 'Publisher',
  'options.version': 'Version',
  'options.license': 'License',
  'options.kind': 'Kind',
  'options.entities': 'Entities',
  'options.updated': 'Last updated',
  'options.kind.bundled': 'Bundled',
  'options.kind.file': 'Imported file',
  'options.kind.url': 'Web address',
  'options.kind.notes': 'Your notes',
  'options.enabled': 'Enabled',
  'options.enabledFor': 'Enabled: {name}',
  'options.export': 'Export',
  'options.exportFor': 'Export {name}',
  'options.remove': 'Remove',
  'options.removeFor': 'Remove {name}',
  'options.switchedOn': '{name} is on.',
  'options.switchedOff': '{name} is off.',
  'options.toggleFailed': 'Could not switch {name}: {message}',
  'options.exported': 'Saved {name} as {file}.',
  'options.exportFailed': 'Could not export {name}: {message}',
  'options.removed': 'Removed {name}.',
  'options.removeFailed': 'Could not remove {name}: {message}',
  'options.removedThisVisit': 'Removed during this visit',
  'options.undo': 'Undo',
  'options.undoFor': 'Undo removing {name}',
  'options.restored': 'Restored {name}.',
  'options.undoFailed': 'Could not restore {name}: {message}',
  'options.import': 'Import a pack',
  'options.importLabel': 'Pack file (.json)',
  'options.importHelp':
    'Choosing a file imports it straight away. A pack with the same id replaces the old one.',
  'options.importing': 'Importing {file}…',
  'options.imported': 'Imported {name} ({count})',
  'options.importFailed': 'Could not import {file}: {message}',
  'options.nothingChanged': 'Nothing was changed.',
  'options.unreadable': 'the file could not be read ({message})',
  'options.tooLarge': 'the file is larger than {size} MB',
  'options.priorityHelp':
    'Sources higher in the list come first: when two sources describe the same thing (the same Wikidata id, or a same-as link), the card takes each field from the higher one and says which source said what.',
  'options.position': 'Number {position} of {count}',
  'options.moveUp': 'Move up',
  'options.moveDown': 'Move down',
  'options.moveUpFor': 'Move {name} up',
  'options.moveDownFor': 'Move {name} down',
  'options.moved': '{name} is now number {position} of {count}.',
  'options.moveFailed': 'Could not move {name}: {message}',
  'options.nav': 'Sections',
  'options.display': 'Display',
  'options.sites': 'Sites',
  'options.loadingSettings': 'Loading settings…',
  'options.saved': 'Saved.',
  'options.saveFailed': 'Could not save: {message}',
  'options.mentionStyle': 'How names are marked',
  'options.mentionStyle.underline': 'Dotted underline',
  'options.mentionStyle.highlight': 'Light highlight',
  'options.mentionStyle.none-until-hover': 'Not marked until the pointer is over them',
  'options.mentionPolicy': 'Which mentions are marked',
  'options.mentionPolicy.first': 'Only the first mention of each name',
  'options.mentionPolicy.every': 'Every mention',
  'options.cardLanguage': 'Preferred card language',
  'options.cardLanguage.page': 'The page’s language',
  'options.cardLanguageHelp': 'A card uses this language when its source has it, otherwise English.',
  'options.runMode': 'Where Konteks runs',
  'options.runMode.everywhere': 'On every page',
  'options.runMode.articles': 'Only on pages that look like news articles',
  'options.runMode.chosen-sites': 'Only on sites I switched on',
  'options.siteChoices': 'Your choices per site',
  'options.noSiteChoices': 'You have not switched Konteks on or off for any site.',
  'options.siteOn': 'On',
  'options.siteOff': 'Off',
  'options.siteSwitchOn': 'Switch on',
  'options.siteSwitchOff': 'Switch off',
  'options.siteToggleFor': 'Set {host} to {choice}',
  'options.siteForget': 'Forget',
  'options.siteForgetFor': 'Forget the choice for {host}',
  'options.siteForgotten': 'Forgot the choice for {host}; the setting above decides there again.',
  'options.siteWasForgotten': '{host} ({choice}) was forgotten',
  'options.siteUndoFor': 'Undo forgetting {host}',
  'options.siteSaved': '{host}: {choice}.',
  'options.siteHost': 'Site',
  'options.siteHostHelp': 'A host name such as www.inews.id, or paste a page’s address.',
  'options.siteInvalid': 'This is not a site name. Type one such as www.inews.id.',
  'options.siteChoice': 'Konteks on this site',
  'options.siteAdd': 'Save site',
  'options.yourData': 'Your data',
  'options.storageUsed': 'Konteks and its sources use {used} of this device’s storage (the browser allows up to {quota}).',
  'options.storageUnknown': 'The browser does not say how much storage Konteks uses.',
  'options.backup': 'Download a backup',
  'options.backupHelp': 'One JSON file with your settings, the sources you added (files and web addresses) and your notes. Bundled sources are not copied; your choices about them are.',
  'options.backupSaved': 'Saved the backup as {file}.',
  'options.backupFailed': 'Could not make a backup: {message}',
  'options.restore': 'Restore from a backup file',
  'options.restoreHelp': 'Replaces your settings, added sources and notes with the backup’s. The file is checked completely first; if anything is wrong, nothing changes.',
  'options.restoring': 'Restoring {file}…',
  'options.restored.backup': 'Restored the backup and your settings (added sources: {sources}; notes: {notes}).',
  'options.restoreFailed': 'Could not restore {file}: {message}',
  'options.reset': 'Reset Konteks…',
  'options.resetConfirm': 'This removes every source you added and all your notes, switches the bundled sources back on and puts every setting back as it was at install. Download a backup first if you may want them back.',
  'options.resetYes': 'Yes, reset everything',
  'options.cancel': 'Cancel',
  'options.resetDone': 'Konteks is reset: only the bundled sources remain, with the default settings.',
  'options.resetFailed': 'Could not reset: {message}',
  'options.entityCount.one': '{count} entity',
  'options.entityCount.other': '{count} entities',
} as const;

/** Every key a caller may ask for. */
export type MessageKey = keyof typeof en;

// Typed as a full record: a key missing from (or extra in) a translation is a compile error.
const id: Record<MessageKey, string> = {
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
  'card.more': 'Selengkapnya',
  'card.less': 'Ringkas',
  'card.whichOne':
    'Nama ini bisa merujuk ke lebih dari satu pihak, dan halaman ini tidak menyebut yang mana.',
  'card.showInstead': 'Tampilkan {name}',

  'popup.title': 'Konteks di halaman ini',
  'popup.count.one': '{count} nama ditandai di halaman ini',
  'popup.count.other': '{count} nama ditandai di halaman ini',
  'popup.none': 'Tidak ada nama yang dikenal Konteks di halaman ini.',
  'popup.status.paused': 'Konteks dijeda di semua situs.',
  'popup.status.site-off': 'Konteks dimatikan di situs ini.',
  'popup.status.not-an-article':
    'Halaman ini tidak tampak seperti artikel, dan Konteks hanya berjalan di artikel.',
  'popup.status.not-chosen': 'Konteks hanya berjalan di situs yang Anda nyalakan.',
  'popup.unavailable':
    'Konteks tidak dapat berjalan di halaman ini (halaman peramban dan toko ekstensi tidak boleh diubah).',
  'popup.site': 'Di {host}',
  'popup.pause': 'Jeda di semua situs',
  'popup.show': 'Tampilkan {name} di halaman',
  'popup.options': 'Sumber dan pengaturan',
  'popup.revealFailed': 'Tidak dapat menampilkannya: {message}',
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

  'options.pageTitle': 'Pengaturan Konteks',
  'options.intro':
    'Konteks menjelaskan nama-nama di halaman berita dengan kartu singkat yang bertanggal dan bersumber. Semua pengetahuannya berasal dari sumber pengetahuan di bawah ini dan tetap di perangkat ini: tidak ada yang dikirim ke mana pun.',
  'options.sources': 'Sumber pengetahuan',
  'options.loading': 'Memuat sumber…',
  'options.listFailed': 'Konteks tidak dapat membaca sumbernya: {message}',
  'options.retry': 'Coba lagi',
  'options.empty': 'Belum ada sumber pengetahuan. Impor berkas paket untuk menambahkannya.',
  'options.publisher': 'Penerbit',
  'options.version': 'Versi',
  'options.license': 'Lisensi',
  'options.kind': 'Jenis',
  'options.entities': 'Entitas',
  'options.updated': 'Terakhir diperbarui',
  'options.kind.bundled': 'Bawaan',
  'options.kind.file': 'Berkas impor',
  'options.kind.url': 'Alamat web',
  'options.kind.notes': 'Catatan Anda',
  'options.enabled': 'Aktif',
  'options.enabledFor': 'Aktif: {name}',
  'options.export': 'Ekspor',
  'options.exportFor': 'Ekspor {name}',
  'options.remove': 'Hapus',
  'options.removeFor': 'Hapus {name}',
  'options.switchedOn': '{name} aktif.',
  'options.switchedOff': '{name} nonaktif.',
  'options.toggleFailed': 'Tidak dapat mengubah {name}: {message}',
  'options.exported': '{name} disimpan sebagai {file}.',
  'options.exportFailed': 'Tidak dapat mengekspor {name}: {message}',
  'options.removed': '{name} dihapus.',
  'options.removeFailed': 'Tidak dapat menghapus {name}: {message}',
  'options.removedThisVisit': 'Dihapus selama kunjungan ini',
  'options.undo': 'Urungkan',
  'options.undoFor': 'Urungkan penghapusan {name}',
  'options.restored': '{name} dipulihkan.',
  'options.undoFailed': 'Tidak dapat memulihkan {name}: {message}',
  'options.import': 'Impor paket',
  'options.importLabel': 'Berkas paket (.json)',
  'options.importHelp':
    'Memilih berkas langsung mengimpornya. Paket dengan id yang sama menggantikan paket yang lama.',
  'options.importing': 'Mengimpor {file}…',
  'options.imported': '{name} diimpor ({count})',
  'options.importFailed': 'Tidak dapat mengimpor {file}: {message}',
  'options.nothingChanged': 'Tidak ada yang diubah.',
  'options.unreadable': 'berkas tidak dapat dibaca ({message})',
  'options.tooLarge': 'berkas lebih besar dari {size} MB',
  'options.priorityHelp':
    'Sumber yang lebih atas didahulukan: bila dua sumber menjelaskan hal yang sama (id Wikidata sama, atau tautan same-as), kartu mengambil setiap bagian dari sumber yang lebih atas dan menyebut sumber mana yang mengatakan apa.',
  'options.position': 'Urutan {position} dari {count}',
  'options.moveUp': 'Naikkan',
  'options.moveDown': 'Turunkan',
  'options.moveUpFor': 'Naikkan {name}',
  'options.moveDownFor': 'Turunkan {name}',
  'options.moved': '{name} kini urutan {position} dari {count}.',
  'options.moveFailed': 'Tidak dapat memindahkan {name}: {message}',
  'options.nav': 'Bagian',
  'options.display': 'Tampilan',
  'options.sites': 'Situs',
  'options.loadingSettings': 'Memuat pengaturan…',
  'options.saved': 'Tersimpan.',
  'options.saveFailed': 'Tidak dapat menyimpan: {message}',
  'options.mentionStyle': 'Cara nama ditandai',
  'options.mentionStyle.underline': 'Garis bawah titik-titik',
  'options.mentionStyle.highlight': 'Sorotan tipis',
  'options.mentionStyle.none-until-hover': 'Tidak ditandai sampai penunjuk berada di atasnya',
  'options.mentionPolicy': 'Sebutan mana yang ditandai',
  'options.mentionPolicy.first': 'Hanya sebutan pertama setiap nama',
  'options.mentionPolicy.every': 'Setiap sebutan',
  'options.cardLanguage': 'Bahasa kartu yang diutamakan',
  'options.cardLanguage.page': 'Bahasa halaman',
  'options.cardLanguageHelp': 'Kartu memakai bahasa ini bila sumbernya memilikinya, selain itu bahasa Inggris.',
  'options.runMode': 'Di mana Konteks berjalan',
  'options.runMode.everywhere': 'Di setiap halaman',
  'options.runMode.articles': 'Hanya di halaman yang tampak seperti artikel berita',
  'options.runMode.chosen-sites': 'Hanya di situs yang saya aktifkan',
  'options.siteChoices': 'Pilihan Anda per situs',
  'options.noSiteChoices': 'Anda belum mengaktifkan atau menonaktifkan Konteks untuk situs mana pun.',
  'options.siteOn': 'Aktif',
  'options.siteOff': 'Nonaktif',
  'options.siteSwitchOn': 'Aktifkan',
  'options.siteSwitchOff': 'Nonaktifkan',
  'options.siteToggleFor': 'Setel {host} menjadi {choice}',
  'options.siteForget': 'Lupakan',
  'options.siteForgetFor': 'Lupakan pilihan untuk {host}',
  'options.siteForgotten': 'Pilihan untuk {host} dilupakan; pengaturan di atas kembali berlaku di sana.',
  'options.siteWasForgotten': '{host} ({choice}) dilupakan',
  'options.siteUndoFor': 'Urungkan melupakan {host}',
  'options.siteSaved': '{host}: {choice}.',
  'options.siteHost': 'Situs',
  'options.siteHostHelp': 'Nama host seperti www.inews.id, atau tempel alamat sebuah halaman.',
  'options.siteInvalid': 'Ini bukan nama situs. Ketik misalnya www.inews.id.',
  'options.siteChoice': 'Konteks di situs ini',
  'options.siteAdd': 'Simpan situs',
  'options.yourData': 'Data Anda',
  'options.storageUsed': 'Konteks dan sumbernya memakai {used} penyimpanan perangkat ini (peramban mengizinkan hingga {quota}).',
  'options.storageUnknown': 'Peramban tidak menyebutkan berapa banyak penyimpanan yang dipakai Konteks.',
  'options.backup': 'Unduh cadangan',
  'options.backupHelp': 'Satu berkas JSON berisi pengaturan Anda, sumber yang Anda tambahkan (berkas dan alamat web), dan catatan Anda. Sumber bawaan tidak disalin; pilihan Anda tentangnya disalin.',
  'options.backupSaved': 'Cadangan disimpan sebagai {file}.',
  'options.backupFailed': 'Tidak dapat membuat cadangan: {message}',
  'options.restore': 'Pulihkan dari berkas cadangan',
  'options.restoreHelp': 'Mengganti pengaturan, sumber tambahan, dan catatan Anda dengan isi cadangan. Berkas diperiksa seluruhnya lebih dulu; bila ada yang salah, tidak ada yang berubah.',
  'options.restoring': 'Memulihkan {file}…',
  'options.restored.backup': 'Cadangan dan pengaturan Anda dipulihkan (sumber tambahan: {sources}; catatan: {notes}).',
  'options.restoreFailed': 'Tidak dapat memulihkan {file}: {message}',
  'options.reset': 'Setel ulang Konteks…',
  'options.resetConfirm': 'Ini menghapus semua sumber yang Anda tambahkan dan semua catatan Anda, mengaktifkan kembali sumber bawaan, dan mengembalikan semua pengaturan seperti saat dipasang. Unduh cadangan lebih dulu bila Anda mungkin membutuhkannya lagi.',
  'options.resetYes': 'Ya, setel ulang semuanya',
  'options.cancel': 'Batal',
  'options.resetDone': 'Konteks telah disetel ulang: hanya sumber bawaan yang tersisa, dengan pengaturan bawaan.',
  'options.resetFailed': 'Tidak dapat menyetel ulang: {message}',
  'options.entityCount.one': '{count} entitas',
  'options.entityCount.other': '{count} entitas',
};

/** Every message in every language; exported for the tests that keep translations in step. */
export const dictionaries: Readonly<Record<UiLanguage, Readonly<Record<MessageKey, string>>>> = { en, id };

/** The names inside `{…}` in a message, e.g. "from" | "to" for "{from} – {to}". */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The values a message's placeholders need; `{}` for a message with none. */
export type ParamsOf<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;

/**
 * The message for `key` in `lang`, with each `{name}` replaced by `params.name`.
 * An unknown language (from untyped callers) falls back to English; a placeholder without a
 * value is left as written, so a missing parameter is visible rather than silently blank.
 */
export function t<K extends MessageKey>(lang: UiLanguage, key: K, params?: ParamsOf<K>): string {
  const template = (dictionaries[lang] ?? dictionaries.en)[key] ?? en[key];
  if (!params) return template;
  const values: Record<string, string | number> = params;
  return template.replace(/\{([\w-]+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * The UI language for a BCP 47 tag: Indonesian for "id" (and the legacy "in"), English otherwise.
 * Only the primary subtag counts, so "id-ID" is Indonesian but "ido" (Ido) is not.
 */
export function toUiLanguage(tag: string | undefined): UiLanguage {
  const primary = (tag ?? '').split(/[-_]/)[0]?.toLowerCase();
  return primary === 'id' || primary === 'in' ? 'id' : 'en';
}

/** The reader's language for extension pages, from the browser's preferred language. */
export function uiLanguage(tag: string | undefined = globalThis.navigator?.language): UiLanguage {
  return toUiLanguage(tag);
}

/** "1 entity", "1,234 entities" / "1.234 entitas": the count formatted and pluralised for `lang`. */
export function entityCount(lang: UiLanguage, count: number): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return t(lang, `options.entityCount.${form}`, { count: new Intl.NumberFormat(lang).format(count) });
}
