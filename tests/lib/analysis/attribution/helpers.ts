import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';

/** Runs the engine over a headline plus paragraphs and returns quotes with speaker names. */
export function attribute(...paragraphs: string[]) {
  const text = ['Headline for a test story', ...paragraphs].join('\n\n');
  const article = articleFromPlainText(text);
  const result = findAttributions(article);
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const quotes = result.quotes.map((q) => ({
    text: q.text,
    type: q.type,
    speaker: q.speakerId ? (byId.get(q.speakerId)?.name ?? null) : null,
    cue: q.cue,
    confidence: q.confidence,
    start: q.start,
    end: q.end,
  }));
  return { text, quotes, entities: result.entities };
}

/** Each quote found in `sentence` as [its text, its speaker's name]. */
export const quotesAndSpeakers = (sentence: string) => attribute(sentence).quotes.map((q) => [q.text, q.speaker]);

/** The speaker named for the quote whose text contains `fragment`. */
export function speakerOf(result: ReturnType<typeof attribute>, fragment: string): string | null | undefined {
  return result.quotes.find((q) => q.text.includes(fragment))?.speaker;
}

/**
 * A finder of the speaker named for the quote holding `fragment` (undefined: no such quote, null: no
 * speaker), in paragraphs under `headline` of a page declared in `lang`.
 */
export function speakerFinder(headline: string) {
  return (lang: string, fragment: string, ...paragraphs: string[]): string | null | undefined => {
    const { quotes, nameOf } = attributeIn(headline, lang, paragraphs);
    const q = quotes.find((x) => x.text.includes(fragment));
    return q ? nameOf(q.speakerId) : undefined;
  };
}

/** A finder of the reported (indirect) quotes, as [text, speaker], in paragraphs under `headline` of a page declared in `lang`. */
export function indirectFinder(headline: string) {
  return (lang: string, ...paragraphs: string[]) => {
    const { quotes, nameOf } = attributeIn(headline, lang, paragraphs);
    return quotes.filter((q) => q.type === 'indirect').map((q) => [q.text, nameOf(q.speakerId)]);
  };
}

/** The engine's quotes for paragraphs under `headline` of a page declared in `lang`, and a speaker's name by id. */
function attributeIn(headline: string, lang: string, paragraphs: readonly string[]) {
  const article = { ...articleFromPlainText([headline, ...paragraphs].join('\n\n')), lang };
  const result = findAttributions(article);
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const nameOf = (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? null) : null);
  return { quotes: result.quotes, nameOf };
}
