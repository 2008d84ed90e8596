import type { Analysis, Entity, Quote } from '@/lib/analysis/types';

// A made-up local news story, written for these tests; offsets are computed, never typed in.
const TITLE = 'Harbour council approves a winter ferry timetable';
const PARAGRAPHS = [
  TITLE,
  'Harbour Mayor Elena Varga said the new timetable "keeps the island connected all winter" and promised a review in March.',
  '"We listened to every complaint," Varga added. "Nobody should wait two hours for a boat."',
  'The Port Authority said in a statement that crews were "ready for the change."',
  'Transport Minister Tomas Okafor told reporters the ministry would pay for one extra crossing.',
  'A resident who asked not to be named said the early boat was "the only one that matters."',
  'Some call it "a half measure."',
  'Subscribe to our newsletter for daily harbour news.',
  'Ferries will run every ninety minutes.',
  'Ferries will run every ninety minutes.',
];
const TEXT = PARAGRAPHS.join('\n\n');

function span(needle: string, from = 0) {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`sample text lacks: ${needle}`);
  return { start, end: start + needle.length };
}

function quote(id: string, words: string, type: Quote['type'], speakerId: string | null, cue: string | null, confidence: number): Quote {
  return { id, text: words, ...span(words), type, speakerId, speakerMention: null, cue, confidence };
}

const entities: Entity[] = [
  { id: 'e1', name: 'Elena Varga', type: 'person', title: 'Harbour Mayor', mentions: [span('Elena Varga'), span('Varga added')] },
  { id: 'e2', name: 'The Port Authority', type: 'organization', title: null, mentions: [span('The Port Authority')] },
  { id: 'e3', name: 'Tomas Okafor', type: 'person', title: 'Transport Minister', mentions: [span('Tomas Okafor')] },
  { id: 'e4', name: 'a resident', type: 'unnamed', title: null, mentions: [span('A resident')] },
];

const quotes: Quote[] = [
  quote('q1', 'keeps the island connected all winter', 'partial', 'e1', 'said', 0.9),
  quote('q2', 'We listened to every complaint,', 'direct', 'e1', 'added', 0.95),
  quote('q3', 'Nobody should wait two hours for a boat.', 'direct', 'e1', 'added', 0.85),
  quote('q4', 'ready for the change.', 'partial', 'e2', 'said', 0.7),
  quote('q5', 'the ministry would pay for one extra crossing', 'indirect', 'e3', 'told', 0.8),
  quote('q6', 'the only one that matters.', 'partial', 'e4', 'said', 0.3),
  quote('q7', 'a half measure.', 'partial', null, null, 0.2),
];

const repeated = 'Ferries will run every ninety minutes.';
const first = span(repeated);

/** A complete analysis with every kind of finding, for rendering tests. */
export const sampleAnalysis: Analysis = {
  source: 'https://news.example/harbour-ferry',
  title: TITLE,
  byline: 'By a staff writer',
  siteName: 'The Harbour Gazette',
  lang: 'en',
  text: TEXT,
  bodyStart: TITLE.length + 2,
  entities,
  quotes,
  duplicates: [{ text: repeated, count: 2, occurrences: [first, span(repeated, first.end)], similarity: 1 }],
  boilerplate: [{ ...span('Subscribe to our newsletter for daily harbour news.'), text: 'Subscribe to our newsletter for daily harbour news.', reason: 'subscription prompt' }],
};

/** The same article with nothing found in it. */
export const emptyAnalysis: Analysis = { ...sampleAnalysis, entities: [], quotes: [], duplicates: [], boilerplate: [] };
