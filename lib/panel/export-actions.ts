import type { Analysis } from '@/lib/analysis/types';
import { toCsv } from '@/lib/export/csv';
import { exportFileName } from '@/lib/export/file-name';
import { toJson, toJsonExport } from '@/lib/export/json';
import { toMarkdown } from '@/lib/export/markdown';
import { exportDate, exportRows } from '@/lib/export/rows';
import type { PanelDeps } from '@/lib/panel/deps';
import { strings } from '@/lib/panel/strings';

export type ExportFormat = 'markdown' | 'json' | 'csv';

/** Formats the (corrected) analysis and hands it to the clipboard or a download. */
export async function runExport(deps: Pick<PanelDeps, 'copyText' | 'download' | 'now'>, analysis: Analysis, format: ExportFormat): Promise<void> {
  const now = deps.now();
  const rows = exportRows(analysis, { now, unknownSpeaker: strings.unknownSpeaker });
  const page = { url: analysis.source, title: analysis.title || strings.untitled, date: exportDate(analysis, now) };
  switch (format) {
    case 'markdown':
      return deps.copyText(
        toMarkdown(page, rows, {
          quoteMarks: strings.quoteMarks,
          quoteType: strings.quoteType,
          heading: strings.sections.whoSaidWhat,
          empty: strings.empty.whoSaidWhat,
        }),
      );
    case 'json':
      return deps.download(exportFileName(page.title, page.date, 'json'), 'application/json', toJson(toJsonExport(page, rows, now)));
    case 'csv':
      // The byte order mark makes spreadsheet programs read the file as UTF-8.
      return deps.download(exportFileName(page.title, page.date, 'csv'), 'text/csv;charset=utf-8', `\uFEFF${toCsv(rows, strings.csvHeader)}`);
  }
}
