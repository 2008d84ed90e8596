import { describe, expect, it } from 'vitest';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';
import { articleFromPlainText } from '@/lib/extract/assemble';

describe('odd input', () => {
  it.each([
    [''],
    ['\n\n\n'],
    ['"'.repeat(5000)],
    ['“'.repeat(3000) + ' said he'],
    ['said said said said. He said. She said, "'],
    ['\u00AD\u200B\uFEFF'],
  ])('never throws on %j', (text) => {
    expect(() => findAttributions(articleFromPlainText(text))).not.toThrow();
  });

  it.each([
    ['Experts on'],
    ['The mayor asked'],
    ['The plan was described as'],
    ['WALLACE:'],
    ['HOLT: “'],
    ['She left, saying'],
    ['Prices rose, according to'],
    ['Rents rose, the agency said, since'],
    ['He said at a rally in Ohio, that'],
    ['They called for'],
    ['“A,” he said, adding that “'],
  ])('still attributes the rest of the article after a fragment ending in a cue: %j', (fragment) => {
    const text = `Headline\n\n${fragment}\n\n“The bridge stays shut until May,” said engineer Lina Okafor.`;
    const r = findAttributions(articleFromPlainText(text));
    const q = r.quotes.find((x) => x.text.startsWith('The bridge stays shut'));
    expect(r.entities.find((e) => e.id === q?.speakerId)?.name).toBe('Lina Okafor');
  });

  it('grows linearly with the article (no quadratic step)', () => {
    const paragraph = '“We will keep the clinic open,” said Director Amal Farouk. Officials said the budget would be cut by a tenth, and she added that “nobody will lose a job this year”. The plan, critics say, is vague.';
    const article = (n: number) => articleFromPlainText('Headline\n' + Array.from({ length: n }, () => paragraph).join('\n\n'));
    const fastest = (n: number) => {
      const a = article(n);
      findAttributions(a);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        findAttributions(a);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const small = fastest(100);
    const large = fastest(800);
    expect(findAttributions(article(100)).quotes.length).toBeGreaterThanOrEqual(200);
    // 8x the text may cost at most ~20x the time (timer noise on a busy machine), never 64x
    expect(large / Math.max(small, 1)).toBeLessThan(20);
  });
});
