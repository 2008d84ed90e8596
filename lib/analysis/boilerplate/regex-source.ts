/** Reading regex sources: where their classes, groups and top-level alternatives end. */

/** Index just past the character class opening at `start`. */
export function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === ']') i++;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Index just past the group opening at `start`. */
export function groupEnd(source: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === '[') i = classEnd(source, i);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i + 1;
      i++;
    }
  }
  return i;
}

/** Index just past the atom at `i`: an escape, a class, a group or one character. */
export function atomEnd(source: string, i: number): number {
  const c = source[i];
  if (c === '\\') return i + 2;
  if (c === '[') return classEnd(source, i);
  if (c === '(') return groupEnd(source, i);
  return i + 1;
}

/** The source's top-level alternatives: "a|(b|c)" → "a", "(b|c)". */
export function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i = atomEnd(source, i)) {
    if (source[i] !== '|') continue;
    branches.push(source.slice(start, i));
    start = i + 1;
  }
  branches.push(source.slice(start));
  return branches;
}

/** The source is itself an alternation ("a|b"), which nothing put before or after it may split. */
export const hasTopLevelBar = (source: string) => topLevelBranches(source).length > 1;
