import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a partial quotation that ends the words its reporter after it reports is reported with them', () => {
  it.each([
    ['He had worked for the company for more than eight years and was “a greatly respected and well liked colleague,” the statement added.', 'He had worked for the company for more than eight years and was “a greatly respected and well liked colleague,”'],
    ['In one such email, the secretary discussed how he had placed a note card in a “burn bag,” the Times reported.', 'In one such email, the secretary discussed how he had placed a note card in a “burn bag,”'],
    ['The director cannot say that “from his perspective,” Corey Lewandowski added.', 'The director cannot say that “from his perspective,”'],
  ])('%s', (sentence, clause) => {
    const q = attribute(sentence).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ text: clause, type: 'indirect' });
  });
});
