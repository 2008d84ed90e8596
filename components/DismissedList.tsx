import type { Quote } from '@/lib/analysis/types';
import { strings } from '@/lib/panel/strings';
import { usePanel } from '@/lib/panel/use-panel';
import { CappedList } from '@/components/CappedList';

/** Quotes the reader dismissed, each with a button to bring it back. */
export function DismissedList({ quotes }: { quotes: Quote[] }) {
  const undo = usePanel((s) => s.undoCorrection);
  return (
    <div className="dismissed">
      <h3 className="dismissed__title">{strings.dismissedTitle(quotes.length)}</h3>
      <CappedList
        items={quotes}
        className="rows"
        render={(q) => (
          <li key={q.id} className="row dismissed__row">
            <span className="dismissed__text">{q.text}</span>
            <button type="button" className="button button--small" aria-label={strings.restoreLabel(q.text)} onClick={() => void undo(q.id)}>
              {strings.restore}
            </button>
          </li>
        )}
      />
    </div>
  );
}
