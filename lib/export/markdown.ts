import type { ExportRow } from '@/lib/export/rows';

// Characters that start Markdown or HTML syntax anywhere in a line.
const INLINE_SPECIALS = /[\\`*_[\]<>|~#!{}()]/g;

/**
 * Page text as literal Markdown: syntax characters are backslash-escaped, line breaks become
 * spaces (a quote is one list item), and a leading list or heading marker cannot take effect.
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return flat.replace(INLINE_SPECIALS, '\\$&').replace(/^(\d+)\./, '$1\\.').replace(/^([-+=])/, '\\$1');
}

/** An http(s) URL as an autolink, percent-encoding what would end it; anything else as plain text. */
export function markdownUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeMarkdown(url);
  return `<${url.replace(/[<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}

export interface MarkdownLabels {
  quoteMarks: readonly [string, string];
  quoteType: Record<ExportRow['type'], string>;
  /** Heading of the list, e.g. "Who said what". */
  heading: string;
  empty: string;
}

/**
 * Who-said-what as Markdown for the clipboard: title, source and date, then the quotes grouped by
 * speaker in order of their first quote.
 */
export function toMarkdown(page: { url: string; title: string; date: string }, rows: readonly ExportRow[], labels: MarkdownLabels): string {
  const lines = [`# ${escapeMarkdown(page.title)}`, '', `${markdownUrl(page.url)} · ${page.date}`, '', `## ${escapeMarkdown(labels.heading)}`, ''];
  if (!rows.length) lines.push(escapeMarkdown(labels.empty), '');
  const groups = new Map<string, ExportRow[]>();
  for (const row of rows) {
    const key = `${row.speaker}\u0000${row.speakerTitle}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const group of groups.values()) {
    const { speaker, speakerTitle } = group[0];
    lines.push(`### ${escapeMarkdown(speaker)}${speakerTitle ? ` (${escapeMarkdown(speakerTitle)})` : ''}`, '');
    for (const row of group) {
      const [open, close] = row.type === 'indirect' ? ['', ''] : labels.quoteMarks;
      lines.push(`- ${open}${escapeMarkdown(row.quote)}${close} _${escapeMarkdown(labels.quoteType[row.type])}_`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
