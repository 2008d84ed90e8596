import type { QuoteType, Span } from '../types';
import { insideQuote, type Doc } from './doc';
import type { EntityRec } from './entities';
import { cueAfter, cueBefore, cueNextSentence, sentenceSubject, type CueHit } from './cues';
import type { QuoteSpan } from './quote-spans';
import { resolveNp } from './resolve';
import { subjectBeforeQuote } from './subject-before-quote';
import { headlineSpeaker } from './headline-speakers';
import { creditedNextSentence } from './credited-views';
import { impersonalCueAfter } from './impersonal-cues';
import { shareCueAlongChains } from './chained-quotes';
import { carryParticipleSubjects } from './participle-subjects';
import { subjectOfPartial } from './subject-of-partial';
import { opensWithPresentative } from './document-cues';
import { inReportedMood } from './reported-mood';
import { tokenAt } from './tokens';
import { transcriptLabel } from './transcript';
import { firstIndex } from '../text/first-index';
import { dashColonCredit } from './dash-colon-credits';

/**
 * '“…?” He Jianxiong, the former executive director for China at the fund, said': the name, one
 * apposition between commas, then the verb.
 */
function oneApposition(doc: Doc, hit: CueHit): boolean {
  const { tokens } = doc;
  if (!hit.np || doc.runAt[hit.np.last] < 0 || tokens[hit.np.last + 1]?.text !== ',' || tokens[hit.at - 1]?.text !== ',') return false;
  for (let k = hit.np.last + 2; k < hit.at - 1; k++) if (!tokens[k].isWord && !/^[-.’']$/.test(tokens[k].text)) return false;
  return hit.at - hit.np.first < 30;
}

/** A quote with its speaker, in prepared-text offsets. */
export interface Found extends Span {
  type: QuoteType;
  ent: EntityRec | null;
  mention: Span | null;
  cue: string | null;
  confidence: number;
  /** Token index of a speech verb before the quotation that introduces it ("said she “…”"). */
  cueAt?: number;
}

type Sentence = Span & { block: number };
/** The speaker of the last attributed quotation and its block. */
type Speaking = { ent: EntityRec | null; mention: Span | null; block: number };

const CONFIDENCE: Record<CueHit['where'], number> = { after: 0.92, before: 0.88, according: 0.9, subject: 0.8, passive: 0.85, next: 0.75 };
const VIA: Record<string, number> = { name: 1, organisation: 0.95, unnamed: 0.95, anaphor: 0.85, pronoun: 0.85 };
const PROSE = new Set(['paragraph', 'standfirst', 'blockquote', 'list-item', 'title', 'heading']);

function sentenceIndex(sentences: readonly Sentence[], offset: number): number {
  return Math.min(firstIndex(sentences.length, (i) => sentences[i].end > offset), sentences.length - 1);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** How many words `s` holds, counting no further than `limit` (quotations can be long). */
function wordsUpTo(s: string, limit: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < limit && WORD.exec(s)) n++;
  return n;
}
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'as', 'but', 'nor', 'vs']);

const TITLE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const TITLE_START = /^[\p{Lu}\p{N}]/u;

/** "Morning Joe", "Fox and Friends", "A Change Is Gonna Come": short and in title case. */
function isTitleOfWork(text: string): boolean {
  TITLE_WORD.lastIndex = 0;
  let n = 0;
  // stops at the first word that is not in title case, or at the eighth word
  for (let m = TITLE_WORD.exec(text); m; m = TITLE_WORD.exec(text)) {
    if (++n > 7) return false;
    if (!TITLE_START.test(m[0]) && !(n > 1 && MINOR.has(m[0]))) return false;
  }
  return n > 0;
}

/** Only white space and punctuation around the quotation in its block. */
function fillsBlock(text: string, block: { start: number; end: number }, q: QuoteSpan): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(block.start, q.outerStart)) && !/[\p{L}\p{N}]/u.test(text.slice(q.outerEnd, block.end));
}

interface Piece {
  q: QuoteSpan;
  hit: CueHit | null;
  sent: number;
  type: QuoteType;
}

/**
 * A quote-only paragraph after a paragraph that names one person (and not the last speaker) most
 * likely quotes that person ("But for Parata and his family …" then "“It’s very emotional …”").
 */
function personJustBefore(doc: Doc, block: number, lastSpeaker: EntityRec): EntityRec | null {
  let b = block - 1;
  while (b >= 0 && !/^(paragraph|blockquote|list-item)$/.test(doc.blocks[b].kind)) b--;
  if (b < 0) return null;
  const { start, end } = doc.blocks[b];
  if (insideQuote(doc, start) || doc.quoteSpans.some((q) => q.start >= start && q.start < end)) return null;
  const people = new Set<EntityRec>();
  for (const e of doc.reg.mentionedIn(start, end)) if (e.type === 'person') people.add(e);
  if (people.has(lastSpeaker) || people.size !== 1) return null;
  return [...people][0];
}

/** "…, Schiff said. “The other factor …”": the speaker of the sentence just before, same paragraph. */
function speakerOfSentenceBefore(doc: Doc, sentences: readonly Sentence[], si: number, block: number): { ent: EntityRec; mention: Span } | null {
  const prev = sentences[si - 1];
  if (!prev || prev.block !== block) return null;
  const { tokens } = doc;
  const ts = tokenAt(tokens, prev.start);
  const te = tokenAt(tokens, prev.end);
  for (let c = te - 2; c > ts && te - c < 12; c--) {
    if (tokens[c].text !== ',') continue;
    // a quotation before the cue is that speaker's too ('Obama “felt …” about it, Axelrod said.'); one
    // after it leaves the sentence alone
    if (doc.quoteSpans.some((q) => q.start >= tokens[c].start && q.start < prev.end)) return null;
    const hit = cueAfter(doc, c + 1, te);
    if (!hit?.np) continue;
    const r = resolveNp(doc, hit.np);
    return r?.ent ? { ent: r.ent, mention: r.mention } : null;
  }
  return null;
}

/** The last speaker, when the quotation's sentence goes on reporting them (this paragraph or the one before). */
function reportedSpeechGoesOn(doc: Doc, sentence: Sentence, block: number, last: Speaking | null): { ent: EntityRec; mention: Span | null } | null {
  if (!last?.ent || block - last.block > 1 || !inReportedMood(doc, sentence)) return null;
  return { ent: last.ent, mention: last.mention };
}

/**
 * "Auf weitere Nachfrage sagt Keuter, er könne sich … nicht erinnern. „Der … Schriftwechsel erscheint
 * mir nicht authentisch.“": a quotation that is a sentence of its own goes on from the sentence before
 * it in the paragraph when that sentence reports someone (a verb of saying and its subject anywhere in
 * it, or "laut X"); the speaker must be someone known, not a pronoun left unresolved.
 */
function reporterOfSentenceBefore(doc: Doc, sentences: readonly Sentence[], si: number, block: number, documents = false): { ent: EntityRec; mention: Span } | null {
  const prev = sentences[si - 1];
  // a quotation of the sentence before took its cue; a quoted name or word in it ("zu dem „Extrablatt“") did not
  if (!prev || prev.block !== block || doc.quoteSpans.some((q) => q.start >= prev.start && q.start < prev.end && !quotedWords(doc, q))) return null;
  const { tokens } = doc;
  const te = tokenAt(tokens, prev.end);
  const hit = cueBefore(doc, tokenAt(tokens, prev.start), te, te, te);
  if (!hit?.np) return null;
  const r = resolveNp(doc, hit.np, documents);
  if (!r?.ent || r.via === 'pronoun') return null;
  // a document is an entity only once it speaks: this mention makes it one
  if (documents) doc.reg.mention(r.ent, r.mention);
  return { ent: r.ent, mention: r.mention };
}

/** The reporter of the sentence before, when the quotation's sentence is in the mood of reported speech. */
function reportedBySentenceBefore(doc: Doc, sentences: readonly Sentence[], si: number, block: number): { ent: EntityRec; mention: Span } | null {
  return inReportedMood(doc, sentences[si]) ? reporterOfSentenceBefore(doc, sentences, si, block) : null;
}

/** Most words a quoted name or term has ("„Extrablatt“", "“capitales alternas”"). */
const QUOTED_WORDS = 2;

/** A quotation of a name or a term, not of speech. */
function quotedWords(doc: Doc, q: Span): boolean {
  return doc.text.slice(q.start, q.end).trim().split(/\s+/).length <= QUOTED_WORDS;
}

/** The reporter of the sentence before, when the quotation's sentence opens with a presentative ("Il s’agit de", "C’est"). */
function presentedBySentenceBefore(doc: Doc, sentences: readonly Sentence[], si: number, q: QuoteSpan): { ent: EntityRec; mention: Span } | null {
  const { tokens } = doc;
  if (!opensWithPresentative(doc, tokenAt(tokens, sentences[si].start), tokenAt(tokens, q.outerStart))) return null;
  return reporterOfSentenceBefore(doc, sentences, si, q.block, true);
}

/** Quotation i with the cue that introduces it, if any, and whether it opens its sentence (direct) or not (partial). */
function cuedPiece(doc: Doc, spans: readonly QuoteSpan[], sentences: readonly Sentence[], i: number): Piece {
  const { tokens } = doc;
  const q = spans[i];
  const si = sentenceIndex(sentences, q.outerStart);
  const s = sentences[si];
  const ts = tokenAt(tokens, s.start);
  const te = tokenAt(tokens, s.end);
  const qa = tokenAt(tokens, q.outerStart);
  const qb = tokenAt(tokens, q.outerEnd);
  const prev = spans[i - 1];
  const next = spans[i + 1];
  const lo = prev && prev.outerEnd > s.start ? Math.max(ts, tokenAt(tokens, prev.outerEnd)) : ts;
  const hi = next && next.outerStart < s.end ? Math.min(te, tokenAt(tokens, next.outerStart)) : te;
  let hit = cueAfter(doc, qb, hi) ?? dashColonCredit(doc, lo, qa) ?? cueBefore(doc, lo, qa, qb, hi) ?? impersonalCueAfter(doc, qb, hi);
  // 'Volker said he never used the term "three amigos" and added, "I …"': the verb's subject opens
  // the sentence, before the earlier quotation that bounded the search
  if (hit && !hit.np && hit.where === 'before' && lo > ts && /^(and|then|but)$/.test(tokens[hit.at - 1]?.lower ?? '')) {
    const subject = sentenceSubject(doc, ts, tokenAt(tokens, prev.outerStart));
    if (subject) hit = { ...hit, np: subject, where: 'subject' };
  }
  // "„…“, berichtet Mazzucotelli, fügt aber rasch hinzu: „…“": a verb with no subject of its own after a
  // comma goes on the clause before it, so the speaker of the cue that closed the earlier quotation speaks
  if (hit && !hit.np && hit.where === 'before' && lo > ts && tokens[hit.at - 1]?.text === ',') {
    const earlier = cueAfter(doc, lo, hit.at - 1);
    if (earlier?.np) hit = { ...hit, np: earlier.np, where: 'subject' };
  }
  if (!hit && sentences[si + 1] && (qb >= te - 1 || !next)) {
    const n = sentences[si + 1];
    hit = cueNextSentence(doc, tokenAt(tokens, n.start), tokenAt(tokens, n.end)) ?? creditedNextSentence(doc, tokenAt(tokens, n.start), tokenAt(tokens, n.end));
    // "“… its votes for Trump!” US Senator Jeff Sessions said as he …": a quotation ending in "!" or
    // "?" ends the sentence, and the next one opens with its speaker and the verb; so does one whose
    // inner quotation ends so ("“I heard him ask, ‘So he’s going to do it?’” Holmes testified."); but
    // only in its own paragraph: a new paragraph opening with a name and a verb ("Ginsburg said in an
    // interview …") reports something else
    if (!hit && n.block === s.block && qb >= te - 1 && /[!?]["”’'»›]?\s*$/.test(doc.text.slice(q.start, q.end))) {
      const after = cueAfter(doc, tokenAt(tokens, n.start), tokenAt(tokens, n.end));
      if (after?.np && after.where === 'after' && after.np.first === tokenAt(tokens, n.start) && (after.at - after.np.first < 12 || oneApposition(doc, after))) hit = after;
    }
  }
  if (!hit && qa <= ts + 1 && si > 0) {
    // a paragraph of quotation introduced by the sentence before it ("… he said:")
    const p = sentences[si - 1];
    const pe = tokenAt(tokens, p.end);
    if (tokens[pe - 1]?.text === ':') hit = cueBefore(doc, tokenAt(tokens, p.start), pe - 1, pe, pe);
  }
  const leading = qa === lo || qa === ts || tokens[qa - 1]?.text === ':' || (tokens[qa - 1]?.text === ',' && hit?.where === 'before' && hit.at === qa - 2);
  return { q, hit, sent: si, type: q.continues || leading ? 'direct' : 'partial' };
}

/** Speakers of the quotations found by their marks (direct and partial quotes). */
export function attributeQuotes(doc: Doc, spans: readonly QuoteSpan[], sentences: readonly Sentence[]): Found[] {
  const { tokens } = doc;
  if (!sentences.length) return [];
  // a module-level function, not a closure made per article: its optimised code outlives a garbage collection
  const pieces: Piece[] = [];
  for (let i = 0; i < spans.length; i++) pieces.push(cuedPiece(doc, spans, sentences, i));

  shareCueAlongChains(doc, pieces);
  carryParticipleSubjects(pieces);

  // a quote running over several paragraphs shares one cue
  for (let i = 1; i < pieces.length; i++) {
    if (!pieces[i].q.continues) continue;
    let j = i;
    while (j + 1 < pieces.length && pieces[j + 1].q.continues) j++;
    const group = pieces.slice(i - 1, j + 1);
    const hit = group.find((p) => p.hit)?.hit ?? null;
    for (const p of group) if (!p.hit) p.hit = hit;
    i = j;
  }

  const out: Found[] = [];
  let last: Speaking | null = null;
  const blockSpeaker = new Map<number, { ent: EntityRec; mention: Span | null }>();
  for (const p of pieces) {
    const text = doc.text.slice(p.q.start, p.q.end);
    const block = doc.blocks[p.q.block];
    // quoted term, scare quote or title of a work; but a short quotation standing as its own sentence
    // in a paragraph whose speaker is known continues that speaker ("…,” she said. “Neither do I.”)
    // a quotation introduced by a colon after a known person's clause is theirs, however short
    const introduced = p.hit ? null : (headlineSpeaker(doc, p.q) ?? subjectBeforeQuote(doc, sentences, p.sent, p.q));
    const colonSpeaker = introduced?.colon ? introduced : null;
    // "…, räumt Gutierrez ein. / Die ATU sei die »wichtigste Organisation«": reported speech goes on
    // "Éric Chauvier souligne … . Face à « … » serait-il à l’œuvre ?": or the reporter of the sentence before
    const reporting: { ent: EntityRec; mention: Span | null } | null = p.hit || colonSpeaker ? null : (reportedBySentenceBefore(doc, sentences, p.sent, p.q.block) ?? reportedSpeechGoesOn(doc, sentences[p.sent], p.q.block, last));
    // "Le projet de loi énonce les domaines … . Il s’agit notamment de « … »": a sentence without a
    // subject of its own goes on with the report before it, over the paragraph's last speaker
    const carried: { ent: EntityRec; mention: Span } | null = p.hit || colonSpeaker || reporting ? null : presentedBySentenceBefore(doc, sentences, p.sent, p.q);
    if (!p.hit && !colonSpeaker && !reporting && !carried && wordsUpTo(text, 5) <= 4 && !(blockSpeaker.has(p.q.block) && standsAlone(doc, sentences[p.sent], p.q))) continue;
    if (p.type === 'partial' && isTitleOfWork(text)) continue;
    // "‘Legend in the Coal Fields.’" alone in its paragraph, in title case and without a cue: a section heading
    if (!p.hit && wordsUpTo(text, 2) >= 2 && isTitleOfWork(text) && fillsBlock(doc.text, block, p.q)) continue;
    let ent: EntityRec | null = null;
    let mention: Span | null = null;
    let confidence = 0.3;
    let start = p.q.start;
    const label = transcriptLabel(doc, p.q.start, p.q.end);
    if (label) {
      ({ ent, mention } = label);
      confidence = 0.8;
      start = label.textStart;
      while (start < p.q.end && /\s/.test(doc.text[start])) start++;
      doc.reg.mention(ent, mention);
      doc.reg.speakers.add(ent);
    } else if (p.hit?.np) {
      const r = resolveNp(doc, p.hit.np, true);
      if (r) {
        ent = r.ent;
        mention = r.mention;
        confidence = CONFIDENCE[p.hit.where] * (VIA[r.via] ?? 0.8) * (ent ? 1 : 0.5);
        if (ent) {
          doc.reg.mention(ent, r.mention, r.via !== 'pronoun');
          doc.reg.speakers.add(ent);
        }
      }
    } else if (p.hit) {
      confidence = 0.6;
    } else {
      const same: { ent: EntityRec; mention: Span | null } | null | undefined = colonSpeaker || carried ? null : blockSpeaker.get(p.q.block);
      const quoteShare = (p.q.end - p.q.start) / Math.max(1, block.end - block.start);
      const told: { ent: EntityRec | null; mention: Span | null } | null = same ? null : (colonSpeaker ?? reporting ?? carried ?? speakerOfSentenceBefore(doc, sentences, p.sent, p.q.block) ?? introduced ?? (standsAlone(doc, sentences[p.sent], p.q) ? reporterOfSentenceBefore(doc, sentences, p.sent, p.q.block) : null));
      if (same) {
        ({ ent, mention } = same);
        // "He commanded the party to “do the right thing”": the paragraph's speaker, named in the
        // sentence by its own subject
        const own = p.type === 'partial' ? subjectOfPartial(doc, sentences[p.sent], p.q.outerStart, true) : null;
        if (own?.ent === same.ent) mention = own.mention;
        confidence = 0.6;
      } else if (told) {
        ({ ent, mention } = told);
        confidence = 0.6;
      } else if (last?.ent && quoteShare > 0.5 && p.q.block - last.block <= 4 && PROSE.has(block.kind)) {
        const named = personJustBefore(doc, p.q.block, last.ent);
        ent = named ?? last.ent;
        mention = named ? null : last.mention;
        confidence = 0.55;
      } else if (p.type === 'partial') {
        const subject = subjectOfPartial(doc, sentences[p.sent], p.q.outerStart);
        if (subject) {
          ({ ent, mention } = subject);
          confidence = 0.5;
          doc.reg.mention(subject.ent, subject.mention, subject.named);
          doc.reg.speakers.add(subject.ent);
        }
      }
    }
    if (ent) {
      blockSpeaker.set(p.q.block, { ent, mention });
      last = { ent, mention, block: p.q.block };
    }
    const cueAt = p.hit && (p.hit.where === 'before' || p.hit.where === 'subject') && p.hit.at < tokenAt(tokens, p.q.outerStart) ? p.hit.at : undefined;
    out.push({ start, end: p.q.end, type: p.type, ent, mention, cue: p.hit?.cue ?? null, confidence: +confidence.toFixed(2), cueAt });
  }
  out.push(...unmarkedBlocks(doc, sentences));
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * A paragraph introduced by "… added:" or a blockquote set off without quotation marks after such a
 * line: the whole block is the quotation ("The governor added:" / testimony, statements).
 */
/** Whether a quotation starts in [start, end) (spans sorted by start). */
function quoteStartsIn(spans: readonly Span[], start: number, end: number): boolean {
  const first = firstIndex(spans.length, (i) => spans[i].start >= start);
  return first < spans.length && spans[first].start < end;
}

function unmarkedBlocks(doc: Doc, sentences: readonly Sentence[]): Found[] {
  const { tokens, blocks, quoteSpans } = doc;
  const out: Found[] = [];
  let si = 0;
  for (let b = 1; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind !== 'paragraph' && block.kind !== 'blockquote') continue;
    if (insideQuote(doc, block.start) || quoteStartsIn(quoteSpans, block.start, block.end)) continue;
    const label = transcriptLabel(doc, block.start, block.end);
    if (label) {
      let start = label.textStart;
      while (start < block.end && /\s/.test(doc.text[start])) start++;
      if (start >= block.end) continue;
      doc.reg.mention(label.ent, label.mention);
      doc.reg.speakers.add(label.ent);
      out.push({ start, end: block.end, type: 'direct', ent: label.ent, mention: label.mention, cue: ':', confidence: 0.8 });
      continue;
    }
    const prev = blocks[b - 1];
    if (prev.kind !== 'paragraph' && prev.kind !== 'standfirst') continue;
    while (si < sentences.length && sentences[si].end <= prev.start) si++;
    let last = si;
    while (last + 1 < sentences.length && sentences[last + 1].end <= prev.end) last++;
    const s = sentences[last];
    if (!s || s.start < prev.start || s.end > prev.end) continue;
    const te = tokenAt(tokens, s.end);
    if (tokens[te - 1]?.text !== ':') continue;
    const hit = cueBefore(doc, tokenAt(tokens, s.start), te - 1, te, te);
    if (!hit?.np) continue;
    const r = resolveNp(doc, hit.np, true);
    if (!r?.ent) continue;
    doc.reg.mention(r.ent, r.mention, r.via !== 'pronoun');
    doc.reg.speakers.add(r.ent);
    out.push({ start: block.start, end: block.end, type: 'direct', ent: r.ent, mention: r.mention, cue: hit.cue, confidence: 0.7 });
  }
  return out;
}

/** The quotation is the whole sentence (marks and final punctuation aside). */
function standsAlone(doc: Doc, s: Sentence | undefined, q: QuoteSpan): boolean {
  if (!s) return false;
  const before = doc.text.slice(s.start, q.outerStart).trim();
  const after = doc.text.slice(q.outerEnd, s.end).trim();
  return before === '' && /^[.!?]?$/.test(after) && /[.!?]["”’'“»«‹›]?$/.test(doc.text.slice(q.start, q.outerEnd).trim());
}
