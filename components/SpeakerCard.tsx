import type { CSSProperties } from 'react';
import type { CorrectedAnalysis } from '@/lib/corrections/apply-corrections';
import type { SpeakerGroup } from '@/lib/panel/summary';
import { strings } from '@/lib/panel/strings';
import { SPEAKER_PALETTE, UNATTRIBUTED_COLOR } from '@/lib/speaker-colors';
import { Badge } from '@/components/Badge';
import { QuoteItem } from '@/components/QuoteItem';
import { CappedList } from '@/components/CappedList';

/** A speaker (name, title, kind) with their quotes, edged in the colour the page uses for them. */
export function SpeakerCard({ group, corrected }: { group: SpeakerGroup; corrected: CorrectedAnalysis }) {
  const { speaker, quotes, colorIndex } = group;
  const color = colorIndex != null ? SPEAKER_PALETTE[colorIndex].solid : UNATTRIBUTED_COLOR.solid;
  const style = { '--speaker-color': color } as CSSProperties;
  return (
    <li className={speaker ? 'speaker' : 'speaker speaker--unattributed'} style={style}>
      <div className="speaker__head">
        <span className="speaker__swatch" aria-hidden="true" />
        <span className="speaker__who">
          <span className="speaker__name">{speaker ? speaker.name : strings.unattributed}</span>
          {speaker ? <Badge tone={speaker.type}>{strings.entityType[speaker.type]}</Badge> : null}
        </span>
        <span className="speaker__count">{strings.quoteCount(quotes.length)}</span>
      </div>
      {speaker?.title ? <div className="speaker__title">{speaker.title}</div> : null}
      <CappedList
        items={quotes}
        className="quotes"
        aria-label={speaker ? speaker.name : strings.unattributed}
        render={(q) => <QuoteItem key={q.id} quote={q} entities={corrected.analysis.entities} corrected={corrected.reassigned.has(q.id)} />}
      />
    </li>
  );
}
