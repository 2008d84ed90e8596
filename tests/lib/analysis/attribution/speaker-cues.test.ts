import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('speaker cues around a quotation', () => {
  it.each([
    // verb after the quote, speaker after or before the verb
    ['“The bridge will open in June,” said Harriet Olsen, the city engineer.', 'bridge will open', 'Harriet Olsen'],
    ['“We are not leaving,” Tomas Reyes said on Tuesday.', 'not leaving', 'Tomas Reyes'],
    ['“Nothing has changed,” Interior Minister Lena Varga told reporters.', 'Nothing has changed', 'Lena Varga'],
    ['“The numbers are clear,” according to Paolo Brandt.', 'numbers are clear', 'Paolo Brandt'],
    ['“Sales fell sharply,” Nadia Kerr, an analyst at Westgate Capital, said.', 'Sales fell', 'Nadia Kerr'],
    ['“Let us vote,” Sen. Dale Whitcombe (R-Ore.) said.', 'Let us vote', 'Dale Whitcombe'],
    ['“We did what we could.” ― Irene Castell', 'did what we could', 'Irene Castell'],
    // verb before the quote
    ['Mayor Colin Baptiste said: “The roads are safe again.”', 'roads are safe', 'Colin Baptiste'],
    ['Defence Minister Ruth Adeyemi said on Friday that the army was “fully prepared for any scenario”.', 'fully prepared', 'Ruth Adeyemi'],
    ['Union leader Marco Bellini warned the company that workers would “not accept another delay”.', 'not accept', 'Marco Bellini'],
    ['The health agency defended the rules, saying they “protect the most vulnerable patients”.', 'protect the most', 'health agency'],
    ['The plan was described as “a serious step forward” by Jonas Whitfield.', 'serious step forward', 'Jonas Whitfield'],
    ['Moscow called the sanctions “an act of economic war”.', 'economic war', 'Moscow'],
    ['The Kremlin said it was “deeply concerned about the escalation”.', 'deeply concerned', 'Kremlin'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attribute(sentence), fragment)).toBe(speaker);
  });

  it('gives both halves of a quote split by its attribution to one speaker', () => {
    const r = attribute('“The vote is tomorrow,” Ada Lindqvist said, “and we will win it.”');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ada Lindqvist', 'Ada Lindqvist']);
  });

  it('finds an attribution made in the next sentence', () => {
    const r = attribute('The ministry rejected “any interference in domestic affairs”. The remark was made by Foreign Ministry spokesman Li Qiang at a briefing.');
    expect(speakerOf(r, 'any interference')).toBe('Li Qiang');
  });

  it('keeps a multi-sentence quote with its trailing attribution', () => {
    const r = attribute('“We planted in March. The rain never came. Now the seed is gone,” says farmer Okonkwo Eze.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].speaker).toBe('Okonkwo Eze');
  });

  it('carries a speaker into a following paragraph of quotation across a caption-like line', () => {
    const r = attribute(
      '“The fish left the bay years ago,” said Marta Quill, who has fished there since 1980.',
      '“Nobody listened to us then. Nobody listens now, and the boats sit empty at the pier.”',
    );
    expect(speakerOf(r, 'Nobody listened')).toBe('Marta Quill');
  });

  it('attaches cue and confidence to each quote', () => {
    const r = attribute('“Prices will rise,” said economist Rina Holt.');
    expect(r.quotes[0].cue).toBe('said');
    expect(r.quotes[0].confidence).toBeGreaterThan(0.7);
    expect(r.quotes[0].confidence).toBeLessThanOrEqual(1);
  });
});

describe('what is not a quote', () => {
  it.each([
    ['The so-called “freeze-thaw” cycle cracks the asphalt every winter.'],
    ['She reads “War and Peace” every summer at the lake.'],
    ['The “smart” meters were installed across the district last year.'],
    ['He appeared on “Morning Report With Dana Fry” last week.'],
  ])('%s', (sentence) => {
    expect(attribute(sentence).quotes).toEqual([]);
  });

  it('keeps a short quoted word that a speech cue attributes', () => {
    const r = attribute('The flooding was described as “catastrophic” by the regional council.');
    expect(r.quotes.map((q) => q.text)).toEqual(['catastrophic']);
    expect(r.quotes[0].speaker).toBe('regional council');
  });

  it('keeps a short cue without a named source, with no speaker', () => {
    const r = attribute('The damage has been described as “unprecedented”.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['unprecedented', null]]);
  });
});

describe('documents quoted by their own words', () => {
  it.each([
    [['Parents wrote to the school board on Monday.', '“We ask the board to keep the village school open,” the letter reads.'], 'keep the village school open', 'letter'],
    [['The council published its findings.', '“No further action is required,” the report states.'], 'No further action', 'report'],
  ])('%j', (paragraphs, fragment, speaker) => {
    expect(speakerOf(attribute(...paragraphs), fragment)).toBe(speaker);
  });
});
