/**
 * When a news page was published, read from the page itself. Sources, highest priority first; the
 * first that yields a valid date wins, so when they disagree the higher one is believed:
 *
 * 1. `json-ld`: `datePublished` (else `dateCreated`) of an article-like node (NewsArticle, Article,
 *    ReportageNewsArticle, BlogPosting, …, also inside `@graph` and arrays), then of a WebPage node.
 * 2. `meta`: `article:published_time` and friends (see META_KEYS, in order); a
 *    `<meta itemprop="datePublished">` counts here, unless it sits in site chrome.
 * 3. `microdata`: another `[itemprop="datePublished"]`, by its `content` or `datetime` (or its text).
 * 4. `time`: a `<time datetime>` in the article, then in main (the whole body only on pages that
 *    mark neither): `time[pubdate]` first, then one inside a byline-like element, then the first.
 * 5. `text`: a written date in a byline-like element (class or id containing date, time, byline,
 *    meta, publish or posted), else in the first ~2,000 characters of the article's text.
 * 6. Last resort, `json-ld` again: `dateModified`, used only when nothing else gave a date.
 *
 * Site chrome (nav, aside, footer, the banner header) is never searched: its dates are today's or
 * other stories'. Numeric dates like 12/09/2024 are read by the page language (html lang, else
 * og:locale, else guessed from the article's text): d/m/y unless English (see parse-written-date).
 *
 * The date is the page's own local date as written: "2024-12-02T01:31:00+07:00" is 2024-12-02.
 * Reading is bounded (at most 5,000 elements per walk, a few thousand characters of text): never a
 * whole page's text, so a huge page costs no more than a normal one.
 * Inputs, text areas and editable regions are never read (text comes through `textBlocks`).
 */
import { guessLanguage } from './page-language';
import { findWrittenDate, formatDate, isValidDate } from './parse-written-date';
import { textBlocks } from './text-blocks';

export type ArticleDateSource = 'json-ld' | 'meta' | 'time' | 'microdata' | 'text';

export interface ArticleDate {
  /** 'YYYY-MM-DD', the page's local date as written. */
  date: string;
  source: ArticleDateSource;
  /** The value or text the date was read from. */
  raw: string;
}

/** Meta names/properties (lower-cased), in priority order. */
const META_KEYS = [
  'article:published_time',
  'og:published_time', // not in the Open Graph spec, but pages use it
  'og:article:published_time',
  'datepublished', // <meta itemprop="datePublished">
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'content_publisheddate', // Kompas
];

/** A class or id naming a byline-like element. */
const BYLINE = /date|time|byline|meta|publish|posted/i;
const MAX_CANDIDATES = 60;
const MAX_VISITED = 5000;
const BYLINE_CHARS = 300;
const ARTICLE_CHARS = 2000;

/** The page's publication date from the highest-priority source that has one (see above), or undefined. */
export function detectArticleDate(doc: Document): ArticleDate | undefined {
  const ld = jsonLdDates(doc);
  if (ld.published) return ld.published;
  const where = scopes(doc);
  // Decides numeric dates like 12/09/2024 (see parse-written-date); many Indonesian sites omit lang.
  const lang = declaredLanguage(doc) ?? guessLanguage(boundedText(where[0], ARTICLE_CHARS));
  return (
    fromMeta(doc, lang) ??
    fromMicrodata(doc, lang) ??
    fromTime(where, lang) ??
    fromText(where, lang) ??
    ld.modified
  );
}

/** A machine-written date (attribute or JSON value): ISO 8601 and its basic form, else as written. */
export function parseMachineDate(value: string, lang?: string): string | undefined {
  const basic = /^\s*(\d{4})(\d{2})(\d{2})(?:T|\s*$)/.exec(value);
  if (basic) {
    const [y, m, d] = [Number(basic[1]), Number(basic[2]), Number(basic[3])];
    return isValidDate(y, m, d) ? formatDate(y, m, d) : undefined;
  }
  return findWrittenDate(value.slice(0, 200), lang)?.date;
}

function dated(raw: string, source: ArticleDateSource, lang?: string): ArticleDate | undefined {
  const date = parseMachineDate(raw, lang);
  return date ? { date, source, raw: raw.trim() } : undefined;
}

function declaredLanguage(doc: Document): string | undefined {
  const declared =
    doc.documentElement.getAttribute('lang') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  return (
    declared
      ?.trim()
      .toLowerCase()
      .split(/[-_,\s]/)[0] || undefined
  );
}

// --- 1. JSON-LD -----------------------------------------------------------------------------------

const ARTICLE_TYPE = /(?:Article|Posting|^Report)$/;
const PAGE_TYPE = /^(?:WebPage|ItemPage)$/;

function jsonLdDates(doc: Document): { published?: ArticleDate; modified?: ArticleDate } {
  const ranked: (ArticleDate | undefined)[] = []; // 0 article published, 1 created, 2 page published
  let modified: ArticleDate | undefined;
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    for (const node of jsonLdNodes(parseJson(script.textContent ?? ''))) {
      const types = [node['@type']].flat().map((t) => String(t).replace(/^.*[/:]/, ''));
      const isArticle = types.some((t) => ARTICLE_TYPE.test(t));
      if (!isArticle && !types.some((t) => PAGE_TYPE.test(t))) continue;
      const read = (key: string) => {
        const value = [node[key]].flat()[0];
        return typeof value === 'string' ? dated(value, 'json-ld') : undefined;
      };
      if (isArticle) ranked[0] ??= read('datePublished');
      if (isArticle) ranked[1] ??= read('dateCreated');
      if (!isArticle) ranked[2] ??= read('datePublished');
      modified ??= read('dateModified');
    }
  }
  return { published: ranked.find(Boolean), modified };
}

/** Parses JSON-LD leniently (raw newlines in strings, HTML comment/CDATA wrappers); never throws. */
function parseJson(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '')
    .replace(/[\r\n\t]+/g, ' ');
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined; // a broken block on the page is the page's problem, not the reader's
  }
}

type JsonObject = Record<string, unknown>;

/** Every object in a JSON-LD value (arrays, `@graph`, nested nodes), bounded in depth and count. */
function jsonLdNodes(value: unknown, depth = 0, out: JsonObject[] = []): JsonObject[] {
  if (depth > 6 || out.length > 500 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value) jsonLdNodes(item, depth + 1, out);
    return out;
  }
  out.push(value as JsonObject);
  for (const child of Object.values(value)) jsonLdNodes(child, depth + 1, out);
  return out;
}

// --- 2. Meta tags, 3. microdata ----------------------------------------------------------------------

function fromMeta(doc: Document, lang: string | undefined): ArticleDate | undefined {
  const byKey = new Map<string, string>();
  for (const meta of [...doc.getElementsByTagName('meta')].slice(0, 500)) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    if (meta.hasAttribute('itemprop') && isChrome(meta)) continue; // microdata of a story in a sidebar
    const content = meta.getAttribute('content');
    if (key && content && !byKey.has(key.toLowerCase())) byKey.set(key.toLowerCase(), content);
  }
  for (const key of META_KEYS) {
    const content = byKey.get(key);
    const found = content ? dated(content, 'meta', lang) : undefined;
    if (found) return found;
  }
  return undefined;
}

function fromMicrodata(doc: Document, lang: string | undefined): ArticleDate | undefined {
  const isDatePublished = (el: Element) =>
    el.localName !== 'meta' && /(?:^|\s)datePublished(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '');
  for (const el of candidates(doc.body, isDatePublished)) {
    const raw = el.getAttribute('content') ?? el.getAttribute('datetime') ?? boundedText(el, BYLINE_CHARS);
    const found = dated(raw, 'microdata', lang);
    if (found) return found;
  }
  return undefined;
}

// --- 4. <time datetime>, 5. written text ---------------------------------------------------------------

function fromTime(where: Element[], lang: string | undefined): ArticleDate | undefined {
  for (const scope of where) {
    const times = candidates(scope, (el) => el.localName === 'time' && el.hasAttribute('datetime'));
    const ordered = [
      ...times.filter((t) => t.hasAttribute('pubdate')),
      ...times.filter((t) => inByline(t, scope)),
      ...times,
    ];
    for (const time of ordered) {
      const found = dated(time.getAttribute('datetime') ?? '', 'time', lang);
      if (found) return found;
    }
  }
  return undefined;
}

function fromText(where: Element[], lang: string | undefined): ArticleDate | undefined {
  for (const scope of where) {
    for (const el of candidates(scope, isByline)) {
      const found = findWrittenDate(boundedText(el, BYLINE_CHARS), lang);
      if (found) return { date: found.date, source: 'text', raw: found.match };
    }
  }
  const found = findWrittenDate(boundedText(where[0], ARTICLE_CHARS), lang);
  return found ? { date: found.date, source: 'text', raw: found.match } : undefined;
}

function isByline(el: Element): boolean {
  return BYLINE.test(el.getAttribute('class') ?? '') || BYLINE.test(el.id);
}

function inByline(el: Element, root: Element): boolean {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) if (isByline(at)) return true;
  return false;
}

/**
 * Where this article's own dates are, narrowest first: its `<article>` (one inside main first,
 * since cards of other stories are often articles too), then main. The whole body only when
 * the page marks neither: on a page that does, a date outside them belongs to something else.
 */
function scopes(doc: Document): Element[] {
  const main: Element | null = doc.getElementsByTagName('main')[0] ?? doc.querySelector('[role="main"]');
  const articles = [...doc.getElementsByTagName('article')].slice(0, 50).filter((a) => !isChrome(a));
  const article: Element | undefined = articles.find((a) => main?.contains(a)) ?? articles[0];
  const found = [article, main].filter((el): el is Element => el != null);
  if (found.length === 0 && doc.body) found.push(doc.body);
  return [...new Set(found)];
}

/**
 * The first elements under `root` that `accept`, in document order, never looking inside the
 * reader's places (forms, editors) or site chrome, and visiting at most MAX_VISITED elements:
 * bylines sit near the top, and a huge page must not cost a walk of all of it.
 */
function candidates(root: Element | null | undefined, accept: (el: Element) => boolean): Element[] {
  if (!root) return [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      isReadable(node as Element) && !isChrome(node as Element, false)
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  const out: Element[] = [];
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_VISITED; node = walker.nextNode(), visited++) {
    if (accept(node as Element)) out.push(node as Element);
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

/** Never read: the reader's own places (forms, editors), code, and what is not text. */
const UNREADABLE = new Set(
  'input textarea select option button script style noscript template code pre svg math'.split(' '),
);

function isReadable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return false;
  return !UNREADABLE.has(el.localName);
}

const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'complementary', 'contentinfo']);
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

/**
 * Site chrome (navigation, banner, sidebars, footer): a date there is today's or another story's.
 * This element only, or with `ancestors` any element around it. Tag checks, not selectors: it runs per node.
 */
function isChrome(el: Element, ancestors = true): boolean {
  for (let at: Element | null = el; at; at = ancestors ? at.parentElement : null) {
    if (CHROME_TAGS.has(at.localName) || CHROME_ROLES.has(at.getAttribute('role') ?? '')) return true;
    if (at.localName === 'header' && isBanner(at)) return true;
  }
  return false;
}

/** A <header> is the site's banner unless it sits in a sectioning element (HTML-ARIA implicit roles). */
function isBanner(header: Element): boolean {
  for (let at = header.parentElement; at; at = at.parentElement) {
    if (SECTIONING.has(at.localName) || at.getAttribute('role') === 'main') return false;
  }
  return true;
}

/** At most about `max` characters of an element's readable text, block by block, stopping early. */
function boundedText(root: Element | undefined, max: number): string {
  if (!root) return '';
  let text = '';
  for (const block of textBlocks(root)) {
    const first = block.pieces[0]?.node.parentElement;
    if (first && isChrome(first) && !isChrome(root)) continue; // e.g. a top bar's "today" on a bare page
    text += `${block.text.slice(0, max - text.length)}\n`;
    if (text.length >= max) break;
  }
  return text;
}
