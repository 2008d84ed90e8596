/**
 * happy-dom 21's parser loses everything after a `<style>` or `<script>` with content inside an
 * inline `<svg>` (capricorn86/happy-dom#2231, open): a page whose icon sprite carries its own CSS
 * comes out with an empty body. Browsers keep those elements, but they never hold article text, so
 * the CLI cuts them out of each svg before parsing. Every search resumes where the last one ended,
 * so the work stays linear in the page's length, however many tags are left unclosed.
 */
export function withoutSvgRawText(html: string): string {
  const kept: string[] = [];
  let copied = 0;
  for (const [start, end] of spans(html, /<svg\b/gi, () => /<\/svg\s*>/gi)) {
    kept.push(html.slice(copied, start), withoutRawText(html.slice(start, end)));
    copied = end;
  }
  if (!copied) return html;
  kept.push(html.slice(copied));
  return kept.join('');
}

function withoutRawText(svg: string): string {
  const kept: string[] = [];
  let copied = 0;
  for (const [start, end] of spans(svg, /<(style|script)\b[^>]*>/gi, (name) => new RegExp(`</${name}\\s*>`, 'gi'))) {
    kept.push(svg.slice(copied, start));
    copied = end;
  }
  kept.push(svg.slice(copied));
  return kept.join('');
}

/**
 * [start, end) of each element opened by `open` (global) and closed by `closer(name)`. A name whose
 * closing tag is missing after some point is never searched for again.
 */
function* spans(text: string, open: RegExp, closer: (name: string) => RegExp): Generator<[number, number]> {
  const unclosed = new Set<string>();
  for (let start = open.exec(text); start; start = open.exec(text)) {
    const name = (start[1] ?? start[0]).toLowerCase();
    if (unclosed.has(name)) continue;
    const close = closer(name);
    close.lastIndex = open.lastIndex;
    const end = close.exec(text);
    if (!end) {
      unclosed.add(name);
      continue;
    }
    open.lastIndex = end.index + end[0].length;
    yield [start.index, open.lastIndex];
  }
}
