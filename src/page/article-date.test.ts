// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectArticleDate, parseMachineDate } from './article-date';

/** Test-only: a document from a trusted literal. */
function page(body: string, head = '', lang = 'id'): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const meta = (key: string, content: string, attr = 'property') =>
  `<meta ${attr}="${key}" content="${content}">`;

describe('detectArticleDate: the seed article', () => {
  it('reads 2024-12-02 from the JSON-LD of tests/fixtures/seed-article.html', () => {
    // happy-dom replaces the global URL, which readFileSync does not accept.
    const html = readFileSync(new NodeURL('../../tests/fixtures/seed-article.html', import.meta.url), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(detectArticleDate(doc)).toEqual({
      date: '2024-12-02',
      source: 'json-ld',
      raw: '2024-12-02T10:31:00+07:00',
    });
  });
});

describe('detectArticleDate: JSON-LD', () => {
  it('keeps the local date as written, never shifting by time zone', () => {
    const doc = page('', ld({ '@type': 'NewsArticle', datePublished: '2024-12-02T01:31:00+07:00' }));
    expect(detectArticleDate(doc)?.date).toBe('2024-12-02');
  });

  it('finds the article inside @graph, among other nodes', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Kompas', foundingDate: '1965-06-28' },
        { '@type': 'WebPage', datePublished: '2024-12-01T00:00:00+07:00' },
        { '@type': ['ReportageNewsArticle'], datePublished: '2024-12-02 10:31:00' },
      ],
    };
    expect(detectArticleDate(page('', ld(graph)))).toMatchObject({ date: '2024-12-02', source: 'json-ld' });
  });

  it('reads top-level arrays, nested nodes and prefixed types', () => {
    const value = [
      { '@type': 'BreadcrumbList' },
      { '@type': 'WebPage', mainEntity: { '@type': 'schema:BlogPosting', datePublished: '2024-12-09' } },
    ];
    expect(detectArticleDate(page('', ld(value)))?.date).toBe('2024-12-09');
  });

  it('falls back to dateCreated, then a WebPage datePublished', () => {
    const created = { '@type': 'Article', dateCreated: '2024-11-30T23:00:00Z', dateModified: '2024-12-05' };
    expect(detectArticleDate(page('', ld(created)))?.date).toBe('2024-11-30');
    const webPage = { '@type': 'WebPage', datePublished: '2024-12-01' };
    expect(detectArticleDate(page('', ld(webPage)))?.date).toBe('2024-12-01');
  });

  it('ignores dateModified while any other source has a date', () => {
    const doc = page(
      '<p class="date">Senin, 2 Desember 2024 10:31 WIB</p>',
      ld({
        '@type': 'NewsArticle',
        dateModified: '2024-12-05T08:00:00+07:00',
      }),
    );
    expect(detectArticleDate(doc)).toMatchObject({ date: '2024-12-02', source: 'text' });
  });

  it('uses dateModified when nothing else has a date', () => {
    const doc = page('<p>Tanpa tanggal.</p>', ld({ '@type': 'NewsArticle', dateModified: '2024-12-05' }));
    expect(detectArticleDate(doc)).toEqual({ date: '2024-12-05', source: 'json-ld', raw: '2024-12-05' });
  });

  it('ignores dates of things that are not the article', () => {
    const video = { '@type': 'VideoObject', datePublished: '2020-01-01', uploadDate: '2020-01-01' };
    const doc = page('', ld(video) + meta('article:published_time', '2024-12-02T10:31:00+07:00'));
    expect(detectArticleDate(doc)).toMatchObject({ date: '2024-12-02', source: 'meta' });
  });

  it('ignores malformed JSON-LD without throwing, and reads the next source', () => {
    const broken =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-12-01",</script>';
    const doc = page('', broken + meta('article:published_time', '2024-12-02T10:31:00+07:00'));
    expect(() => detectArticleDate(doc)).not.toThrow();
    expect(detectArticleDate(doc)).toMatchObject({ date: '2024-12-02', source: 'meta' });
  });

  it('tolerates raw newlines inside strings and an HTML comment wrapper', () => {
    const script =
      '<script type="application/ld+json"><!--\n{"@type":"NewsArticle","headline":"Baris\nbaru",' +
      '"datePublished":"2024-12-02T10:31:00+07:00"}\n--></script>';
    expect(detectArticleDate(page('', script))?.date).toBe('2024-12-02');
  });
});

describe('detectArticleDate: meta tags', () => {
  it.each([
    ['article:published_time', meta('article:published_time', '2024-12-02T10:31:00+07:00')],
    ['og:published_time', meta('og:published_time', '2024-12-02T10:31:00+07:00')],
    ['itemprop datePublished', meta('datePublished', '2024-12-02', 'itemprop')],
    ['pubdate', meta('pubdate', '2024-12-02T03:31:00Z', 'name')],
    ['Detik publishdate', meta('publishdate', '2024/12/02 10:31:00', 'name')],
    ['date', meta('date', '2024-12-02', 'name')],
    ['DC.date.issued', meta('DC.date.issued', '2024-12-02', 'name')],
    ['dc.date', meta('dc.date', '2024-12-02', 'name')],
    ['sailthru.date', meta('sailthru.date', '2024-12-02 10:31:00', 'name')],
    ['parsely-pub-date', meta('parsely-pub-date', '2024-12-02T03:31:00Z', 'name')],
    ['Kompas content_PublishedDate', meta('content_PublishedDate', '2024-12-02 10:31:00', 'name')],
    ['RFC 2822 value', meta('pubdate', 'Mon, 02 Dec 2024 10:31:00 +0700', 'name')],
    ['basic ISO value', meta('publishdate', '20241202', 'name')],
  ])('%s', (_name, head) => {
    expect(detectArticleDate(page('', head))).toMatchObject({ date: '2024-12-02', source: 'meta' });
  });

  it('prefers article:published_time over later keys, whatever the order in the page', () => {
    const head =
      meta('date', '2024-12-05', 'name') + meta('article:published_time', '2024-12-02T10:31+07:00');
    expect(detectArticleDate(page('', head))?.date).toBe('2024-12-02');
  });

  it('skips a meta tag whose value is not a date', () => {
    const head = meta('article:published_time', 'kemarin') + meta('pubdate', '2024-12-02', 'name');
    expect(detectArticleDate(page('', head))?.date).toBe('2024-12-02');
  });
});

describe('detectArticleDate: microdata, <time> and written text', () => {
  it('reads microdata datePublished from content or datetime', () => {
    const body = '<article><span itemprop="datePublished" content="2024-12-02">2 Des</span></article>';
    expect(detectArticleDate(page(body))).toMatchObject({ date: '2024-12-02', source: 'microdata' });
    const time = '<article><time itemprop="datePublished" datetime="2024-12-03T08:00">x</time></article>';
    expect(detectArticleDate(page(time))).toMatchObject({ date: '2024-12-03', source: 'microdata' });
  });

  it('reads the <time datetime> of the article, preferring time[pubdate] and bylines', () => {
    const body =
      '<article><p>Lihat juga <time datetime="2024-11-20">20 Nov</time></p>' +
      '<div class="byline"><time datetime="2024-12-02T10:31:00+07:00">Senin</time></div>' +
      '<time pubdate datetime="2024-12-01">Minggu</time></article>';
    expect(detectArticleDate(page(body))).toMatchObject({ date: '2024-12-01', source: 'time' });
    const noPubdate = body.replace(' pubdate', '');
    expect(detectArticleDate(page(noPubdate))).toMatchObject({ date: '2024-12-02', source: 'time' });
  });

  it('prefers the article over other stories and site chrome', () => {
    const body =
      '<header><span class="date">Jumat, 27 November 2026</span></header>' +
      '<main><aside><article><time datetime="2024-11-01">1 Nov</time></article></aside>' +
      '<article><h1>Judul</h1><time datetime="2024-12-02">2 Des</time></article></main>';
    expect(detectArticleDate(page(body))?.date).toBe('2024-12-02');
  });

  it.each([
    ['Kompas', '<div class="read__time">Kompas.com - 02/12/2024, 10:31 WIB</div>', 'id', '2024-12-02'],
    ['Detik', '<div class="detail__date">Senin, 02 Des 2024 10:31 WIB</div>', 'id', '2024-12-02'],
    ['CNN Indonesia', '<div class="text-cnn_grey">Senin, 02 Des 2024 10:31 WIB</div>', 'id', '2024-12-02'],
    ['Tempo', '<p id="date">Senin, 2 Desember 2024 10:31 WIB</p>', 'id', '2024-12-02'],
    ['Antara', '<span class="article-date">Senin, 2 Desember 2024 10:31 WIB</span>', 'id', '2024-12-02'],
    ['Reuters', '<span class="date-line">December 9, 2024 8:15 AM GMT+7</span>', 'en', '2024-12-09'],
    ['BBC', '<div data-testid="timestamp" class="meta">9 December 2024</div>', 'en', '2024-12-09'],
    [
      'AP',
      '<div class="Page-dateModified">Updated 9:12 PM GMT+7, December 9, 2024</div>',
      'en',
      '2024-12-09',
    ],
    [
      'Al Jazeera',
      '<div class="article-dates"><span>Published On 9 Dec 2024</span></div>',
      'en',
      '2024-12-09',
    ],
    ['US numeric', '<p class="posted-on">Updated: 12/09/2024</p>', 'en', '2024-12-09'],
    ['Indonesian numeric', '<p class="posted-on">Diperbarui: 12/09/2024</p>', 'id', '2024-09-12'],
  ])('%s byline as text', (_outlet, byline, lang, date) => {
    const doc = page(`<article><h1>Judul</h1>${byline}<p>Isi berita.</p></article>`, '', lang);
    expect(detectArticleDate(doc)).toMatchObject({ date, source: 'text' });
  });

  it('falls back to a date written early in the article text', () => {
    const doc = page('<article><p>JAKARTA, Senin (2/12/2024) - Pasukan pemberontak...</p></article>');
    expect(detectArticleDate(doc)).toMatchObject({ date: '2024-12-02', source: 'text', raw: '2/12/2024' });
  });

  it('reads no further than the first ~2,000 characters of the article', () => {
    const filler = `<p>${'Isi berita yang panjang. '.repeat(120)}</p>`;
    const doc = page(`<article>${filler}<p>2 Desember 2024</p></article>`);
    expect(detectArticleDate(doc)).toBeUndefined();
  });

  it('never reads inputs, text areas or editable regions', () => {
    const body =
      '<article><input class="date" value="2 Desember 2024"><textarea class="date">2 Desember 2024</textarea>' +
      '<div contenteditable="true" class="byline">2 Desember 2024 <time datetime="2024-12-02">x</time></div>' +
      '<p>Tanpa tanggal.</p></article>';
    expect(detectArticleDate(page(body))).toBeUndefined();
  });

  it('returns undefined for a page without a date', () => {
    const doc = page('<article><h1>Profil</h1><p>Bashar al-Assad lahir di Damaskus.</p></article>');
    expect(detectArticleDate(doc)).toBeUndefined();
    expect(detectArticleDate(page(''))).toBeUndefined();
  });
});

describe('detectArticleDate: page language, bare pages and bounds', () => {
  const updated = '<article><p class="posted-on">Updated: 12/09/2024</p></article>';

  it('reads numeric dates by the declared language: html lang, else og:locale', () => {
    expect(detectArticleDate(page(updated, '', 'en'))?.date).toBe('2024-12-09');
    expect(detectArticleDate(page(updated, '', 'id'))?.date).toBe('2024-09-12');
    expect(detectArticleDate(page(updated, meta('og:locale', 'en_US'), ''))?.date).toBe('2024-12-09');
    expect(detectArticleDate(page(updated, meta('og:locale', 'id_ID'), ''))?.date).toBe('2024-09-12');
  });

  it('guesses the language from the article text when none is declared', () => {
    const english = '<p>The rebels said that the city was taken with little resistance from the army.</p>';
    const indonesian =
      '<p>Pasukan yang datang dari utara itu tidak akan mundur dan sudah menguasai kota ini.</p>';
    expect(detectArticleDate(page(updated.replace('</article>', `${english}</article>`), '', ''))?.date).toBe(
      '2024-12-09',
    );
    expect(
      detectArticleDate(page(updated.replace('</article>', `${indonesian}</article>`), '', ''))?.date,
    ).toBe('2024-09-12');
  });

  it('on a page without article or main, skips the banner, navigation and sidebars', () => {
    const body =
      '<header><div class="top-date">Jumat, 27 November 2026</div></header>' +
      '<nav><span class="date">26 November 2026</span></nav>' +
      '<div class="content"><h1>Judul</h1><div class="post-date">Senin, 2 Desember 2024 10:31 WIB</div></div>' +
      '<aside><span class="date">1 Desember 2024</span></aside>';
    expect(detectArticleDate(page(body))).toMatchObject({ date: '2024-12-02', source: 'text' });
  });

  it('reads a byline in a <header> that belongs to the article', () => {
    const body =
      '<article><header><span class="tanggal-meta">2 Desember 2024</span></header><p>Isi.</p></article>';
    expect(detectArticleDate(page(body))).toMatchObject({ date: '2024-12-02', source: 'text' });
  });

  it('keeps a <time> date as written, whatever its offset', () => {
    const doc = page('<article><time datetime="2024-12-02T23:59:00-05:00">x</time></article>');
    expect(detectArticleDate(doc)?.date).toBe('2024-12-02');
  });

  it('visits a bounded number of elements: a byline after thousands of them is not looked for', () => {
    const filler = '<p>Isi.</p>'.repeat(6000);
    expect(detectArticleDate(page(`<article>${filler}<p class="date">2 Desember 2024</p></article>`))).toBe(
      undefined,
    );
    expect(
      detectArticleDate(page(`<article><p class="date">2 Desember 2024</p>${filler}</article>`)),
    ).toMatchObject({ date: '2024-12-02' });
  });
});

describe('detectArticleDate: whole pages shaped like real outlets', () => {
  const related =
    '<aside class="related"><article><span itemprop="datePublished" content="2024-11-28"></span>' +
    '<time datetime="2024-11-28T08:00:00+07:00">Kamis</time><span class="date">28 Nov 2024</span></article></aside>';

  it('Detik-like: publishdate meta, with a banner date and related stories around', () => {
    const doc = page(
      '<header><div class="date">Jumat, 27 Nov 2026</div></header>' +
        '<main><article><h1>Pemberontak Suriah Kuasai Aleppo</h1>' +
        '<div class="detail__date">Senin, 02 Des 2024 10:31 WIB</div><p>Isi.</p></article>' +
        `${related}</main>`,
      meta('publishdate', '2024/12/02 10:31:00', 'name'),
    );
    expect(detectArticleDate(doc)).toEqual({
      date: '2024-12-02',
      source: 'meta',
      raw: '2024/12/02 10:31:00',
    });
  });

  it('CNN Indonesia-like: no machine dates, the byline text beats related stories and the banner', () => {
    const doc = page(
      `<header><div class="date">Jumat, 27 Nov 2026</div></header>${related}` +
        '<main><div class="content"><h1>Judul</h1>' +
        '<div class="text-cnn_grey text-sm">CNN Indonesia | Senin, 02 Des 2024 10:31 WIB</div>' +
        '<div class="detail-text"><p>Jakarta, CNN Indonesia -- Isi.</p></div></div></main>',
    );
    expect(detectArticleDate(doc)).toMatchObject({ date: '2024-12-02', source: 'text', raw: '02 Des 2024' });
  });

  it('skips a datePublished meta of a story in a sidebar', () => {
    const body =
      '<aside><div itemscope><meta itemprop="datePublished" content="2024-11-28"></div></aside>' +
      '<article><div itemscope><meta itemprop="datePublished" content="2024-12-02"></div></article>';
    expect(detectArticleDate(page(body))).toMatchObject({ date: '2024-12-02', source: 'meta' });
  });
});

describe('detectArticleDate: which source wins when they disagree', () => {
  const sources = {
    jsonLd: ld({ '@type': 'NewsArticle', datePublished: '2024-12-02T10:31:00+07:00' }),
    meta: meta('article:published_time', '2024-12-03T10:31:00+07:00'),
    microdataBody: '<span itemprop="datePublished" content="2024-12-04"></span>',
    time: '<time datetime="2024-12-05T10:31">5 Des</time>',
    text: '<p class="byline">Jumat, 6 Desember 2024 10:31 WIB</p>',
  };
  const body = (parts: string[]) => `<article>${parts.join('')}<p>Isi.</p></article>`;

  it('json-ld beats meta, microdata, <time> and text', () => {
    const doc = page(
      body([sources.microdataBody, sources.time, sources.text]),
      sources.jsonLd + sources.meta,
    );
    expect(detectArticleDate(doc)).toMatchObject({ date: '2024-12-02', source: 'json-ld' });
  });

  it('meta beats microdata, <time> and text', () => {
    const doc = page(body([sources.microdataBody, sources.time, sources.text]), sources.meta);
    expect(detectArticleDate(doc)).toMatchObject({ date: '2024-12-03', source: 'meta' });
  });

  it('microdata beats <time> and text', () => {
    const doc = page(body([sources.microdataBody, sources.time, sources.text]));
    expect(detectArticleDate(doc)).toMatchObject({ date: '2024-12-04', source: 'microdata' });
  });

  it('<time> beats written text', () => {
    const doc = page(body([sources.text, sources.time]));
    expect(detectArticleDate(doc)).toMatchObject({ date: '2024-12-05', source: 'time' });
  });

  it('a JSON-LD date beats a different <time> date (2024-12-02 over 2024-12-03)', () => {
    const doc = page(
      '<article><time datetime="2024-12-03T09:00:00+07:00">Selasa</time></article>',
      ld({ '@type': 'NewsArticle', datePublished: '2024-12-02T10:31:00+07:00' }),
    );
    expect(detectArticleDate(doc)).toMatchObject({ date: '2024-12-02', source: 'json-ld' });
  });
});

describe('parseMachineDate', () => {
  it.each([
    ['2024-12-02T01:31:00+07:00', '2024-12-02'],
    ['2024-12-02T23:59:00-05:00', '2024-12-02'],
    ['2024-12-02', '2024-12-02'],
    ['20241202T103100Z', '2024-12-02'],
    ['Mon, 02 Dec 2024 10:31:00 +0700', '2024-12-02'],
  ])('%s → %s', (value, date) => {
    expect(parseMachineDate(value)).toBe(date);
  });

  it.each([['2024-02-30'], ['1733110260'], ['20241332'], ['10:31'], ['']])('rejects %s', (value) => {
    expect(parseMachineDate(value)).toBeUndefined();
  });
});
