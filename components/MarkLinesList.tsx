import type { Analysis } from '@/lib/analysis/types';
import { markCandidates } from '@/lib/panel/mark-candidates';
import { usePanel } from '@/lib/panel/use-panel';
import { strings } from '@/lib/panel/strings';
import { RevealButton } from '@/components/RevealButton';

/** The body's first and last lines not yet set aside, each with a button to mark it as the site's boilerplate. */
export function MarkLinesList({ analysis }: { analysis: Analysis }) {
  const judge = usePanel((s) => s.judgeLine);
  const busy = usePanel((s) => s.memoryBusy);
  const lines = markCandidates(analysis);
  if (!lines.length) return null;
  return (
    <div className="mark-lines">
      <h3 className="site-memory__title">{strings.markLinesTitle}</h3>
      <p className="site-memory__hint">{strings.markLinesHint}</p>
      <ul className="rows">
        {lines.map((line) => (
          <li key={line.start} className="row row--action">
            <RevealButton span={line}>
              <span className="row__main row__main--clamp">{line.text}</span>
            </RevealButton>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              aria-label={strings.markBoilerplateLabel(line.text)}
              onClick={() => void judge(line.text, true)}
            >
              {strings.markBoilerplate}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
