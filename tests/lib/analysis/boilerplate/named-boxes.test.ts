import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '@/lib/analysis/boilerplate/find-boilerplate';
import { assembleArticle } from '@/lib/extract/assemble';

/** A body block: its text and the box word the extraction found on its ancestors, if any. */
type Spec = [text: string, box?: string];

const PROSE: Spec[] = [
  ['The city council approved the new budget on Tuesday after a long debate about school funding and the cost of repairs to the old bridges, which engineers say cannot wait another winter.'],
  ['Members argued for hours over the size of the police force, and the mayor said the plan would keep taxes flat while hiring more teachers in the coming year across the district.'],
  ['The vote was seven to two, with both members from the east side voting against a plan they said left their schools waiting for another year of promises and temporary classrooms.'],
];

function flagged(specs: Spec[]): [string, string][] {
  const article = assembleArticle({
    title: 'Council passes budget', standfirst: null, byline: 'Jane Roe', siteName: 'The Ledger', lang: 'en',
    body: specs.map(([text, box]) => ({ text, kind: 'paragraph' as const, linkChars: 0, ...(box ? { box } : {}) })),
  });
  return findBoilerplate(article).map((b) => [b.text, b.reason]);
}

describe('lines in a box the page names as boilerplate', () => {
  it.each([
    // Text the rules cannot tell from prose, set apart only by the page's class names (corpus pages).
    ['author', 'Scholarch der Cogneon Akademie. Von der Ausbildung Dipl.-Ing. Elektrotechnik, ich brenne für lernende Organisationen.', 'author bio or contact'],
    ['newsletter', 'News, Tipps und Trends... wir haben viele spannende Themen für dich!', 'subscription prompt'],
    ['affiliate', 'Unsere unabhängigen Experten untersuchen regelmäßig Produkte und Dienstleister.', 'advertisement label'],
    ['cta', 'In unserem Seminar „Augmented Reality“ erarbeiten Sie eigene Einsatzszenarien für die Anwendung von AR.', 'advertisement label'],
  ])('a line in a "%s" box', (box, line, reason) => {
    expect(flagged([...PROSE, [line, box], ...PROSE])).toEqual([[line, reason]]);
  });

  it('ignores box words that also name the story itself ("teaser" is a German lead)', () => {
    expect(flagged([['Die Stadt hat am Dienstag den neuen Haushalt beschlossen.', 'teaser'], ...PROSE])).toEqual([]);
  });

  it('takes a box that holds most of the page for the article itself', () => {
    expect(flagged(PROSE.map(([text]) => [text, 'author'] as Spec))).toEqual([]);
  });
});
