// "He had worked for Vanguard … and was “a greatly respected and well liked colleague,” the statement
// added.", "Comey cannot say that “from his perspective,” Lewandowski added": a partial quotation
// closing the words that a reporter after it reports. The whole sentence before the reporter
// is what was said, the quotation a part of it (PolNeAR annotates it as one mixed quote).
import type { Span } from '../types';
import type { Found } from './attribute-quotes';
import { MIN_WORDS, words } from './clause-basics';
import { speechVerbIn } from './clause-starts';
import type { Doc } from './doc';
import { isEnglish } from '../lexicon';
import { tokenAt } from './tokens';

type Sentence = Span & { block: number };

/** Only the quotation's closing marks, a comma and an article between the quotation and its reporter. */
const QUOTE_TO_REPORTER = /^[\s,”"’']*(the\s+)?$/i;

/** Marks that set a quotation off from the words before it. */
const OWN_QUOTE_OPENERS = new Set(['—', '–', ':', '―', '-']);

/** Widens, in place, partial quotations that end the words their reporter after them reports. */
export function widenBeforeReporter(doc: Doc, found: Found[], sentences: readonly Sentence[]): void {
  const { tokens, text } = doc;
  if (!isEnglish(doc.lex)) return;
  let si = 0;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.type !== 'partial' || f.cueAt !== undefined || !f.ent || !f.mention || f.mention.start < f.end) continue;
    if (!QUOTE_TO_REPORTER.test(text.slice(f.end, f.mention.start))) continue;
    while (si < sentences.length && sentences[si].end <= f.start) si++;
    const s = sentences[si];
    if (!s || s.start > f.start || f.mention.end > s.end) continue;
    let cs = tokenAt(tokens, s.start);
    while (cs < tokens.length && !tokens[cs].isWord) cs++;
    const qt = tokenAt(tokens, f.start);
    // the words before the quotation make a clause of their own, and no quote found before it reaches into them
    if (words(doc, cs, qt) < MIN_WORDS || (i > 0 && found[i - 1].end > tokens[cs].start)) continue;
    // "Yet Sondland has amended his testimony once — “I now do recall,” he said": a quotation set off
    // by a dash or a colon is said on its own
    if (OWN_QUOTE_OPENERS.has(tokens[qt - 1]?.text ?? '') || OWN_QUOTE_OPENERS.has(tokens[qt - 2]?.text ?? '')) continue;
    // "To ease the danger, engineers said, the company fitted …": a verb of saying set off by a comma
    // reports the words before the quotation itself, so the quotation stays on its own
    if (speechVerbIn(doc, cs, qt)) continue;
    let end = f.end;
    while (end < f.mention.start && /[”"’']/.test(text[end])) end++;
    found[i] = { ...f, start: tokens[cs].start, end, type: 'indirect' };
  }
}
