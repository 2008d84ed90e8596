import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a subject before an apposition, then the verb and its reported clause', () => {
  it.each([
    // the apposition holds a speech-verb form used as a noun ("messaging", "the state")
    ['Nina Ortiz, a Democratic expert on political messaging, said the campaign had failed to reach young voters.', 'failed to reach', 'Nina Ortiz'],
    ['Rosa Lindqvist, the state party chairwoman, said she had received threats against her family.', 'received threats', 'Rosa Lindqvist'],
    // an age before the apposition proper
    ['Carla Mendes, 21, a junior from Reno, said she came out to caucus because of the candidate’s stand on tuition.', 'came out to caucus', 'Carla Mendes'],
    // the description first, the name in the apposition
    ['Another pollster, Dale Whitford of Clemson University, said his survey showed the governor’s support holding steady.', 'survey showed', 'Dale Whitford'],
    // a name after a preposition inside the apposition is not the subject
    ['Cmdr. Sean Rigby, a spokesman for Inherent Resolve, the coalition operation against Islamic State, told reporters that the claim was false.', 'claim was false', 'Sean Rigby'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attribute(sentence), fragment)).toBe(speaker);
  });

  it('a participle after "said" does not name the speaker ("said having X at the top …")', () => {
    const r = attribute('Montana Sen. Jon Ferris, chairman of the campaign committee, said having Trump at the top of the ticket puts senior Republicans at risk.');
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([['Jon Ferris', 'having Trump at the top of the ticket puts senior Republicans at risk']]);
  });
});
