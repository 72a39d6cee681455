/**
 * Message templates: `{{name}}` shows a value as it is, and a format after a colon words it.
 *   {{cost:money}}          62445 → "62,445"
 *   {{share:percent}}       0.125 → "13%"     ({{share:percent1}} → "12.5%")
 *   {{cpi:ratio}}           0.8 → "0.80" (two decimals, as indices are quoted)
 *   {{facts:list}}          ['a', 'b', 'c'] → "a, b and c"   ({{facts:semilist}}: "a; b; and c")
 *   {{days:plural:day}}     3 → "3 days", 1 → "1 day"  ({{n:plural:entry/entries}} for irregular ones)
 * Data keeps numbers as numbers (the JSON output carries them); only the message is words.
 * A placeholder with no data is a bug in the rule: rendering throws, so the rule is reported as
 * crashed (and its tests fail) rather than printing "{{name}}" to a user.
 */
import { count, listOf, money, percent } from '../text.js';
import type { MessageValue } from './types.js';

const PLACEHOLDER = /\{\{\s*(\w+)\s*(?::\s*([\w:/-]+)\s*)?\}\}/g;

function show(value: MessageValue, format: string | undefined, name: string): string {
  if (format === undefined) return Array.isArray(value) ? listOf(value) : String(value);
  const [kind, arg] = format.split(':') as [string, string | undefined];
  if (kind === 'list' || kind === 'semilist') {
    const items = Array.isArray(value) ? value : [String(value)];
    return listOf(items, { separator: kind === 'semilist' ? ';' : ',' });
  }
  if (typeof value !== 'number')
    throw new Error(`message placeholder {{${name}:${format}}} needs a number, got ${JSON.stringify(value)}`);
  switch (kind) {
    case 'money':
      return money(value);
    case 'percent':
      return percent(value);
    case 'percent1':
      return percent(value, 1);
    case 'ratio':
      return value.toFixed(2);
    case 'plural':
      if (!arg) break;
      return count(value, ...(arg.split('/') as [string, string?]));
  }
  throw new Error(`unknown message format "${format}" in {{${name}:${format}}}`);
}

export function renderMessage(template: string, data: Readonly<Record<string, MessageValue>> = {}): string {
  return template.replace(PLACEHOLDER, (_whole, name: string, format: string | undefined) => {
    if (!Object.hasOwn(data, name)) throw new Error(`message placeholder {{${name}}} has no data`);
    return show(data[name]!, format, name);
  });
}

/** The placeholder names a template uses, for the catalogue's checks. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}
