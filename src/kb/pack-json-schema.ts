import { z } from 'zod';
import { Pack } from './pack-schema.ts';

/**
 * The pack format as JSON Schema, for pack authors and their editors. Generated from the zod
 * schema (the source of truth); checks zod does in code (http(s)-only links, unique ids,
 * citations that exist) are described in the README rather than expressible here.
 */
export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Pack, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://konteks.example/schemas/pack-v1.schema.json',
    title: 'Konteks knowledge pack, format v1',
  };
}
