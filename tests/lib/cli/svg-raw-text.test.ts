import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/lib/cli/parse-html';
import { withoutSvgRawText } from '@/lib/cli/svg-raw-text';

const icon = '<svg class="sprite"><symbol id="play"><style type="text/css">.c{opacity:.3}</style><g class="c"><circle r="3"/></g></symbol></svg>';

describe('cutting style and script out of inline svg', () => {
  it.each([
    ['a sprite with its own CSS', `<p>Before.</p>${icon}<p>After.</p>`, '<p>Before.</p><svg class="sprite"><symbol id="play"><g class="c"><circle r="3"/></g></symbol></svg><p>After.</p>'],
    ['a script in an svg, any case', '<SVG><Script>go()</SCRIPT><path d="x"/></Svg><p>Text</p>', '<SVG><path d="x"/></Svg><p>Text</p>'],
    ['two svgs', '<svg><style>a</style></svg>x<svg><style>b</style></svg>', '<svg></svg>x<svg></svg>'],
  ])('%s', (_, html, expected) => {
    expect(withoutSvgRawText(html)).toBe(expected);
  });

  it.each([
    ['no svg', '<style>p{}</style><p>Text</p>'],
    ['style outside any svg', '<style>p{}</style><svg><path d="x"/></svg>'],
    ['an svg never closed', '<svg><style>a</style><p>Text</p>'],
    ['svg in an attribute name only', '<p data-svgish="1">Text</p>'],
  ])('leaves %s alone', (_, html) => {
    expect(withoutSvgRawText(html)).toBe(html);
  });

  it.each([
    ['unclosed svg tags', '<svg>'.repeat(200_000)],
    ['unclosed style tags inside one svg', `<svg>${'<style>'.repeat(100_000)}</svg>`],
  ])('stays linear on a hundred thousand %s', (_, hostile) => {
    const started = performance.now();
    expect(withoutSvgRawText(hostile)).toBe(hostile);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('cuts a closed style that follows an unclosed script', () => {
    expect(withoutSvgRawText('<svg><script>x<style>a</style></svg>')).toBe('<svg><script>x</svg>');
  });

  it('keeps the text after an svg sprite when the CLI parses the page', async () => {
    const { document, close } = parseHtml(`<html><body>${icon}<article><p>The council voted on Monday.</p></article></body></html>`);
    expect(document.body.textContent).toContain('The council voted on Monday.');
    await close();
  });
});
