import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/lib/cli/parse-html';
import { extractArticle } from '@/lib/extract/extract-article';

const filler = 'The council met on Tuesday and voted to fund the repairs before winter, officials said, after a long debate about the cost.';

/**
 * Text the page does not render is not the article: a hover card inside a name ("Ilhan OmarIlhan
 * OmarHillicon Valley"), a hidden panel, a collapsed promo. The CLI and the offscreen document see no
 * styles, only what the markup itself says; Readability drops those elements before scoring.
 */
describe('extraction skips elements the markup says are not rendered', () => {
  const page = `<html><head><title>Bridge repairs</title></head><body><article><h1>Bridge repairs</h1>
    <p>"We will keep working on the bridge," said Mayor <a href="/p">Lena Ortiz<span class="card" hidden>Lena OrtizMAYORCARD</span></a>, who leads the council. ${filler}</p>
    <p>${filler} <span aria-hidden="true">ARIAHIDDEN</span> <span style="display:none">DISPLAYNONE</span> <span style="visibility: hidden">VISIBILITYHIDDEN</span></p>
    <div hidden><p>HIDDENPARAGRAPH ${filler}</p></div>
    <p>${filler}</p><p>${filler}</p></article></body></html>`;

  it('leaves out hidden, aria-hidden, display:none and visibility:hidden text, and keeps the rest', () => {
    const { document } = parseHtml(page);
    const { text } = extractArticle(document);
    for (const hidden of ['MAYORCARD', 'ARIAHIDDEN', 'DISPLAYNONE', 'VISIBILITYHIDDEN', 'HIDDENPARAGRAPH']) expect(text).not.toContain(hidden);
    expect(text).toContain('said Mayor Lena Ortiz, who leads the council.');
    expect(text.split(filler).length - 1).toBe(4);
  });
});
