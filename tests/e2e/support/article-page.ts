import { expect, type Locator, type Page } from '@playwright/test';

/** Entities the seed article names, by the ids of the bundled seed pack (a public contract). */
export const REQUIRED_ENTITIES = [
  'syria',
  'bashar-al-assad',
  'aleppo',
  'hayat-tahrir-al-sham',
  'jabhat-al-nusra',
  'damascus',
  'iran',
  'abbas-araghchi',
  'minister-of-foreign-affairs-of-iran',
  'hama',
  'sana',
  'russia',
  'turkey',
  'united-states',
  'telegram',
  'syrian-civil-war',
  'syrian-arab-army',
  'inews',
];

/** Page object for an annotated article. */
export class ArticlePage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('[data-konteks-entity]').first()).toBeAttached({ timeout: 10_000 });
  }

  /** The focusable first part of an entity's first marked mention. */
  mention(entityId: string): Locator {
    return this.page.locator(`konteks-mention[data-konteks-entity="${entityId}"][tabindex="0"]`).first();
  }

  async entityIds(): Promise<string[]> {
    return this.page.$$eval('[data-konteks-entity]', (els) => [
      ...new Set(els.map((el) => el.getAttribute('data-konteks-entity') ?? '')),
    ]);
  }
}
