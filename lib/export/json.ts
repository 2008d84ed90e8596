import type { ExportRow } from '@/lib/export/rows';

export interface JsonExport {
  url: string;
  title: string;
  date: string;
  exportedAt: string;
  quotes: Omit<ExportRow, 'url' | 'title' | 'date'>[];
}

/** Who-said-what as JSON: page fields once, then one object per quote. */
export function toJsonExport(page: { url: string; title: string; date: string }, rows: readonly ExportRow[], now: Date): JsonExport {
  return {
    url: page.url,
    title: page.title,
    date: page.date,
    exportedAt: now.toISOString(),
    quotes: rows.map(({ url: _u, title: _t, date: _d, ...rest }) => rest),
  };
}

export function toJson(data: JsonExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
