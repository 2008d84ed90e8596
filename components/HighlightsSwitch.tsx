import { usePanel } from '@/lib/panel/use-panel';
import { strings } from '@/lib/panel/strings';
import { MarkSwitches, type MarkSettings } from '@/components/MarkSwitches';

/** Turns the page's highlights on and off, and under it the duplicate and boilerplate marks; the choices are remembered for the next pages. */
export function HighlightsSwitch({ marks }: { marks?: MarkSettings } = {}) {
  const highlights = usePanel((s) => s.highlights);
  const busy = usePanel((s) => s.highlightsBusy);
  const setHighlights = usePanel((s) => s.setHighlights);
  const enabled = highlights?.enabled ?? false;
  return (
    <div className="switch-row">
      <button
        type="button"
        role="switch"
        className="switch"
        aria-checked={enabled}
        disabled={!highlights || busy}
        onClick={() => void setHighlights(!enabled)}
      >
        <span className="switch__label">{strings.highlights}</span>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
      </button>
      <MarkSwitches active={enabled} settings={marks} />
      {highlights && highlights.enabled && highlights.unanchored > 0 ? (
        <p className="switch-row__note">{strings.highlightsUnanchored(highlights.unanchored)}</p>
      ) : null}
    </div>
  );
}
