import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('the cue after a quotation that ends with a quotation nested in it', () => {
  it.each([
    ['"\'\'…\'old-school,\'\'\' said X" (typewriter marks)', 'old-school',
      "Ms. Smith lives in Florida. ''I would use the word 'old-school,''' said Gregory W. Slayton, whom George W. Bush appointed chief of mission to Bermuda.", 'Gregory W. Slayton'],
    ['"…‘at all,’” said X" (curly marks)', 'sorry to tell you',
      '“I tell other central banks, ‘I’m really sorry to tell you this, but the Fed doesn’t care about you at all,’” said Laurence Meyer, who runs a research firm.', 'Laurence Meyer'],
  ])('%s', (_, fragment, paragraph, speaker) => {
    expect(speakerOf(attribute(paragraph), fragment)).toBe(speaker);
  });
});

describe('a title abbreviated with a dot before a name and its place ("former Gov. Jeb Bush of Florida said")', () => {
  it('the person speaks, not the place', () => {
    const result = attribute('Republicans were not satisfied. “Donald Trump should retract his comments,” former Gov. Jeb Bush of Florida said on Twitter.');
    expect(speakerOf(result, 'retract his comments')).toBe('Jeb Bush');
  });
});
