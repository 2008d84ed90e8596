import { describe, expect, it, vi } from 'vitest';
import { readPageHtml } from '@/entrypoints/offscreen/read-page';
import { officialsOf } from '@/lib/panel/summary';
import { PRACTICE_PAGE_HTML, PRACTICE_PAGE_URL } from '@/lib/warm-up/practice-page';
import { practiseOnce } from '@/lib/warm-up/practise-once';

describe('the practice page: what the reader warms up on', () => {
  it('is read as an article and exercises every part of the analysis', () => {
    const reading = readPageHtml({ html: PRACTICE_PAGE_HTML, source: PRACTICE_PAGE_URL });
    if (reading.status !== 'ok') throw new Error(reading.message);
    const { analysis } = reading;
    expect(analysis.quotes.length).toBeGreaterThanOrEqual(4);
    const speakers = new Set(analysis.quotes.map((q) => analysis.entities.find((e) => e.id === q.speakerId)?.name));
    expect([...speakers]).toEqual(expect.arrayContaining(['Helen Okafor', 'Tom Reyes']));
    expect(officialsOf(analysis).map((e) => e.name)).toContain('Helen Okafor');
    expect(analysis.duplicates.length).toBeGreaterThan(0);
    expect(analysis.boilerplate.length).toBeGreaterThan(0);
  });
});

describe('practiseOnce', () => {
  const runNow = (run: () => void) => run();

  it('reads the practice page once when idle', async () => {
    const read = vi.fn();
    const practice = practiseOnce(read, { whenIdle: runNow });
    await expect(practice.done).resolves.toBe(true);
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0][0]).toEqual({ html: PRACTICE_PAGE_HTML, source: PRACTICE_PAGE_URL });
  });

  it('does not practise once a real page came first', async () => {
    let later: () => void = () => {};
    const read = vi.fn();
    const practice = practiseOnce(read, { whenIdle: (run) => void (later = run) });
    practice.skip();
    later();
    await expect(practice.done).resolves.toBe(false);
    expect(read).not.toHaveBeenCalled();
  });

  it('swallows a failed practice', async () => {
    const practice = practiseOnce(() => {
      throw new Error('no DOMParser');
    }, { whenIdle: runNow });
    await expect(practice.done).resolves.toBe(false);
  });
});
