import { describe, expect, it } from 'vitest';
import { attribute, speakerOf } from './helpers';

describe('a quotation standing alone after a sentence that ends with its cue', () => {
  it.each([
    // the sentence before holds a partial quotation of the same speaker before its cue
    ['The senator "felt a duty to act on" the flooding, Marsh said. "This is not a side issue for him. This is the core of it."', 'not a side issue', 'Marsh'],
    // and without any quotation in it
    ['The senator felt a duty to act on the flooding, Marsh said. "This is not a side issue for him. This is the core of it."', 'not a side issue', 'Marsh'],
  ])('%s', (paragraph, fragment, speaker) => {
    expect(speakerOf(attribute(paragraph), fragment)).toBe(speaker);
  });
});
