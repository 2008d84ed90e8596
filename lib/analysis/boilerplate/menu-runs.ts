import type { LineUnit } from './units';

const MIN_RUN = 4;

/** A menu line: a few words, no sentence punctuation, mostly link text. */
function menuLike(u: LineUnit): boolean {
  return u.words <= 3 && !/[.!?,;:]$/.test(u.text) && u.linkDensity >= 0.5;
}

const linkOnly = (u: LineUnit) => u.linkDensity >= 0.9 && u.words <= 20 && !/[.!:]$/.test(u.text);

/** Indexes of lines inside runs of MIN_RUN or more menu-like lines: site menus that Readability kept. */
export function menuRuns(units: LineUnit[]): number[] {
  return runsOf(units, menuLike, MIN_RUN);
}

/** Indexes of lines in runs of two or more link-only lines: lists of teasers. */
export function linkRuns(units: LineUnit[]): Set<number> {
  return new Set(runsOf(units, linkOnly, 2));
}

function runsOf(units: LineUnit[], test: (u: LineUnit) => boolean, min: number): number[] {
  const out: number[] = [];
  let runStart = 0;
  for (let i = 0; i <= units.length; i++) {
    if (i < units.length && test(units[i])) continue;
    if (i - runStart >= min) for (let j = runStart; j < i; j++) out.push(j);
    runStart = i + 1;
  }
  return out;
}
