/**
 * Plan text goes into Markdown and Mermaid. Neither may let a vendor or task name break the
 * document: pipes, backticks, #, :, HTML (<script>) and line breaks are all neutralised.
 */

/** Text inside Markdown (paragraphs, list items, table cells). */
export function md(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([`*_[\]#~])/g, '\\$1')
    .replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
}

/**
 * Text for a Mermaid gantt task or section title. Mermaid gives `:` `;` `#` and `%%` meaning,
 * and renders HTML; those become look-alike or plain characters, so the text stays legible.
 */
export function mermaid(text: string | null | undefined): string {
  const clean = (text ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/:/g, '꞉')
    .replace(/;/g, ',')
    .replace(/#/g, 'No.')
    .replace(/%/g, ' pct')
    .replace(/[<>`"'\\{}[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > 0 ? clean.slice(0, 80) : 'untitled';
}
