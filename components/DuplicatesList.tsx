import type { Analysis } from '@/lib/analysis/types';
import { strings } from '@/lib/panel/strings';
import { RevealButton } from '@/components/RevealButton';
import { Section } from '@/components/Section';
import { CappedList } from '@/components/CappedList';

/** Sentences said more than once, each with a button per occurrence. */
export function DuplicatesList({ analysis }: { analysis: Analysis }) {
  const groups = analysis.duplicates;
  return (
    <Section title={strings.sections.duplicates} count={groups.length} defaultOpen={false}>
      {groups.length ? (
        <CappedList
          items={groups}
          className="rows"
          render={(g, i) => (
            <li key={`${i}-${g.occurrences[0]?.start ?? i}`} className="row duplicate">
              <div className="duplicate__head">
                <span className="chip chip--small" aria-label={strings.occurrencesLabel(g.count)}>
                  {strings.occurrences(g.count)}
                </span>
                {g.similarity < 1 ? <span className="row__sub">{strings.nearDuplicate}</span> : null}
              </div>
              <p className="duplicate__text">{g.text}</p>
              <CappedList
                items={g.occurrences}
                className="occurrences"
                aria-label={strings.occurrencesLabel(g.count)}
                render={(o, n) => (
                  <li key={o.start}>
                    <RevealButton span={o} className="occurrence">
                      {strings.occurrence(n + 1)}
                    </RevealButton>
                  </li>
                )}
              />
            </li>
          )}
        />
      ) : (
        <p className="empty">{strings.empty.duplicates}</p>
      )}
    </Section>
  );
}
