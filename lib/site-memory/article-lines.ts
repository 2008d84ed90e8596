import { lineFingerprint } from '@/lib/analysis/boilerplate/fingerprint';
import { lineUnits } from '@/lib/analysis/boilerplate/units';
import type { ArticleText } from '@/lib/analysis/types';

/** The fingerprints of the lines the boilerplate classifier judges, in article order (same keys as it uses). */
export function articleFingerprints(article: ArticleText): string[] {
  return lineUnits(article).map((unit) => lineFingerprint(unit.text));
}
