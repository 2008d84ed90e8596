import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '@/lib/analysis/boilerplate/find-boilerplate';
import { creditTailStart } from '@/lib/analysis/boilerplate/credit';
import type { BlockKind } from '@/lib/analysis/types';
import { assembleArticle } from '@/lib/extract/assemble';

/** A body block: its text, and its kind when it is not a paragraph. */
type Spec = [text: string, kind?: BlockKind];

const PROSE: Spec[] = [
  ['The city council approved the new budget on Tuesday after a long debate about school funding and the cost of repairs to the old bridges, which engineers say cannot wait another winter.'],
  ['Members argued for hours over the size of the police force, and the mayor said the plan would keep taxes flat while hiring more teachers in the coming year across the district.'],
  ['The vote was seven to two, with both members from the east side voting against a plan they said left their schools waiting for another year of promises and temporary classrooms.'],
];

function flagged(specs: Spec[], siteName = 'The Ledger'): [string, string][] {
  const article = assembleArticle({
    title: 'Council passes budget', standfirst: null, byline: 'Jane Roe', siteName, lang: 'en',
    body: specs.map(([text, kind]) => ({ text, kind: kind ?? ('paragraph' as const), linkChars: 0 })),
  });
  return findBoilerplate(article).map((b) => [b.text, b.reason]);
}

describe('the "About us" box that closes a page', () => {
  const box: Spec[] = [
    ['Über das Presse- und Medienportal www.iwrpressedienst.de', 'heading'],
    ['Seit 1999 werden über das Presse- und Medienportal Pressemitteilungen von Firmen und Verbänden aus der Energiewirtschaft veröffentlicht.'],
    ['Die Nutzung der Original-Pressemitteilungen für redaktionelle Zwecke ist für Agenturen und Medien kostenfrei.'],
  ];

  it('takes the label and every line after it', () => {
    expect(flagged([...PROSE, ...box])).toEqual(box.map(([text]) => [text, 'author bio or contact']));
  });

  it.each([
    ['About Lumen Labs'],
    ['À propos de Lumen'],
  ])('knows the label "%s" (a name follows the word)', (label) => {
    expect(flagged([...PROSE, [label, 'heading'], box[1]]).map(([text]) => text)).toEqual([label, box[1][0]]);
  });

  it.each([
    // A topic in lower case is a section of the story.
    ['About the study'],
    ['Sobre la guerra'],
  ])('leaves a section headed "%s" alone', (label) => {
    expect(flagged([...PROSE, [label, 'heading'], box[1]])).toEqual([]);
  });

  it('leaves a label that more of the story follows alone', () => {
    expect(flagged([box[0], ...PROSE, ...PROSE, ...PROSE])).toEqual([]);
  });
});

describe('the site talking to its reader after the story', () => {
  const signUp: Spec = ['Sign up for our free newsletter for the latest coverage!'];

  it.each([
    ['Kennt ihr schon unseren Brandfinder? Ab sofort findet ihr mit unserem Brandfinder Fair Fashion Labels und nachhaltige Marken.'],
    ['Mit diesem Button kannst Du diese Podcast-Episode zu einer Kurationsliste hinzufügen. Dazu musst Du Dich einloggen:'],
    ['Wir tun jeden Tag, was wir lieben. Das kannst du auch! Über 20.000 Traumjobs warten in unserer Jobbörse.'],
  ])('after the page furniture: "%s"', (line) => {
    expect(flagged([...PROSE, signUp, [line]])).toEqual([
      [signUp[0], 'subscription prompt'],
      [line, 'subscription prompt'],
    ]);
  });

  it('leaves the story\'s own last words to the reader alone when no furniture stands before them', () => {
    expect(flagged([...PROSE, ['If you or someone you know needs help, the city runs a hotline every night of the week.']])).toEqual([]);
  });

  it.each([
    // "US" is not "us"; the German "sie" is she or they.
    ['US stock futures were trading slightly higher during Asian hours after small losses earlier.'],
    ['Im November begann sie als Referentin in der Intendanz und wurde später Juristische Direktorin.'],
  ])('does not hear the reader addressed in "%s"', (line) => {
    expect(flagged([...PROSE, signUp, [line]])).toEqual([[signUp[0], 'subscription prompt']]);
  });

  it('stops at an inline label: an advert line is no sign that the story ended', () => {
    const line = 'Working on your own bike can be rewarding, and these manuals can save you a small fortune.';
    expect(flagged([...PROSE, ['Advert'], [line], ...PROSE]).map(([text]) => text)).toEqual(['Advert']);
  });
});

describe('a picture legend set as a paragraph', () => {
  it.each([
    ['Maria Tillessen (l.) und Alexandra Sackmann von den Wirtschaftsweibern mit dem Künstler Gunter Demnig'],
    ['The mayor (centre) with members of the council after the vote on Tuesday'],
    ['Le maire (à droite) et ses adjoints devant la mairie'],
  ])('places people in the picture: "%s"', (line) => {
    expect(flagged([...PROSE.slice(0, 2), [line], PROSE[2]])).toEqual([[line, 'image caption']]);
  });

  it('leaves a long paragraph that mentions a side alone', () => {
    const long = `${PROSE[0][0]} ${PROSE[1][0]} The seat on the far side (left) stayed empty.`;
    expect(flagged([[long], ...PROSE])).toEqual([]);
  });
});

describe('credits and bios at the end of a line', () => {
  it.each([
    ['Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)', '(mlharing / iStock.com)'],
    ['Protesters gathered outside the court on Monday. (Jane Roe / Reuters)', '(Jane Roe / Reuters)'],
  ])('a name and an agency in parentheses: "%s"', (line, credit) => {
    expect(line.slice(creditTailStart(line))).toBe(credit);
  });

  it('keeps a parenthesis that is not a credit', () => {
    expect(creditTailStart('The vote was seven to two (five / seven members present).')).toBe(-1);
  });

  it('reads a long bio on the page\'s last line', () => {
    const bio =
      'Candice Sealey is the Founder and Principal Consultant at Ignite, a full-service marketing and PR consultancy that helps businesses and brands stand out and communicate the right message to the right people at the right time through strategy, marketing, media services and design solutions. She is also a freelance content writer, advertising copywriter, voiceover talent and media personality who lives in Kingstown with her family.';
    expect(flagged([...PROSE, [bio]])).toEqual([[bio, 'author bio or contact']]);
    // Inside the story the usual limit holds.
    expect(flagged([...PROSE, [bio], ...PROSE, ...PROSE, ...PROSE])).toEqual([]);
  });
});
