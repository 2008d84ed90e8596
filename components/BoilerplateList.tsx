import type { Analysis } from '@/lib/analysis/types';
import { strings } from '@/lib/panel/strings';
import { RevealButton } from '@/components/RevealButton';
import { Section } from '@/components/Section';

/** Lines that are not reporting, each with the reason it was set aside. */
export function BoilerplateList({ analysis }: { analysis: Analysis }) {
  const lines = analysis.boilerplate;
  return (
    <Section title={strings.sections.boilerplate} count={lines.length} defaultOpen={false}>
      {lines.length ? (
        <ul className="rows">
          {lines.map((b) => (
            <li key={b.start} className="row">
              <RevealButton span={b}>
                <span className="row__main row__main--clamp">{b.text}</span>
                <span className="row__sub">{strings.boilerplateReason(b.reason)}</span>
              </RevealButton>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{strings.empty.boilerplate}</p>
      )}
    </Section>
  );
}
