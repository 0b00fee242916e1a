import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  looksLikeClaimReview,
  MAX_FEED_BYTES,
  parseClaimReviewText,
  parseClaimReviewValue,
} from './claim-review-parse';

const fixture = (name: string) => readFileSync(`tests/fixtures/claims/${name}`, 'utf8');

describe('parseClaimReviewText', () => {
  it('reads a DataFeed: items, string numbers, per-record and feed licenses, appearances of both shapes', () => {
    const result = parseClaimReviewText(fixture('feed.json'));
    if (!result.ok) throw new Error(result.error.message);
    const { records, skipped, name } = result.value;
    expect(skipped).toBe(0);
    expect(name).toBe('Contoh Cek Fakta (test feed)');
    expect(records).toHaveLength(3);
    const [bridge, bikes, fines] = records;
    expect(bridge).toMatchObject({
      verdict: 'Salah',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      author: { name: 'Cek Fakta Contoh', url: 'https://cekfakta.example/' },
      claimant: 'Akun media sosial (fiktif)',
      datePublished: '2024-12-02',
      language: 'id',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      appearances: [
        'https://www.inews.id/news/internasional/konteks-test-claim-page',
        'https://social.example/posts/12345',
      ],
    });
    expect(bikes).toMatchObject({
      verdict: 'Mostly false',
      ratingValue: 2,
      datePublished: '2024-12-01',
      language: 'en',
      license: 'https://creativecommons.org/licenses/by-nd/4.0/',
      appearances: ['https://blog.example/exampleton-sundays'],
    });
    // Two claims reviewed in one article keep distinct, stable ids.
    expect(fines?.url).toBe(bikes?.url);
    expect(fines?.id).not.toBe(bikes?.id);
    expect(parseClaimReviewText(fixture('feed.json'))).toEqual(result);
  });

  it('reads a single ClaimReview and an array of them', () => {
    const single = parseClaimReviewText(fixture('single.json'));
    expect(single.ok && single.value.records[0]?.appearances).toEqual(['https://social.example/posts/777']);
    const array = parseClaimReviewValue([JSON.parse(fixture('single.json'))]);
    expect(array.ok && array.value.records).toHaveLength(1);
  });

  it('imports the good records of a partly broken feed and names the first bad one', () => {
    const result = parseClaimReviewText(fixture('broken-some.json'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.records).toHaveLength(1);
    expect(result.value.skipped).toBe(2);
    expect(result.value.firstProblem?.path).toBe('[1].url');
    expect(result.value.firstProblem?.message).toMatch(/^\[1\]\.url: must be an http\(s\) URL/);
  });

  it('refuses a feed with no valid record, naming the record and the field', () => {
    const result = parseClaimReviewText(fixture('broken-all.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe('dataFeedElement[0].item[0].claimReviewed');
  });

  it('refuses what is not JSON, too large, empty, or not ClaimReview', () => {
    expect(parseClaimReviewText('{').ok).toBe(false);
    const big = parseClaimReviewText(' '.repeat(MAX_FEED_BYTES + 1));
    expect(!big.ok && big.error.code).toBe('too-large');
    expect(parseClaimReviewValue([]).ok).toBe(false);
    const other = parseClaimReviewValue({ '@type': 'NewsArticle', headline: 'x' });
    expect(!other.ok && other.error.message).toMatch(/@type: must be "ClaimReview"/);
  });

  it('drops non-http appearances and refuses a verdict-less or non-numeric rating', () => {
    const base = {
      '@type': 'ClaimReview',
      url: 'https://cekfakta.example/x',
      claimReviewed: 'Klaim uji.',
      reviewRating: { alternateName: 'Salah' },
    };
    const withBad = parseClaimReviewValue({
      ...base,
      itemReviewed: {
        appearance: ['javascript:alert(1)', { url: 'data:text/html,x' }, 'https://ok.example/a'],
      },
    });
    expect(withBad.ok && withBad.value.records[0]?.appearances).toEqual(['https://ok.example/a']);
    const rating = parseClaimReviewValue({
      ...base,
      reviewRating: { alternateName: 'x', ratingValue: 'five' },
    });
    expect(!rating.ok && rating.error.path).toBe('reviewRating.ratingValue');
    const date = parseClaimReviewValue({ ...base, datePublished: 'yesterday' });
    expect(!date.ok && date.error.path).toBe('datePublished');
  });

  it('survives deeply nested and hostile values without throwing', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = { item: deep };
    expect(parseClaimReviewValue({ '@type': 'DataFeed', dataFeedElement: [deep] }).ok).toBe(false);
    expect(parseClaimReviewValue({ '@type': 'ClaimReview', ...JSON.parse('{"__proto__":{"x":1}}') }).ok).toBe(
      false,
    );
    expect(parseClaimReviewValue(null).ok).toBe(false);
  });
});

describe('looksLikeClaimReview', () => {
  it('tells ClaimReview input from a Konteks pack', () => {
    expect(looksLikeClaimReview(JSON.parse(fixture('feed.json')))).toBe(true);
    expect(looksLikeClaimReview(JSON.parse(fixture('single.json')))).toBe(true);
    expect(looksLikeClaimReview(JSON.parse(fixture('broken-some.json')))).toBe(true);
    expect(looksLikeClaimReview({ format: 'konteks-pack', formatVersion: 1 })).toBe(false);
    expect(looksLikeClaimReview({ '@type': 'https://schema.org/ClaimReview' })).toBe(true);
  });
});
