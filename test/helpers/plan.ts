/** Helpers to write plans inline in tests, with the line numbers a reader can count. */

/**
 * Strips the common indentation of a template literal, and its first and last blank lines,
 * so `plan` text in a test reads as the YAML file it stands for. Line 1 is the first line.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */)![0].length));
  return `${lines.map((l) => l.slice(indent)).join('\n')}\n`;
}
