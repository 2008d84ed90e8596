import { classEnd, groupEnd } from './regex-source';

/**
 * Fast matching for the classifier's large patterns. Lookarounds with the long letter classes
 * (word boundaries, "after a full stop") are tried at every position of every line, which made them
 * the classifier's main cost. The same pattern without its lookarounds matches a superset of lines and
 * runs far faster, so it screens each line first; the exact pattern only runs where the screen
 * matched, and the answer is the exact pattern's own.
 */

/** Something with the `test` / `exec` of a RegExp. */
export interface Matcher {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * The pattern as a cheap screen: lookaround groups emptied, except a positive lookbehind that opens the
 * pattern, which becomes an ordinary group ("(?<=[.!?]\s*)Photo:" → "(?:[.!?]\s*)Photo:") so the
 * regex can skip ahead to its rare first characters. Wherever the source matches, the screen does too.
 */
export function screenSource(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end);
      i = end;
    } else if (c === '(' && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      const end = groupEnd(source, i);
      // An empty group keeps a following quantifier valid.
      out += i === 0 && source.startsWith('(?<=') ? `(?:${source.slice(4, end)}` : '(?:)';
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The regex behind a cheaper screen; same answers as `re` itself. `re` must not be global or sticky. */
export function screened(re: RegExp): Matcher {
  const loose = screenSource(re.source);
  if (loose === re.source) return re;
  const screen = new RegExp(loose, re.flags);
  return {
    test: (text) => screen.test(text) && re.test(text),
    exec: (text) => (screen.test(text) ? re.exec(text) : null),
  };
}
