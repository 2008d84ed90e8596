import type { CSSProperties } from 'react';
import type { Analysis } from '@/lib/analysis/types';
import { groupBySpeaker } from '@/lib/panel/summary';
import { strings } from '@/lib/panel/strings';
import { usePanel } from '@/lib/panel/use-panel';
import { SPEAKER_PALETTE, UNATTRIBUTED_COLOR } from '@/lib/speaker-colors';
import { CappedList } from '@/components/CappedList';

/** Which colour on the page belongs to whom: the same palette the page's highlights use. */
export function SpeakerLegend({ analysis }: { analysis: Analysis }) {
  const colors = usePanel((s) => s.colors);
  const groups = groupBySpeaker(analysis, colors);
  if (!groups.length) return null;
  return (
    <section className="legend" aria-label={strings.legendLabel}>
      <h2 className="legend__title">{strings.legendLabel}</h2>
      <CappedList
        items={groups}
        className="legend__list"
        render={(g) => {
          const color = g.colorIndex != null ? SPEAKER_PALETTE[g.colorIndex] : UNATTRIBUTED_COLOR;
          const style = { '--swatch': color.solid } as CSSProperties;
          return (
            <li key={g.speaker?.id ?? 'unattributed'} className="legend__item" style={style}>
              <span className={g.speaker ? 'legend__swatch' : 'legend__swatch legend__swatch--dashed'} aria-hidden="true" />
              <span className="legend__name">{g.speaker ? g.speaker.name : strings.legendUnattributed}</span>
            </li>
          );
        }}
      />
    </section>
  );
}
