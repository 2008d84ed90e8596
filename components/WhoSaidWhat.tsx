import type { CorrectedAnalysis } from '@/lib/corrections/apply-corrections';
import { groupBySpeaker } from '@/lib/panel/summary';
import { strings } from '@/lib/panel/strings';
import { usePanel } from '@/lib/panel/use-panel';
import { DismissedList } from '@/components/DismissedList';
import { Section } from '@/components/Section';
import { SpeakerCard } from '@/components/SpeakerCard';
import { CappedList } from '@/components/CappedList';

/** Quotes grouped by speaker, in the order the speakers first speak in the article. */
export function WhoSaidWhat({ corrected }: { corrected: CorrectedAnalysis }) {
  const colors = usePanel((s) => s.colors);
  const { analysis, dismissed } = corrected;
  const groups = groupBySpeaker(analysis, colors);
  return (
    <Section title={strings.sections.whoSaidWhat} count={analysis.quotes.length}>
      {groups.length ? (
        <CappedList
          items={groups}
          className="speakers"
          render={(g) => <SpeakerCard key={g.speaker?.id ?? 'unattributed'} group={g} corrected={corrected} />}
        />
      ) : (
        <p className="empty">{strings.empty.whoSaidWhat}</p>
      )}
      {dismissed.length ? <DismissedList quotes={dismissed} /> : null}
    </Section>
  );
}
