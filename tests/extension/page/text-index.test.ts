import { describe, expect, it } from 'vitest';
import { cleanInlineText } from '@/lib/extract/block-text';
import { buildTextIndex, segmentsOf } from '@/lib/page/text-index';

/** Builds a <div> whose text is split into one text node per part, some inside inline elements. */
function fragment(parts: string[]): HTMLElement {
  const root = document.createElement('div');
  parts.forEach((part, i) => {
    const text = document.createTextNode(part);
    if (i % 2) {
      const em = document.createElement('em');
      em.appendChild(text);
      root.appendChild(em);
    } else root.appendChild(text);
  });
  return root;
}

describe('buildTextIndex', () => {
  it.each([
    [['The mayor said ', 'the bridge', ' would reopen.']],
    [['Budget\u00ADary talks', ' stalled\u200B again']],
    [['  Leading and\n\n trailing ', '  space  ']],
    [['Non\u00A0breaking\u00A0space ', '\u2009thin\u2009space']],
    [['A word\u2060joiner and a BOM\uFEFF here']],
    [['Line one\r\n', '\tline two']],
    [['soft\u00AD', '\u00ADhyphens ', ' \u00AD across nodes']],
  ])('normalises like lib/extract does: %j', (parts) => {
    const index = buildTextIndex(fragment(parts));
    expect(index.text).toBe(cleanInlineText(parts.join('')));
  });

  it('skips the text of scripts, styles and form controls, as extraction does', () => {
    const root = document.createElement('div');
    root.append('Visible ');
    const script = document.createElement('script');
    script.textContent = 'var hidden = "said";';
    const button = document.createElement('button');
    button.textContent = 'Share';
    root.append(script, button, 'text.');
    expect(buildTextIndex(root).text).toBe('Visible text.');
  });

  it('maps a span back to exact node offsets, keeping dropped characters inside it', () => {
    const root = fragment(['The coun\u00ADcil', 'lor warned voters.']);
    const index = buildTextIndex(root);
    const start = index.text.indexOf('councillor');
    const segments = segmentsOf(index, start, start + 'councillor'.length);
    expect(segments.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['coun\u00ADcil', 'lor']);
  });
});

describe('buildTextIndexInSlices', () => {
  it('builds the same index as buildTextIndex, yielding on the way', async () => {
    const { buildTextIndexInSlices } = await import('@/lib/page/text-index-slices');
    const { createBudget } = await import('@/lib/page/scheduler');
    const root = document.createElement('div');
    for (let i = 0; i < 600; i++) {
      const p = document.createElement('p');
      p.append(`Paragraph ${i} said\u00A0the  clerk, `, Object.assign(document.createElement('em'), { textContent: 'twice\u00AD over' }));
      root.append(p);
    }
    let clock = 0;
    let yields = 0;
    const budget = createBudget(20, () => (clock += 1), async () => void yields++);
    const sliced = await buildTextIndexInSlices(root, budget);
    const whole = buildTextIndex(root);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.nodes).toEqual(whole.nodes);
    expect([...sliced.offsetOf]).toEqual([...whole.offsetOf]);
    expect(yields).toBeGreaterThan(5);
  });
});
