import type { Analysis } from '@/lib/analysis/types';
import { officialsOf } from '@/lib/panel/summary';
import { strings } from '@/lib/panel/strings';
import { RevealButton } from '@/components/RevealButton';
import { Section } from '@/components/Section';
import { CappedList } from '@/components/CappedList';

/** Persons named with a title or role; clicking one shows their first mention on the page. */
export function OfficialsList({ analysis }: { analysis: Analysis }) {
  const officials = officialsOf(analysis);
  return (
    <Section title={strings.sections.officials} count={officials.length}>
      {officials.length ? (
        <CappedList
          items={officials}
          className="rows"
          render={(o) => {
            const body = (
              <>
                <span className="row__main">{o.name}</span>
                <span className="row__sub">{o.title}</span>
              </>
            );
            const first = [...o.mentions].sort((a, b) => a.start - b.start)[0];
            return (
              <li key={o.id} className="row">
                {first ? <RevealButton span={first}>{body}</RevealButton> : <div className="reveal">{body}</div>}
              </li>
            );
          }}
        />
      ) : (
        <p className="empty">{strings.empty.officials}</p>
      )}
    </Section>
  );
}
