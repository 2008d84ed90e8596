import type { LineUnit } from './units';

const MIN_RUN = 4;

/** A menu line: a few words, no sentence punctuation, a list item or mostly link text. */
function menuLike(u: LineUnit): boolean {
  return u.words <= 3 && !/[.!?,;:]$/.test(u.text) && (u.kind === 'list-item' || u.linkDensity >= 0.5);
}

/** Indexes of lines inside runs of MIN_RUN or more menu-like lines: site menus that Readability kept. */
export function menuRuns(units: LineUnit[]): number[] {
  const out: number[] = [];
  let runStart = 0;
  for (let i = 0; i <= units.length; i++) {
    if (i < units.length && menuLike(units[i])) continue;
    if (i - runStart >= MIN_RUN) for (let j = runStart; j < i; j++) out.push(j);
    runStart = i + 1;
  }
  return out;
}
