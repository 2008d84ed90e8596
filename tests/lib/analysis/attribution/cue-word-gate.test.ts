import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/lib/cli/parse-html';
import { extractArticle } from '@/lib/extract/extract-article';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { articleDoc, findAttributions } from '@/lib/analysis/attribution/find-attributions';
import { cueAfter, cueAfterAnyWords, cueBefore, cueBeforeAnyWords } from '@/lib/analysis/attribution/cues';
import { reported, reportedAnyWords } from '@/lib/analysis/attribution/reported';
import type { ArticleText } from '@/lib/analysis/types';

// `cueAfter` and `reported` skip stretches without a cue word (cue-words.ts). The skip must never
// change an answer: for every sentence, and from every token of it to the sentence's end (and a little
// past it), the gated finders answer exactly as the ungated ones.

/** Texts holding every kind of cue a speaker may be named by after a quotation or a clause. */
const TEXTS: [string, string][] = [
  ['en', [
    '“This is not the end,” said Ann Lee, who runs the shelter. “We will close the plant by June,” the letter reads.',
    'They get help from a mixture of “squatters, drifters and poets,” as Maria Espinosa put it, and students.',
    '“We will never give up on this city.” — Jorge Falcon',
    'Unemployment fell to 3.5 percent last month, according to the Labor Department, taking a step down.',
    'The difference, he told me on Friday, is small. “It works,” Bob Alverson, head of the association, said.',
    '“It is over,” Anne Richards, assistant secretary of state for population, refugees, and migration, said.',
    'Costs rose, the statement stated. “Enough,” panel Chairman Rep. Jason Chaffetz (R-Utah) said on Monday.',
    'She went on to say: “We are done.” The plan was described as “a disaster” by critics, who added, “It fails.”',
    'Said Ellis: “It is time.” Trump issued a statement saying “we won.”',
  ].join('\n\n')],
  ['fr', [
    'Le ministre Jean Martin était à Lyon.',
    '« Ce n’est pas la fin de notre combat », explique-t-il. « Nous tiendrons », a déclaré Marie Curie.',
    '« Ce n’est pas la fin », tente d’expliquer la ministre, selon Le Monde.',
    'Le projet de loi prévoit de contraindre les fournisseurs à « détecter les contenus illicites ».',
    'Explique Zineb : « Nous resterons ici. »',
  ].join('\n\n')],
  ['de', ['Der Verband tagte am Montag.', '„Wir haben bereits die Zusage der Stadt“, so Gutierrez.', '„Das reicht nicht“, sagte die Ministerin laut Bericht.', 'Dem Ministerium zufolge sei die Lage „ernst, aber beherrschbar“.', 'Dazu sagte Gutierrez: „Wir bleiben.“'].join('\n\n')],
  ['es', ['El ministro habló el lunes.', '“No soy el dueño del Gobierno”, dijo primero el secretario.', '“Es poco”, según fuentes oficiales.'].join('\n\n')],
];

function articles(): ArticleText[] {
  const seed = extractArticle(parseHtml(readFileSync('tests/fixtures/seed/article.html', 'utf8')).document);
  const plain = TEXTS.map(([lang, text]) => ({ ...articleFromPlainText(text), lang }));
  return seed ? [seed, ...plain] : plain;
}

describe('the cue-word gate never changes what the cue finder answers', () => {
  it.each(articles().map((a, i) => [i, a] as const))('article %i', (_i, article) => {
    const { doc } = articleDoc(article);
    let asked = 0;
    for (const s of doc.sentences) {
      const first = doc.tokens.findIndex((t) => t.start >= s.start);
      let end = first;
      while (end < doc.tokens.length && doc.tokens[end].start < s.end) end++;
      if (end - first >= 2) {
        expect(reported(doc, first, end, false)).toEqual(reportedAnyWords(doc, first, end, false));
        expect(reported(doc, first, end, true)).toEqual(reportedAnyWords(doc, first, end, true));
      }
      for (let from = first; from < end; from++) {
        for (const to of new Set([end, Math.min(end + 1, doc.tokens.length)])) {
          expect(cueAfter(doc, from, to)).toEqual(cueAfterAnyWords(doc, from, to));
          asked++;
        }
        // a quotation opening at `from`, its words running to the sentence's end
        if (from > first) expect(cueBefore(doc, first, from, from, end)).toEqual(cueBeforeAnyWords(doc, first, from, from, end));
      }
    }
    expect(asked).toBeGreaterThan(30);
  });
});

describe('the reporting patterns still find every verb of saying or asking, stepping from cue word to cue word', () => {
  it.each([
    ['Lee asked whether the new bridge would ever open to traffic.', 'whether the new bridge would ever open to traffic'],
    ['Residents of the town said that the new bridge would open in the spring.', 'that the new bridge would open in the spring'],
  ])('%s', (text, clause) => {
    const { quotes } = findAttributions({ ...articleFromPlainText(`Headline for a test story\n\n${text}`), lang: 'en' });
    expect(quotes.filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual([clause]);
  });
});
