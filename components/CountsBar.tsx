import type { Analysis } from '@/lib/analysis/types';
import { countsOf, type SummaryCounts } from '@/lib/panel/summary';
import { strings } from '@/lib/panel/strings';

const ORDER: (keyof SummaryCounts)[] = ['quotes', 'speakers', 'officials', 'duplicates', 'boilerplate'];

/** The headline numbers as chips. */
export function CountsBar({ analysis }: { analysis: Analysis }) {
  const counts = countsOf(analysis);
  return (
    <ul className="counts" aria-label={strings.countsLabel}>
      {ORDER.map((key) => (
        <li key={key} className={counts[key] ? 'chip' : 'chip chip--zero'} data-count={key}>
          {strings.counts[key](counts[key])}
        </li>
      ))}
    </ul>
  );
}
