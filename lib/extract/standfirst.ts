import type { RawBlock } from './block-text';
import { cleanInlineText } from './block-text';

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The standfirst (dek) is the line under the headline that Readability usually drops, yet it often
 * carries a quote. We accept the page's description only when the same text is visibly on the page as
 * its own element (so an SEO summary written only for search engines is not mistaken for content) and
 * the body does not already contain it.
 */
export function findStandfirst(doc: Document, title: string, body: RawBlock[]): string | null {
  const description =
    doc.querySelector('meta[property="og:description"]')?.getAttribute('content') ??
    doc.querySelector('meta[name="description"]')?.getAttribute('content') ??
    null;
  if (!description) return null;
  const wanted = normalise(description);
  if (wanted.length < 20 || wanted === normalise(title)) return null;
  const bodyText = normalise(body.slice(0, 3).map((b) => b.text).join(' '));
  if (bodyText.includes(wanted)) return null;
  const candidates = doc.querySelectorAll('h2, h3, p, div[class*="dek" i], div[class*="standfirst" i], div[class*="subtitle" i]');
  const limit = Math.min(candidates.length, 400);
  for (let i = 0; i < limit; i++) {
    const el = candidates[i];
    const text = el.textContent ?? '';
    if (text.length > description.length * 1.5 + 20) continue;
    if (normalise(text) === wanted) return cleanInlineText(text).trim();
  }
  return null;
}
