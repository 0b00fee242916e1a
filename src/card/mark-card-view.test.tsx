import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ClaimCard, NoteCard } from '../claims/mark-card';
import { MarkCardView } from './MarkCardView';

const source = { id: 'claims-feed', name: { en: 'Test feed' } };

describe('MarkCardView', () => {
  it('shows a claim card: verdict as worded, the claim, who checked it and when, and the link', () => {
    const card = ClaimCard.parse({
      kind: 'claim',
      id: 'x',
      claimReviewed: 'Jembatan <b>runtuh</b> & hilang.',
      verdict: 'Salah',
      author: { name: 'Cek Fakta Contoh' },
      datePublished: '2024-12-02',
      url: 'https://cekfakta.example/a',
      source,
    });
    const html = renderToString(<MarkCardView card={card} lang="id" />);
    expect(html).toContain('Salah');
    expect(html).toContain('Diperiksa oleh Cek Fakta Contoh pada 2 Desember 2024');
    expect(html).toContain('href="https://cekfakta.example/a"');
    // Knowledge is text: markup in a claim is shown, never parsed.
    expect(html).toContain('Jembatan &lt;b>runtuh&lt;/b> &amp; hilang.');
    expect(html).not.toContain('<b>');
  });

  it('refuses a non-http link before it can reach a card', () => {
    expect(
      ClaimCard.safeParse({
        kind: 'claim',
        id: 'x',
        claimReviewed: 'c',
        verdict: 'v',
        author: { name: 'a' },
        url: 'javascript:alert(1)',
        source,
      }).success,
    ).toBe(false);
  });

  it('shows a context note with its sources and where it comes from', () => {
    const card = NoteCard.parse({
      kind: 'note',
      id: 'konteks-seed/since',
      phrase: 'sejak 10 tahun lalu',
      text: 'Dimulai Maret 2011.',
      sources: [
        {
          id: 'wp',
          title: 'Syrian civil war',
          url: 'https://en.wikipedia.org/wiki/Syrian_civil_war',
          publisher: 'Wikipedia',
        },
      ],
      source: { id: 'konteks-seed', name: { en: 'Konteks seed', id: 'Paket Konteks' } },
    });
    const html = renderToString(<MarkCardView card={card} lang="id" />);
    expect(html).toContain('Tentang “sejak 10 tahun lalu”');
    expect(html).toContain('Dimulai Maret 2011.');
    expect(html).toContain('href="https://en.wikipedia.org/wiki/Syrian_civil_war"');
    expect(html).toContain('Catatan Konteks, dari Paket Konteks');
  });
});
