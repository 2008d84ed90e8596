import type { Span } from '../types';
import type { Doc } from './doc';
import type { EntityRec } from './entities';
import { tokenAt } from './tokens';
import { fullNameFor } from './resolve';

/** A speaker label opening a transcript line ("WALLACE: …", "SEN. MARK HOLT: …"). */
export interface Label {
  ent: EntityRec;
  mention: Span;
  /** Offset just after the colon. */
  textStart: number;
}

/** Capitalised line labels that are not speakers ("UPDATE:", "EDITOR'S NOTE:", "WATCH:"). */
const NOT_SPEAKERS = new Set(['note', 'update', 'updated', 'editor', "editor's", 'editor’s', 'correction', 'watch', 'read', 'related', 'photo', 'video', 'advertisement', 'source', 'sources', 'more', 'also', 'see', 'listen', 'warning', 'breaking', 'live', 'transcript', 'clarification', 'disclaimer', 'opinion', 'analysis', 'sponsored', 'tags', 'share', 'ps', 'faq']);
const isCapsWord = (t: string) => t.length >= 2 && /^[\p{Lu}][\p{Lu}.'’-]*$/u.test(t);
const titleCase = (t: string) => t.charAt(0) + t.slice(1).toLowerCase();

/**
 * The label at `offset` (skipping an opening quotation mark): one to three words in capitals
 * followed by a colon. Interview transcripts name each speaker this way.
 */
export function transcriptLabel(doc: Doc, offset: number, limit: number): Label | null {
  const { tokens } = doc;
  let k = tokenAt(tokens, offset);
  if (k < tokens.length && !tokens[k].isWord && /^["“'‘]$/.test(tokens[k].text)) k++;
  const first = k;
  while (k < tokens.length && k - first < 4 && tokens[k].start < limit && (isCapsWord(tokens[k].text) || (tokens[k].text === '.' && k > first))) k++;
  const last = k - 1;
  if (last < first || tokens[k]?.text !== ':' || !tokens[last].isWord) return null;
  const words: string[] = [];
  for (let i = first; i <= last; i++) if (tokens[i].isWord && !doc.lex.titleHeads.has(tokens[i].lower) && !doc.lex.abbreviations.has(tokens[i].lower)) words.push(titleCase(tokens[i].text));
  if (!words.length || words.some((w) => NOT_SPEAKERS.has(w.toLowerCase()))) return null;
  const at = tokens[first].start;
  const lower = words.map((w) => w.toLowerCase());
  const ent = doc.reg.matchPerson(lower) ?? doc.reg.person(fullNameFor(doc, lower) ?? words.join(' '), at);
  return { ent, mention: { start: at, end: tokens[last].end }, textStart: tokens[k].end };
}
