import type { ArticleText, Entity, Quote, Span } from '../types';
import { lexiconFor, type LexiconData } from '../lexicon';
import { detectLanguage } from '../text/language';
import { prepareText, spanToOriginal, type PreparedText } from '../text/normalize';
import { type SentenceOptions, splitSentences } from '../text/sentences';
import { tokenize, type Token } from './tokens';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { splitAtIncises } from './incise';
import { findNameRuns, foldedName, mayPrecedeName, type NameRun } from './names';
import { shareCoordinatedSurnames } from './coordinated-names';
import { joinBracketedGivenNames } from './bracketed-given-names';
import { withoutOpeningCommonWords } from './opening-common-words';
import { retypeNeuterSpeakers } from './neuter-speakers';
import { EntityRegistry, type EntityRec } from './entities';
import { collectOrganisations, collectPeople } from './build-entities';
import { titleHeadingPeople } from './heading-holders';
import { titleAppointedPeople } from './appointed-titles';
import { titleGroupMembers } from './group-titles';
import { personsIntroducedByDemonstratives } from './demonstrative-introductions';
import { personsIntroducedIndefinitely } from './indefinite-introductions';
import { quotedChars, type Doc } from './doc';
import { findSourcePhrases } from './source-phrases';
import { attributeQuotes, type Found } from './attribute-quotes';
import { creditRepeatedQuotes } from './repeated-quotes';
import { findIndirect } from './indirect';
import { widenMixed } from './mixed-clauses';
import { widenBeforeReporter } from './clause-before-reporter';
import { withoutTitleComplements } from './title-complements';
import { signedPosts } from './signed-posts';
import { collectApposedOrganisations } from './apposed-organisation';
import { countPronounGenders } from './pronoun-genders';

/**
 * Quotes, their speakers and the people and organisations of an article. Pure and linear in the
 * length of the text; never throws (an internal failure yields what was found so far, or nothing).
 */
export function findAttributions(article: ArticleText): { entities: Entity[]; quotes: Quote[] } {
  try {
    return run(article);
  } catch {
    return { entities: [], quotes: [] };
  }
}

const strongForms = new WeakMap<LexiconData, Set<string>>();
/** Inflected forms of the strong speech verbs (built once per lexicon). */
function strongSpeechForms(lex: LexiconData): Set<string> {
  let set = strongForms.get(lex);
  if (!set) {
    set = new Set([...lex.speechForms].filter(([, l]) => !lex.weakVerbs.has(l)).map(([f]) => f));
    strongForms.set(lex, set);
  }
  return set;
}

function run(article: ArticleText): { entities: Entity[]; quotes: Quote[] } {
  if (!article.text) return { entities: [], quotes: [] };
  const { doc, prep, spans, sentences } = articleDoc(article);
  collectOrganisations(doc);
  collectApposedOrganisations(doc);
  collectPeople(doc);
  countPronounGenders(doc);
  personsIntroducedByDemonstratives(doc);
  personsIntroducedIndefinitely(doc);
  titleHeadingPeople(doc);
  titleAppointedPeople(doc);
  titleGroupMembers(doc);
  const found: Found[] = attributeQuotes(doc, spans, sentences);
  found.push(...signedPosts(doc, found));
  found.push(...findIndirect(doc, sentences, found));
  found.sort((a, b) => a.start - b.start);
  widenMixed(doc, found, sentences);
  widenBeforeReporter(doc, found, sentences);
  // quotations that repeat words quoted with their speaker elsewhere: echoes, then pull quotes
  creditRepeatedQuotes(doc, found);
  retypeNeuterSpeakers(doc, found);

  const used = new Set<EntityRec>();
  for (const f of found) if (f.ent) used.add(f.ent);
  const { list, idOf } = doc.reg.finish(used);
  for (const e of list) e.mentions = e.mentions.map((m) => spanToOriginal(prep, m.start, m.end));
  const quotes: Quote[] = [];
  for (let i = 0; i < found.length; i++) quotes.push(quoteOf(found[i], i, article.text, prep, idOf));
  return { entities: list, quotes };
}

/**
 * What every attribution step reads about an article: its prepared text, tokens, name runs, quotation
 * spans and sentences (exported so that tests can ask single steps about a real article).
 */
export function articleDoc(article: ArticleText): { doc: Doc; prep: PreparedText; spans: QuoteSpan[]; sentences: (Span & { block: number })[] } {
  const prep = prepareText(article.text);
  const text = prep.text;
  const lex = lexiconFor(detectLanguage(article.lang, text));
  const blocks = (article.blocks.length ? article.blocks : [{ start: 0, end: article.text.length, kind: 'paragraph' as const, linkChars: 0 }])
    .map((b) => ({ start: prep.fromOriginal(b.start), end: prep.fromOriginal(b.end), kind: b.kind as string }))
    .filter((b) => b.end > b.start);
  const tokens = tokenize(text, lex.elides);
  const runs = joinBracketedGivenNames(tokens, shareCoordinatedSurnames(tokens, withoutOpeningCommonWords(tokens, withoutTitleComplements(tokens, findNameRuns(tokens, lex, text), lex), lex, text), text, lex), text);
  const { runAt, fullNames } = indexRuns(text, tokens, runs, lex);
  // the incises of French and Spanish quotations split them («…, affirme-t-elle. …»)
  const spans = splitAtIncises({ text, tokens, lex, runs, runAt } as Doc, findQuoteSpans(text, blocks));
  const quoteSpans: Span[] = spans.map((q) => ({ start: q.outerStart, end: q.outerEnd }));
  const sentences = sentencesOf(text, blocks, quoteSpans, lex);
  const doc: Doc = {
    text,
    tokens,
    lex,
    runs,
    runAt,
    fullNames,
    reg: new EntityRegistry(),
    quoteSpans,
    quoted: quotedChars(text.length, quoteSpans),
    sourcePhrases: findSourcePhrases(tokens, lex),
    cueWords: null,
    blocks,
    sentences,
  };
  return { doc, prep, spans, sentences };
}

// The steps below are module-level functions rather than closures made per article, so that their
// optimised code outlives a garbage collection (a closure's is dropped with its last instance).

/** Token index -> name run index, and the multi-word runs by each of their words (for bare surnames). */
function indexRuns(text: string, tokens: readonly Token[], runs: readonly NameRun[], lex: LexiconData): { runAt: Int32Array; fullNames: Map<string, NameRun[]> } {
  const runAt = new Int32Array(tokens.length).fill(-1);
  const fullNames = new Map<string, NameRun[]>();
  // title-case headlines glue names to other words ("Obama Sees …"): no full names from them
  const sameLine = (a: number, b: number) => {
    const nl = text.indexOf('\n', a);
    return nl < 0 || nl >= b;
  };
  for (let ri = 0; ri < runs.length; ri++) {
    const r = runs[ri];
    for (let k = r.first; k <= r.last; k++) runAt[k] = ri;
    if (r.words.length < 2 || r.words.length > 4) continue;
    const before = r.first > 0 && sameLine(tokens[r.first - 1].end, tokens[r.first].start) ? tokens[r.first - 1] : undefined;
    const after = r.last + 1 < tokens.length && sameLine(tokens[r.last].end, tokens[r.last + 1].start) ? tokens[r.last + 1] : undefined;
    if ((before?.cap && before.isWord && !mayPrecedeName(lex, before.lower, after)) || (after?.cap && after.isWord)) continue;
    for (const w of r.words) {
      const key = foldedName(w);
      const list = fullNames.get(key) ?? [];
      list.push(r);
      fullNames.set(key, list);
    }
  }
  return { runAt, fullNames };
}

/** The sentences of every block, never cut inside a quotation. */
function sentencesOf(text: string, blocks: readonly { start: number; end: number }[], quoteSpans: readonly Span[], lex: LexiconData): (Span & { block: number })[] {
  // One options object of one shape for every block, its quotations set per block: a fresh spread
  // per block gave the splitter's reads of it several shapes (megamorphic property loads).
  const options: SentenceOptions = {
    abbreviations: lex.abbreviations,
    sentenceStarters: lex.nonNameCapitals,
    protectedSpans: [],
    speechWords: strongSpeechForms(lex),
    ordinalNouns: lex.ordinalNouns,
  };
  const sentences: (Span & { block: number })[] = [];
  let qi = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    while (qi < quoteSpans.length && quoteSpans[qi].end <= b.start) qi++;
    const prot: Span[] = [];
    for (let k = qi; k < quoteSpans.length && quoteSpans[k].start < b.end; k++) prot.push(quoteSpans[k]);
    options.protectedSpans = prot;
    for (const s of splitSentences(text, b.start, b.end, options)) sentences.push({ start: s.start, end: s.end, block: bi });
  }
  return sentences;
}

/** Found quotation i as the analysis reports it, its spans in the original text. */
function quoteOf(f: Found, i: number, original: string, prep: PreparedText, idOf: Map<EntityRec, string>): Quote {
  const span = spanToOriginal(prep, f.start, f.end);
  const m = f.mention ? spanToOriginal(prep, f.mention.start, f.mention.end) : null;
  return {
    id: `q${i + 1}`,
    text: original.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    type: f.type,
    speakerId: f.ent ? (idOf.get(f.ent) ?? null) : null,
    speakerMention: m ? { start: m.start, end: m.end, text: original.slice(m.start, m.end) } : null,
    cue: f.cue,
    confidence: f.confidence,
  };
}
