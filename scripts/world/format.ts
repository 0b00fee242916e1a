/**
 * The world pack's canonical text: indented like the seed pack, except that an object or array
 * holding only plain values (an alias, a name map, a list of source ids) sits on one line. With
 * thousands of aliases this keeps the file about half the size of fully indented JSON while
 * leaving diffs one alias per line.
 */
export function formatPackText(value: unknown): string {
  return `${render(value, '')}\n`;
}

const isPlain = (value: unknown) => value === null || typeof value !== 'object';

function render(value: unknown, indent: string): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) return JSON.stringify(value);
    return `[\n${value.map((item) => inner + render(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  if (entries.every(([, v]) => isPlain(v))) return JSON.stringify(Object.fromEntries(entries));
  const lines = entries.map(([key, v]) => `${inner}${JSON.stringify(key)}: ${render(v, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
