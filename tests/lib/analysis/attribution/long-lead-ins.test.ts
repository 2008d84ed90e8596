import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a sentence that leads into a quotation before ", X said" is reported whole, however long the lead-in', () => {
  it.each([
    ['Right-wing parties all over Europe, and especially the Alternative for Germany party, “have and will continue to conflate refugees with terrorism,” Mujtaba Rahman said.',
      'Right-wing parties all over Europe, and especially the Alternative for Germany party, “have and will continue to conflate refugees with terrorism,”'],
    ['That makes him an appealing leader figure to whom frustrated supporters in the region can “take their frustrations, economically and socially,” Professor Jared Sexton said.',
      'That makes him an appealing leader figure to whom frustrated supporters in the region can “take their frustrations, economically and socially,”'],
  ])('%s', (sentence, clause) => {
    expect(attribute(sentence).quotes.map((q) => q.text)).toEqual([clause]);
  });
});
