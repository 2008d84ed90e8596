/**
 * A short made-up news page (ours, invented for this purpose) that the reader practises on once, when
 * it starts: parsing, Readability and every stage of the analysis run on it, so their code is
 * compiled and warm before the reader's first click instead of during it (issue 11). It has what the
 * analysis looks for (a titled official, quotes with said/added/told, a pronoun, a dateline, a
 * repeated sentence and a subscription line) so those paths are exercised, and enough paragraphs for
 * Readability to take it for an article.
 */
export const PRACTICE_PAGE_URL = 'https://quotelens.invalid/practice';

const paragraphs = [
  'RIVERTON — The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had run for more than two years.',
  '“This bridge carries half of our morning traffic, and it cannot wait another winter,” Mayor Helen Okafor said after the vote.',
  'Okafor added that work would begin in the spring. She said the cost would be shared with the regional transport agency.',
  'Council member Tom Reyes, who voted against the plan, told reporters that the budget was “far too optimistic” and asked for an independent review.',
  'A spokesperson for the transport agency said it had not yet seen the final figures, according to a statement released on Wednesday.',
  'Residents who spoke at the meeting were divided. “We have waited long enough,” said one shop owner, who asked not to be named.',
  'The council voted on Tuesday to rebuild the old harbour bridge.',
  'The agency’s director, Priya Nandakumar, said in an interview that the agency would “work with the city at every step.”',
  'Subscribe to our newsletter for the latest local news!',
];

export const PRACTICE_PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council votes to rebuild harbour bridge</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>Council votes to rebuild harbour bridge</h1><p class="byline">By Sam Lee</p>${paragraphs
  .map((p) => `<p>${p}</p>`)
  .join('')}</article></main><footer><p>© 2026 Riverton Daily. All rights reserved.</p></footer></body></html>`;
