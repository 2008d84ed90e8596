import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '@/lib/analysis/attribution/quote-spans';

const inner = (text: string) => findQuoteSpans(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));

describe('findQuoteSpans', () => {
  it.each([
    ['She said "we will win" and left.', ['we will win']],
    ['“It is over,” he said.', ['It is over,']],
    ['Il a dit « nous partons » hier.', ['nous partons']],
    ['Er sagte „wir kommen“ gestern.', ['wir kommen']],
    ["The coach called it 'a disaster' on Sunday.", ['a disaster']],
    ['‘We are ready,’ the captain said.', ['We are ready,']],
    ["''We tried,'' the mayor said.", ['We tried,']],
    ['“Come in,” she said, “and sit down.”', ['Come in,', 'and sit down.']],
  ])('%j', (text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it.each([
    ["The players' union didn't agree and the club's owner won't comment."],
    ["Rock 'n' roll was big in the '60s."],
    ['He is 6\'2" tall.'],
  ])('takes no apostrophe for a quotation mark: %j', (text) => {
    expect(inner(text)).toEqual([]);
  });

  it('keeps apostrophes inside a single-quoted quotation', () => {
    expect(inner("He said 'we don't know yet' about it.")).toEqual(["we don't know yet"]);
  });

  it('continues a quotation over paragraphs that reopen it', () => {
    const p1 = '“The first part goes on';
    const p2 = '“and the second part ends here,” she said.';
    const text = `${p1}\n\n${p2}`;
    const spans = findQuoteSpans(text, [
      { start: 0, end: p1.length },
      { start: p1.length + 2, end: text.length },
    ]);
    expect(spans.map((q) => [text.slice(q.start, q.end), q.unclosed, q.continues])).toEqual([
      ['The first part goes on', true, false],
      ['and the second part ends here,', false, true],
    ]);
  });

  it('survives thousands of unbalanced marks quickly', () => {
    const text = '"a '.repeat(20000) + '“b '.repeat(20000);
    const t0 = performance.now();
    const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(spans.length).toBeGreaterThan(0);
  });
});
