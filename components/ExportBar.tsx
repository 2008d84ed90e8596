import { usePanel } from '@/lib/panel/use-panel';
import { strings } from '@/lib/panel/strings';
import type { ExportFormat } from '@/lib/panel/export-actions';

const FORMATS: ExportFormat[] = ['markdown', 'json', 'csv'];

/** Copy who-said-what as Markdown or save it as JSON or CSV, corrections included. */
export function ExportBar() {
  const exportAs = usePanel((s) => s.exportAs);
  return (
    <section className="export" aria-label={strings.exportLabel}>
      <h2 className="export__title">{strings.exportLabel}</h2>
      <div className="export__buttons">
        {FORMATS.map((format) => (
          <button key={format} type="button" className="button" data-export={format} onClick={() => void exportAs(format)}>
            {strings.exportActions[format]}
          </button>
        ))}
      </div>
    </section>
  );
}
