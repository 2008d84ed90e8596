import type { Analysis } from '@/lib/analysis/types';
import { groupBySpeaker } from '@/lib/panel/summary';
import { strings } from '@/lib/panel/strings';
import { Section } from '@/components/Section';
import { SpeakerCard } from '@/components/SpeakerCard';

/** Quotes grouped by speaker, in the order the speakers first speak in the article. */
export function WhoSaidWhat({ analysis }: { analysis: Analysis }) {
  const groups = groupBySpeaker(analysis);
  return (
    <Section title={strings.sections.whoSaidWhat} count={analysis.quotes.length}>
      {groups.length ? (
        <ul className="speakers">
          {groups.map((g) => (
            <SpeakerCard key={g.speaker?.id ?? 'unattributed'} group={g} />
          ))}
        </ul>
      ) : (
        <p className="empty">{strings.empty.whoSaidWhat}</p>
      )}
    </Section>
  );
}
