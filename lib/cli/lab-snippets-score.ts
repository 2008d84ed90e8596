import type { LabPage } from './boilerplate-lab';
import { blockAt, cleanText, cutSpans, offsetOfSnippet, squash } from './lab-text';

export interface SnippetPage {
  url: string;
  file: string;
  with?: string[];
  without?: string[];
}

const ratio = (a: number, b: number, digits: number) => (a / (b || 1)).toFixed(digits);

/**
 * Counts as ../shared/eval/snippets.mjs does (clean text = the whole text minus each item's span), and
 * beside it the share cut when every repeat of a line is cut too. `show` prints, one per line, the
 * boilerplate snippets that survive the cut (S; R where cutting every repeat would remove it) or the
 * content snippets cut by mistake, with their block.
 *
 * The two readings differ because the JSON lists a repeated line once, its other places in
 * `occurrences`: the dev pages' gold (score.mjs) lists such a line once, and one item per place
 * measured dev boilerplate F1 0.938 -> 0.895 (fp 7 -> 18) for snippets 0.723 -> 0.745. The extension
 * and `--format text` cut every place; snippets.mjs and aeb.mjs read only each item's own span.
 */
export function scoreSnippets(entries: SnippetPage[], pages: LabPage[], show: string): string {
  let survived = 0, cut = 0, cutWithRepeats = 0, present = 0, mistaken = 0, mistakenWithRepeats = 0;
  entries.forEach((entry, i) => {
    const { article, boilerplate } = pages[i];
    const text = article?.text ?? '';
    const raw = squash(text);
    const clean = squash(cleanText(text, cutSpans(boilerplate)));
    const cleanAll = squash(cleanText(text, cutSpans(boilerplate, true)));
    for (const s of entry.without ?? []) {
      const snippet = squash(s);
      if (!raw.includes(snippet)) continue;
      survived++;
      if (!clean.includes(snippet)) cut++;
      if (!cleanAll.includes(snippet)) cutWithRepeats++;
      if (show === 'surviving' && clean.includes(snippet) && article) {
        const mark = cleanAll.includes(snippet) ? 'S' : 'R';
        console.log(`${mark}\t${i}\t${blockAt(article, offsetOfSnippet(text, s))}\t${snippet.slice(0, 160)}`);
      }
    }
    for (const s of entry.with ?? []) {
      const snippet = squash(s);
      if (!raw.includes(snippet)) continue;
      present++;
      if (!clean.includes(snippet)) mistaken++;
      if (!cleanAll.includes(snippet)) mistakenWithRepeats++;
      if (show === 'mistakes' && !cleanAll.includes(snippet) && article) {
        const at = offsetOfSnippet(text, s);
        const by = boilerplate.find((b) => [b, ...((b as { occurrences?: { start: number; end: number }[] }).occurrences ?? [])].some((o) => o.start <= at + snippet.length && o.end > at));
        console.log(`M\t${i}\t${blockAt(article, at)}\t${by?.reason ?? '?'}\t${snippet.slice(0, 120)}\t<= ${(by?.text ?? '').slice(0, 120)}`);
      }
    }
  });
  return `surviving ${survived}, cut ${ratio(cut, survived, 3)} (every repeat cut: ${ratio(cutWithRepeats, survived, 3)}) | content present ${present}, cut by mistake ${ratio(mistaken, present, 4)} (every repeat: ${ratio(mistakenWithRepeats, present, 4)})`;
}
