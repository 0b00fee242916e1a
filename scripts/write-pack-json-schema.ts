import { writeFileSync } from 'node:fs';
import { packJsonSchema } from '../src/kb/pack-json-schema.ts';

const target = new URL('../schemas/pack-v1.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
