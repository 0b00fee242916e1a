import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from './pack-json-schema';

describe('schemas/pack-v1.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema:json` after changing it)', () => {
    const committed = readFileSync(new URL('../../schemas/pack-v1.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(committed)).toEqual(packJsonSchema());
  });

  it('describes the fields pack authors need', () => {
    const schema = packJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'id', 'name', 'version', 'license', 'entities']),
    );
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['citations', 'publisher', 'languages']),
    );
  });
});
