import type { Analysis, Entity, Quote } from '@/lib/analysis/types';
import { speakerColorIndex } from '@/lib/speaker-colors';

/** Confidence below which the popup marks an attribution as uncertain. */
export const UNCERTAIN_BELOW = 0.5;

export interface SpeakerGroup {
  /** Null for quotes nobody could be found for. */
  speaker: Entity | null;
  quotes: Quote[];
  /** Index into SPEAKER_PALETTE, the same as on the page; null for unattributed quotes. */
  colorIndex: number | null;
}

/**
 * Quotes grouped by speaker, speakers in order of their first quote (the page's colour order),
 * unattributed quotes last. A speakerId with no matching entity counts as unattributed.
 */
export function groupBySpeaker(analysis: Analysis, colors: ReadonlyMap<string, number> = speakerColorIndex(analysis)): SpeakerGroup[] {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const groups = new Map<string, SpeakerGroup>();
  const orphans: Quote[] = [];
  for (const quote of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
    const speaker = quote.speakerId != null ? entities.get(quote.speakerId) : undefined;
    if (!speaker) {
      orphans.push(quote);
      continue;
    }
    const group = groups.get(speaker.id) ?? { speaker, quotes: [], colorIndex: colors.get(speaker.id) ?? null };
    group.quotes.push(quote);
    groups.set(speaker.id, group);
  }
  const result = [...groups.values()];
  if (orphans.length) result.push({ speaker: null, quotes: orphans, colorIndex: null });
  return result;
}

/** Officials: persons named with a title or role, in order of first mention. */
export function officialsOf(analysis: Analysis): Entity[] {
  return analysis.entities
    .filter((e) => e.type === 'person' && e.title)
    .sort((a, b) => firstMention(a) - firstMention(b));
}

function firstMention(entity: Entity): number {
  return entity.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
}

export interface SummaryCounts {
  quotes: number;
  speakers: number;
  officials: number;
  duplicates: number;
  boilerplate: number;
}

export function countsOf(analysis: Analysis): SummaryCounts {
  return {
    quotes: analysis.quotes.length,
    speakers: groupBySpeaker(analysis).filter((g) => g.speaker).length,
    officials: officialsOf(analysis).length,
    duplicates: analysis.duplicates.length,
    boilerplate: analysis.boilerplate.length,
  };
}
