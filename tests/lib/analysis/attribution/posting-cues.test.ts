import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a verb of posting after a quotation', () => {
  it('"“…,” Palin posted via Facebook" credits Palin', () => {
    expect(speakerOf(attribute('“Note to terrorists: Over my dead body,” Palin posted via Facebook and Twitter on Monday.'), 'Over my dead body')).toBe('Palin');
  });

  it('after a sentence without a quotation, "X posted" reports nothing', () => {
    const r = attribute('Then, last week, Taylor Swift posted on Twitter accusing her label of blocking her songs.');
    expect(r.quotes.filter((q) => q.text.startsWith('Then'))).toEqual([]);
  });

  it('a capitalised "Messaging" is no verb ("the firm Revolution Messaging")', () => {
    const r = attribute('“We need your help,” read the plea from the same digital firm, Revolution Messaging, to help with fundraising.');
    expect(r.entities.map((e) => e.name)).not.toContain('Revolution');
  });
});

describe('one person across a title-case headline', () => {
  it('"Hillary Clinton Won …" in a headline does not rename Hillary Clinton', () => {
    const r = attribute('Hillary Clinton said on Monday that “the vote was fair.”', 'Why Hillary Clinton Won');
    expect(speakerOf(r, 'the vote was fair')).toBe('Hillary Clinton');
  });
});
