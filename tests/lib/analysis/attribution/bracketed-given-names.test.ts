import { describe, expect, it } from 'vitest';
import { attribute } from './helpers';

describe('a given name the editor bracketed before a surname names the person in full', () => {
  it.each([
    ['“Coach (Frank) Vogel came in and said, well done,” James said.', '“He is playing terrific basketball,” Vogel said.', 'Frank Vogel'],
    ['“I told (Maria) Ortiz we would win,” the captain said.', '“We did,” Ortiz said.', 'Maria Ortiz'],
  ])('%s / %s', (first, second, name) => {
    const r = attribute(first, second);
    expect(r.quotes[1]?.speaker).toBe(name);
  });

  it('a bracketed name on the line before is not joined', () => {
    const r = attribute('The panel heard from (Lee)', 'Ortiz said the plan was sound and would pass.');
    expect(r.quotes[0]?.speaker).toBe('Ortiz');
  });
});
