import { screenSource } from './prefilter';
import { groupEnd, hasTopLevelBar } from './regex-source';

/**
 * "Does any of these phrases match the line?" for the phrase categories (70 phrases and more). V8 tries
 * every alternative of a regex at every position of the text, so one regex of all of them cost up to
 * 20 ns a character. The alternatives are regrouped so that few are tried at each position, with the
 * same answer (only whether some alternative matches is asked, so their order does not matter):
 * - those anchored at the start (`^…`) go in one regex, which V8 runs at the first position only;
 * - those opening on the same lookbehind (nearly every phrase opens on a word boundary, `(?<!…)`) share
 *   it, so they are tried only where it holds, and are grouped by first character
 *   ("p(?:rint edition|rinted …)|o(?:rder reprints|n page …)"): one comparison per first character
 *   rather than one per phrase passes a position over;
 * - the rest are screened as before (prefilter.ts).
 */
export function anyOf(sources: string[], flags: string): { test(text: string): boolean } {
  const anchored: string[] = [];
  const byLookbehind = new Map<string, string[]>();
  const rest: string[] = [];
  for (const source of sources) {
    const lookbehind = openingLookbehind(source);
    if (hasTopLevelBar(source)) rest.push(source);
    else if (source.startsWith('^')) anchored.push(source.slice(1));
    else if (lookbehind) addTo(byLookbehind, lookbehind, source.slice(lookbehind.length));
    else rest.push(source);
  }
  const regexes = [
    ...joined(anchored, flags, '^'),
    ...[...byLookbehind].flatMap(([lookbehind, alternatives]) => joined(byFirstChar(alternatives), flags, lookbehind)),
  ];
  const others = screenedAnyOf(rest, flags);
  return { test: (text) => regexes.some((re) => re.test(text)) || others.test(text) };
}

/**
 * Past about 20,000 characters of source V8 runs one regex tens of times slower (measured on the
 * subscription phrases, 8 ms → 400 ms a corpus): alternatives are joined into regexes of bounded size.
 */
const MAX_SOURCE = 8000;

/** `prefix(?:a|b|…)` regexes of bounded size holding every alternative. */
function joined(alternatives: string[], flags: string, prefix = ''): RegExp[] {
  const parts: RegExp[] = [];
  let group: string[] = [];
  let size = 0;
  const flush = () => parts.push(new RegExp(`${prefix}(?:${group.join('|')})`, flags));
  for (const s of alternatives) {
    const part = `(?:${s})`;
    if (size && size + part.length > MAX_SOURCE) {
      flush();
      group = [];
      size = 0;
    }
    group.push(part);
    size += part.length + 1;
  }
  if (group.length) flush();
  return parts;
}

/** The alternatives as groups by a shared first character: "ab", "ac", "d" → "a(?:(?:b)|(?:c))", "d". */
function byFirstChar(alternatives: string[]): string[] {
  const byFirst = new Map<string, string[]>();
  const out: string[] = [];
  for (const s of alternatives) {
    if (plainFirstChar(s)) addTo(byFirst, s[0], s.slice(1));
    else out.push(s);
  }
  for (const [first, rests] of byFirst) out.push(`${first}(?:${rests.map((r) => `(?:${r})`).join('|')})`);
  return out;
}

/** The source opens on a character that stands for itself, not quantified and not half a surrogate pair. */
function plainFirstChar(source: string): boolean {
  const c = source.charCodeAt(0);
  if (!source || (c >= 0xd800 && c <= 0xdfff) || '\\()[]{}.^$|?*+'.includes(source[0])) return false;
  return !'?*+{'.includes(source[1] ?? '');
}

/** The lookbehind group that opens `source` ("(?<!x)…"), or ''. */
function openingLookbehind(source: string): string {
  if (!source.startsWith('(?<!') && !source.startsWith('(?<=')) return '';
  return source.slice(0, groupEnd(source, 0));
}

/** Screened (see prefilter.ts), then exact: any of the alternatives. */
function screenedAnyOf(sources: string[], flags: string): { test(text: string): boolean } {
  if (!sources.length) return { test: () => false };
  const exact = joined(sources, flags);
  const loose = sources.map(screenSource);
  if (loose.every((s, i) => s === sources[i])) return { test: (text) => exact.some((re) => re.test(text)) };
  const screen = joined(loose, flags);
  return { test: (text) => screen.some((re) => re.test(text)) && exact.some((re) => re.test(text)) };
}

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
