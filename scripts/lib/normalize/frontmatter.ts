/**
 * Writes the frontmatter as YAML. The values are the schema's: strings,
 * numbers, and lists and maps of them, so a small writer does; the general
 * `yaml` serializer took a quarter of the normalizer's time per report.
 *
 * Every string is written double-quoted in JSON's syntax, which YAML 1.1 and
 * 1.2 both read as a plain string: "2023-11-29" stays a date string and
 * "yes" stays text for Astro's YAML 1.1 parser, and no value can break out
 * of its line. Keys are the schema's ASCII names and stay bare.
 */
type Value = string | number | boolean | undefined | Value[] | { [key: string]: Value };

export function toYaml(data: Record<string, Value>): string {
  return writeMap(data, '');
}

/**
 * A double-quoted YAML string. JSON escapes quotes, backslashes and C0
 * controls; YAML also forbids raw C1 controls, BOM and non-characters, and
 * YAML 1.1 reads U+0085, U+2028 and U+2029 as line breaks: those are escaped too.
 */
function quote(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function writeMap(map: Record<string, Value>, indent: string): string {
  let out = '';
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    out += `${indent}${key}:${writeValue(value, indent)}`;
  }
  return out;
}

/** The text after "key:", through the end of the value's last line. */
function writeValue(value: Exclude<Value, undefined>, indent: string): string {
  if (typeof value === 'string') return ` ${quote(value)}\n`;
  if (typeof value === 'number' || typeof value === 'boolean') return ` ${String(value)}\n`;
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []\n';
    return `\n${value.map((item) => writeItem(item, `${indent}  `)).join('')}`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return ' {}\n';
  return `\n${writeMap(value, `${indent}  `)}`;
}

function writeItem(item: Value, indent: string): string {
  if (item === undefined) return '';
  if (typeof item === 'object' && !Array.isArray(item)) {
    // "- " opens the first key; the others align under it.
    const body = writeMap(item, `${indent}  `);
    return `${indent}- ${body.slice(indent.length + 2)}`;
  }
  if (Array.isArray(item)) throw new TypeError('lists of lists are not part of the report schema');
  return `${indent}-${writeValue(item, indent)}`;
}
