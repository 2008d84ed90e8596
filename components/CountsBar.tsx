import type { Analysis } from '@/lib/analysis/types';
import { strings } from '@/lib/panel/strings';
import { chipClass, countChipsOf } from '@/lib/panel/summary-head';

/** The headline numbers as chips. */
export function CountsBar({ analysis }: { analysis: Analysis }) {
  return (
    <ul className="counts" aria-label={strings.countsLabel}>
      {countChipsOf(analysis).map((chip) => (
        <li key={chip.key} className={chipClass(chip)} data-count={chip.key}>
          {chip.label}
        </li>
      ))}
    </ul>
  );
}
