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
/** A date or time and nothing else ("10:48, Tue, Nov 19, 2019", "5:07 AM EDT"): a page's stamp, not speech. */
const STAMP_ONLY = /^(?:[\s\d:.,/|-]|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?|[ap]\.?m\b\.?|[a-z]{1,3}t\b|gmt|utc)*$/i;
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
  const rest = doc.text.slice(tokens[k].end, tokens[k].end + 80);
  const nl = rest.indexOf('\n');
  const line = nl < 0 ? rest : rest.slice(0, nl);
  if (/\d/.test(line) && STAMP_ONLY.test(line)) return null;
  const at = tokens[first].start;
  const lower = words.map((w) => w.toLowerCase());
  const ent = doc.reg.matchPerson(lower) ?? doc.reg.person(fullNameFor(doc, lower) ?? words.join(' '), at);
  return { ent, mention: { start: at, end: tokens[last].end }, textStart: tokens[k].end };
}
