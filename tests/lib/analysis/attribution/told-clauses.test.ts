import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('after a verb of telling, the reported clause opens at "that" or its subject pronoun, past the person told', () => {
  it.each([
    ['Senator John McCain told reporters on Thursday he viewed the president as “directly responsible” for the attack.', 'he viewed the president as “directly responsible” for the attack', 'John McCain'],
    ['Governor Mary Fallin told a Planned Parenthood gathering in Washington she will protect the law while her opponent wants to “take America backward.”', 'she will protect the law while her opponent wants to “take America backward.”', 'Mary Fallin'],
    ['Senator Ted Cruz told supporters that the result is “a great thing” for the party.', 'that the result is “a great thing” for the party', 'Ted Cruz'],
  ])('%s', (sentence, clause, speaker) => {
    const q = attribute(sentence).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ text: clause, type: 'indirect', speaker });
  });

  it.each([
    // the pronoun after a preposition is an object, not the subject of a clause
    'Senator Ted Cruz told the story to him as a “warning to everyone.”',
  ])('%s', (sentence) => {
    const q = attribute(sentence).quotes;
    expect(q.map((x) => x.type)).toEqual(['partial']);
  });
});
