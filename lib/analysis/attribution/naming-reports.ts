// What a speaker called something: "X described the plan as …", "X called the plan “a disaster”".
import { MIN_WORDS, quotationAfter, type Reported, words } from './clause-basics';
import { sentenceSubject } from './cues';
import { type Doc, insideQuote } from './doc';
import { npBackward } from './noun-phrase';

const FOR_REASON = new Set(['criticise', 'criticize', 'praise', 'hail', 'denounce', 'condemn', 'slam', 'blast']);

const NAMING = new Set(['describe', 'criticise', 'criticize', 'brand', 'label', 'dub', 'praise', 'hail', 'dismiss', 'denounce', 'condemn', 'slam', 'blast']);

/**
 * "X described the plan as …", "X dismissed the report as …": what the speaker said about something,
 * from the object to the end of the "as" phrase (the next comma or the sentence end).
 */
export function namingReport(doc: Doc, v: number, ts: number, te: number): Reported | null {
  const { tokens } = doc;
  const t = tokens[v];
  if (!t.isWord || t.cap || !t.lower.endsWith('ed')) return null;
  const lemma = doc.lex.speechForms.get(t.lower);
  if (!lemma || !NAMING.has(lemma) || /^(as|by)$/.test(tokens[v + 1]?.lower ?? '')) return null;
  const prev = tokens[v - 1].lower;
  if (/^(was|were|been|be|is|are|being)$/.test(prev)) return null;
  let e = v + 1;
  let as = -1;
  let forAt = -1;
  // punctuation inside a quotation ends the phrase only at the closing mark ("… as a “terrible situation,” but …")
  while (e < te && (!/^[,;.—–―]$/.test(tokens[e].text) || insideQuote(doc, tokens[e].start)) && e - v < 30) {
    if (/^[,;.]$/.test(tokens[e].text) && /^["”’']$/.test(tokens[e + 1]?.text ?? '') && !insideQuote(doc, tokens[e + 1].end)) {
      e += 2;
      break;
    }
    if (tokens[e].lower === 'as' && as < 0 && !/^(part|well|soon|much|long|far|if|though|it|he|she|they|we|result)$/.test(tokens[e + 1]?.lower ?? '') && tokens[e + 2]?.lower !== 'result') as = e;
    // "blasted the media for being “dishonest”": the reason given, when it quotes the speaker
    if (tokens[e].lower === 'for' && forAt < 0 && FOR_REASON.has(lemma)) forAt = e;
    e++;
  }
  if (as < 0 && forAt > v + 1 && forAt - v <= 12 && quotationAfter(doc, forAt, e)) as = forAt;
  if (as < 0 || as === v + 1 || as - v > 12 || words(doc, v + 1, e) < MIN_WORDS) return null;
  const np = npBackward(doc, v - 1, ts) ?? (prev === 'and' ? sentenceSubject(doc, ts, v) : null);
  return np ? { np, cue: `${t.text} ${tokens[as].lower}`, clause: [v + 1, e] } : null;
}

/** Ends in -s, -ed or -ing (tried at every word before a sentence's verb, so character tests). */
function endsLikeVerb(w: string): boolean {
  const n = w.length;
  const c = w.charCodeAt(n - 1);
  if (c === 115) return true;
  if (c === 100) return n >= 2 && w.charCodeAt(n - 2) === 101;
  return c === 103 && n >= 3 && w.charCodeAt(n - 2) === 110 && w.charCodeAt(n - 3) === 105;
}

const CALLING = new Set(['call', 'brand', 'dub', 'label', 'term']);

/**
 * "X called the plan “a disaster” for the town", "… issued a statement calling the test “a clear
 * violation” of …": the thing named and the quoted name given to it, to the end of the phrase.
 */
export function callingReport(doc: Doc, v: number, ts: number, te: number): Reported | null {
  const { tokens } = doc;
  const t = tokens[v];
  if (!t.isWord || t.cap || !endsLikeVerb(t.lower)) return null;
  const lemma = doc.lex.speechForms.get(t.lower);
  if (!lemma || !CALLING.has(lemma)) return null;
  const prev = tokens[v - 1].lower;
  // "was called", and "what he called …" (a noun phrase, not a report)
  if (/^(was|were|been|be|is|are|being|so|also)$/.test(prev) || tokens[v - 2]?.lower === 'what' || prev === 'what') return null;
  let q = v + 1;
  while (q < te && q - v <= 9 && (tokens[q].isWord || /^['’]s?$/.test(tokens[q].text)) && !doc.lex.speechForms.has(tokens[q].lower)) q++;
  if (q === v + 1 || q >= te || !insideQuote(doc, tokens[q].start) || /^(for|on|upon|off|up|out|in|to|by|as|back)$/.test(tokens[v + 1].lower)) return null;
  let e = q;
  while (e < te && e - v < 60) {
    const p = tokens[e].text;
    const outside = !insideQuote(doc, tokens[e].start);
    // a list of quoted names goes on ('a “liar,” a “bully” and a “cheat”'); "and" before a verb ends it
    if (p === ',' && outside && listGoesOn(doc, e + 1)) {
      e++;
      continue;
    }
    if (outside && tokens[e].lower === 'and' && /ed$/.test(tokens[e + 1]?.lower ?? '')) break;
    if (/^[,;.:—–―]$/.test(p) && outside) break;
    if (/^[,;.]$/.test(p) && /^["”’']$/.test(tokens[e + 1]?.text ?? '') && !insideQuote(doc, tokens[e + 1].end)) {
      if (p === ',' && listGoesOn(doc, e + 2)) {
        e += 2;
        continue;
      }
      e += 2;
      break;
    }
    e++;
  }
  if (words(doc, v + 1, e) < MIN_WORDS) return null;
  const np = t.lower.endsWith('ing') ? sentenceSubject(doc, ts, v) : npBackward(doc, v - 1, ts) ?? (prev === 'and' ? sentenceSubject(doc, ts, v) : null);
  return np ? { np, cue: t.text, clause: [v + 1, e] } : null;
}

/** After a comma: another quoted item of a list ("a “bully”", "“unstable”", "and a “cheat”"). */
function listGoesOn(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  let k = i;
  if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k++;
  if (/^(a|an|the)$/.test(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  return !!t && !t.isWord && insideQuote(doc, t.start) && /^["“‘']$/.test(t.text);
}
