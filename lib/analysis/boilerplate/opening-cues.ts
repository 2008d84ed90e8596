import { atomEnd, topLevelBranches } from './regex-source';

/**
 * The few strings one of which every match of a pattern opens on: "subscri(be|bers?)" → "subs";
 * "(have|got) a" → "have", "got "; "j[aá] [ée]" → "ja e", "ja é", "já e", "já é". Read from the
 * pattern's source, at most CUE_LENGTH characters each: where the source stops being plain text
 * (a quantifier, a class of many characters, an assertion), the strings stop too, which keeps them
 * true openings, only shorter. Null when the pattern can open on anything.
 */
export function openingCues(source: string): string[] | null {
  const strings = topLevelBranches(source).flatMap((branch) => openings(branch).strings);
  return strings.length <= MAX_CUES && strings.every((s) => s.length > 0) ? [...new Set(strings)] : null;
}

/** Longest cue: four characters already tell the phrases from most words of prose. */
export const CUE_LENGTH = 4;
/** Past this many cues for one pattern its openings are too varied to be worth listing. */
const MAX_CUES = 32;
/** Largest character class spelled out (`[0-9]`, `[aá]`; not `[a-z]`). */
const MAX_CLASS = 10;

interface Openings {
  strings: string[];
  /** The strings spell out the source to its end or to CUE_LENGTH: what follows it may be added. */
  whole: boolean;
}

function openings(source: string): Openings {
  let strings = [''];
  let i = 0;
  while (i < source.length) {
    if (strings.every((s) => s.length >= CUE_LENGTH)) return { strings: truncated(strings), whole: true };
    const end = atomEnd(source, i);
    const quantifier = source[end];
    const atom = atomOpenings(source.slice(i, end));
    // Counted or repeated any number of times (perhaps none): what follows may open right here.
    if (!atom || quantifier === '*' || quantifier === '{') return { strings: truncated(strings), whole: false };
    // Optional: the openings with it and without it.
    const options = quantifier === '?' ? [...atom.strings, ''] : atom.strings;
    const next = strings.flatMap((s) => options.map((a) => s + a));
    if (next.length > MAX_CUES) return { strings: truncated(strings), whole: false };
    strings = next;
    if (!atom.whole || quantifier === '+') return { strings: truncated(strings), whole: false };
    i = quantifier === '?' ? end + 1 : end;
  }
  return { strings: truncated(strings), whole: true };
}

const truncated = (strings: string[]) => [...new Set(strings.map((s) => s.slice(0, CUE_LENGTH)))];

/** The openings of one atom: a character, an escape, a class or a group; null for anything else. */
function atomOpenings(atom: string): Openings | null {
  const c = atom[0];
  if (atom.length === 1) return '.^$|()[]{}?*+'.includes(c) || isSurrogate(atom) ? null : { strings: [atom], whole: true };
  if (c === '\\') return escapeOpenings(atom[1]);
  if (c === '[') return classOpenings(atom.slice(1, -1));
  if (c === '(') return groupOpenings(atom);
  return null;
}

function escapeOpenings(e: string): Openings | null {
  if (e === 'd') return { strings: [...'0123456789'], whole: true };
  return /[.()[\]{}|?*+^$\\/-]/.test(e) ? { strings: [e], whole: true } : null;
}

/** Plain characters and short ranges only ("aá", "- ", "0-9"); no negation, no escapes. */
function classOpenings(body: string): Openings | null {
  if (!body || body[0] === '^' || body.includes('\\') || isSurrogate(body)) return null;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let code = body.charCodeAt(i); code <= body.charCodeAt(i + 2); code++) chars.push(String.fromCharCode(code));
      i += 2;
    } else chars.push(body[i]);
  }
  return chars.length <= MAX_CLASS ? { strings: chars, whole: true } : null;
}

/** A capturing or non-capturing group: the openings of each of its alternatives. */
function groupOpenings(group: string): Openings | null {
  let body = group.slice(1, -1);
  if (body.startsWith('?:')) body = body.slice(2);
  else if (body.startsWith('?')) return null; // lookaround or named group
  const strings: string[] = [];
  let whole = true;
  for (const branch of topLevelBranches(body)) {
    const o = openings(branch);
    strings.push(...o.strings);
    whole &&= o.whole;
  }
  return strings.length <= MAX_CUES ? { strings, whole } : null;
}

const isSurrogate = (s: string) => /[\ud800-\udfff]/.test(s);
