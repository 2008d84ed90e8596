import { articleFromPlainText } from '@/lib/extract/assemble';
import type { ArticleText } from '@/lib/analysis/types';

/** A plain-text article: a headline, some ordinary reporting, then the given lines. */
export function articleWith(lines: string[], opts: { before?: number; siteName?: string } = {}): ArticleText {
  const body = [
    'The city council approved the new budget on Tuesday after a long debate about school funding.',
    'Members argued for hours over the cost of repairs to bridges and the size of the police force.',
    'The mayor said the plan would keep taxes flat while hiring more teachers in the coming year.',
  ].slice(0, opts.before ?? 3);
  const article = articleFromPlainText(['Council passes budget', ...body, ...lines].join('\n'));
  return { ...article, siteName: opts.siteName ?? null };
}
