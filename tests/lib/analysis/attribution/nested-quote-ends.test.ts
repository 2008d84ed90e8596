import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a quotation whose inner quotation ends in "?" or "!" ends the sentence; the next opens with its speaker', () => {
  it.each([
    ['“I then heard the president ask, ‘So he is going to do the investigation?’” Holmes testified.', 'Holmes'],
    ['“They shouted, ‘Lock him up!’” Lee recalled.', 'Lee'],
    ['“Then she asked me, “Are you sure?”” Ortiz said.', 'Ortiz'],
  ])('%s', (sentence, speaker) => {
    const r = attribute('David Holmes, Ann Lee and Maria Ortiz spoke on Monday.', sentence);
    expect(r.quotes[0]?.speaker).toBe(r.entities.find((e) => e.name.endsWith(speaker))?.name);
    expect(r.quotes[0]?.speaker).toBeTruthy();
  });
});
