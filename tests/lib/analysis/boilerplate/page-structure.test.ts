import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '@/lib/analysis/boilerplate/find-boilerplate';
import type { BlockKind } from '@/lib/analysis/types';
import { assembleArticle } from '@/lib/extract/assemble';

/** A block as the extraction gives it: its text, kind and how much of it is link text (0..1). */
type Spec = [text: string, kind?: BlockKind, linked?: number];

const PROSE: Spec[] = [
  ['The city council approved the new budget on Tuesday after a long debate about school funding and the cost of repairs to the old bridges, which engineers say cannot wait another winter.'],
  ['Members argued for hours over the size of the police force, and the mayor said the plan would keep taxes flat while hiring more teachers in the coming year across the district.'],
];

function article(specs: Spec[]) {
  return assembleArticle({
    title: 'Council passes budget',
    standfirst: null,
    byline: 'Jane Roe',
    siteName: 'The Ledger',
    lang: 'en',
    body: specs.map(([text, kind = 'paragraph', linked = 0]) => ({ text, kind, linkChars: Math.round(text.length * linked) })),
  });
}

const flagged = (specs: Spec[]) => {
  const found = findBoilerplate(article(specs));
  const lines = found.flatMap((b) => [b, ...(b.occurrences ?? []).slice(1)].map((s) => article(specs).text.slice(s.start, s.end)));
  return { found, lines };
};

describe('related-story lists opened by a label', () => {
  it.each([
    ['a "Trending" heading over linked list items', [['Trending', 'heading'], ["'Tarzan' actor's wife killed; son shot by deputies", 'list-item', 1], ['Airline went into records after Max crash, engineer says', 'list-item', 1]]],
    ['"More:" over linked headings', [['More:', 'heading'], ['The New Space Race', 'heading', 1], ["Spacewalking into 'her-story'", 'heading', 1]]],
    ['an all-caps label over mostly-linked promo lines', [["DON'T MISS"], ['China furious at Macron for protest jibe [INSIGHT]|', 'paragraph', 0.82], ['Hong Kong threatened with intervention [REACTION]', 'paragraph', 0.84]]],
    ['a label over one linked line', [['LIRE AUSSI SUR LE SITE'], ['>> Affaire Benalla : le scandale qui fait chanceler la Macronie', 'paragraph', 0.96]]],
  ] as [string, Spec[]][])('%s: the label and every item', (_what, section) => {
    const { lines, found } = flagged([...PROSE, ...section, ...PROSE]);
    expect(lines.sort()).toEqual(section.map(([text]) => text).sort());
    expect(new Set(found.map((b) => b.reason))).toEqual(new Set(['related-link list']));
  });

  it('takes in story cards (summary, "Par", date) under a label worded as related links', () => {
    const cards: Spec[] = [
      ['Articles liés', 'heading'],
      ['Un an à l’atelier Sciences Po, épisode 5', 'heading', 1],
      ['Intervenant à l’atelier, Philippe observe tout au long de l’année ses élèves et leurs premiers pas vers l’oral.', 'list-item'],
      ['Par', 'list-item'],
      ['Contre les E3C, les élèves gagnent une première bataille', 'heading', 1],
    ];
    expect(flagged([...PROSE, ...cards]).lines.sort()).toEqual(cards.map(([t]) => t).sort());
  });

  it('leaves a subheading over reporting alone, and a label followed by prose', () => {
    const story: Spec[] = [...PROSE, ['The vote', 'heading'], ...PROSE, ['Key figures:', 'paragraph'], ...PROSE];
    expect(flagged(story).lines).toEqual([]);
  });

  it('after a heading known only by its shape, stops at the first line that is not a link', () => {
    const { lines } = flagged([...PROSE, ['Elsewhere', 'heading'], ['Iowa man finds animal blood in basement', 'list-item', 1], ['A list item of the story itself, with no link at all in it.', 'list-item'], ...PROSE]);
    expect(lines.sort()).toEqual(['Elsewhere', 'Iowa man finds animal blood in basement']);
  });
});

describe('a boilerplate heading whose list closes the article', () => {
  it('makes the list boilerplate too', () => {
    const steps: Spec[] = [['On the toolbar, click Safari. Then, click Preferences.', 'list-item'], ['In the Preferences window, select General.', 'list-item']];
    const { lines } = flagged([...PROSE, ['Make Ledger my homepage', 'heading'], ...steps]);
    expect(lines.sort()).toEqual(['Make Ledger my homepage', ...steps.map(([t]) => t)].sort());
  });

  it('but not a list under a content heading, nor one followed by more story', () => {
    const list: Spec[] = [['Schools get 12 new teachers.', 'list-item'], ['Bridges get repaired.', 'list-item']];
    expect(flagged([...PROSE, ['What the budget pays for', 'heading'], ...list]).lines).toEqual([]);
  });
});

describe('page furniture', () => {
  it('flags a bare address above the first paragraph of prose, however long the menu before it', () => {
    const menu: Spec[] = Array.from({ length: 12 }, (_, i) => [`Section ${i}`, 'list-item', 1] as Spec);
    const url = 'https://www.example-ledger.com/news/article/council-passes-budget-14847854.php';
    expect(flagged([...menu, [url], ...PROSE, ...PROSE]).lines).toContain(url);
  });

  it('lists a credit printed twice in a row and once more further down as one line with every place', () => {
    const { found } = flagged([...PROSE, ['Photo: Meg Kinnard, AP', 'caption'], ['Photo: Meg Kinnard, AP'], ['Image 1 of / 5'], ['Close'], ['Image 1 of 5'], ['Photo: Meg Kinnard, AP', 'caption'], ...PROSE]);
    expect(found.map((b) => [b.text.split('\n')[0], b.reason, b.occurrences?.length ?? 1])).toEqual([
      ['Photo: Meg Kinnard, AP', 'photo/video credit', 2],
      ['Image 1 of / 5', 'navigation', 1],
      ['Close', 'navigation', 1],
      ['Image 1 of 5', 'navigation', 1],
    ]);
  });

  it('never calls a line that quotes someone a prompt, even near the end and with prompt words', () => {
    const quote = '“After two more years of this,” Doctor asks, “what kind of products are going to be left for subscribers to your paper?”';
    expect(flagged([...PROSE, ...PROSE, [quote]]).lines).toEqual([]);
  });
});

describe('image captions', () => {
  it('sets a picture legend apart as a caption, whatever it says, and keeps the credit its own reason', () => {
    const legend = 'Members of the council listen to the mayor during the budget debate on Tuesday evening.';
    const { found } = flagged([...PROSE, [legend, 'caption'], ['Jane Roe/Reuters', 'caption'], ...PROSE]);
    expect(found.map((b) => [b.text, b.reason])).toEqual([
      [legend, 'image caption'],
      ['Jane Roe/Reuters', 'photo/video credit'],
    ]);
  });

  it('keeps the captions of a page whose text is mostly captions (a gallery)', () => {
    const gallery: Spec[] = [
      ['1. A red jumper with a white collar, a black skirt and a wand make the witch of the season.', 'caption'],
      ['2. A bowler hat, false lashes and an all-white outfit are all you need for the antihero look.', 'caption'],
      ['3. Long hair or not, a braid of yellow wool and a purple dress turn anyone into the tower princess.', 'caption'],
    ];
    expect(flagged([PROSE[0], ...gallery]).found).toEqual([]);
  });

  it('leaves the same words alone as a paragraph of the story', () => {
    const sentence = 'Members of the council listen to the mayor during the budget debate on Tuesday evening.';
    expect(flagged([...PROSE, [sentence], ...PROSE]).found).toEqual([]);
  });
});

describe('legends set as paragraphs', () => {
  it.each([
    ['Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist klar ersichtlich.'],
    ['Fig. 2. Mean sea level at the harbour gauge since 1990.'],
    ['Gráfico: evolución del precio del gas en Europa.'],
  ])('a figure label opens a legend: %s', (line) => {
    expect(flagged([...PROSE, [line], ...PROSE]).found.map((b) => [b.text, b.reason])).toEqual([[line, 'image caption']]);
  });

  it('a short line that ends in a photo credit is a legend: one caption with its credit', () => {
    const line = 'Son tres los periodos de vacaciones durante el año escolar. Foto: Andina';
    expect(flagged([...PROSE, [line], ...PROSE]).found.map((b) => [b.text, b.reason])).toEqual([[line, 'image caption']]);
  });

  it('leaves prose that only mentions a figure', () => {
    const line = 'The figure: more than a million households lost power during the storm, the utility said on Monday.';
    expect(flagged([...PROSE, [line], ...PROSE]).found).toEqual([]);
  });
});

describe('byline, quoted titles and unlinked story cards', () => {
  it("takes the byline's name standing alone under the title as the byline", () => {
    // article() gives the byline "Jane Roe"
    const { found } = flagged([['Jane Roe', 'heading'], ...PROSE]);
    expect(found.map((b) => [b.text, b.reason])).toEqual([['Jane Roe', 'author bio or contact']]);
  });

  it("leaves a name that is not the byline's", () => {
    expect(flagged([['Mark Lavin', 'heading'], ...PROSE]).found).toEqual([]);
  });

  it('reads a short title in quotation marks as a title, not as speech', () => {
    const line = 'Verraten Sie gerne in den Kommentaren: Was bedeutet ein „Best of Houzz“-Award für Sie?';
    expect(flagged([...PROSE, [line]]).found.map((b) => b.reason)).toEqual(['comments widget']);
  });

  it('keeps a prompt-like line that quotes someone at length', () => {
    const line = '“Leave a comment if you want, nobody reads them anyway,” the mayor told the council.';
    expect(flagged([...PROSE, [line], ...PROSE]).found).toEqual([]);
  });

  it('takes in bare headlines under a label worded as related links', () => {
    const section: Spec[] = [
      ['Weitere Beiträge zum Thema', 'heading'],
      ['The Motor Chain: Respekt vor dem Klassiker', 'heading'],
      ['Bugatti: Erinnerung an den Sohn des Gründers', 'heading'],
    ];
    expect(flagged([...PROSE, ...section]).lines.sort()).toEqual(section.map(([t]) => t).sort());
  });
});

describe('a boilerplate line printed more than once', () => {
  it('is listed once, with the first copy’s reason, where its places gave the copies different reasons', () => {
    const specs: Spec[] = [
      ['via GIPHY'],
      ...PROSE,
      ['LIRE AUSSI SUR LE SITE'],
      ['>> Affaire Benalla : le scandale qui fait chanceler la Macronie', 'paragraph', 0.96],
      ['via GIPHY', 'paragraph', 1],
      ...PROSE,
    ];
    const giphy = flagged(specs).found.filter((b) => b.text === 'via GIPHY');
    expect(giphy).toHaveLength(1);
    expect(giphy[0].occurrences).toHaveLength(2);
  });
});
