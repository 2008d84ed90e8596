import type { ArticleText } from '@/lib/analysis/types';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const isNullableString = (value: unknown) => value === null || typeof value === 'string';

/** Articles larger than this are refused at the boundary (far beyond what the core analyses). */
export const MAX_ARTICLE_CHARS = 5_000_000;

/** A content script's extracted article, checked before the background analyses it. */
export function isArticleText(value: unknown): value is ArticleText {
  if (!isObject(value)) return false;
  const { text, title, bodyStart, blocks } = value;
  if (typeof text !== 'string' || text.length > MAX_ARTICLE_CHARS || typeof title !== 'string') return false;
  if (!isNullableString(value.byline) || !isNullableString(value.siteName) || !isNullableString(value.lang)) return false;
  if (!isOffset(bodyStart) || bodyStart > text.length || !Array.isArray(blocks)) return false;
  return blocks.every(
    (b) => isObject(b) && isOffset(b.start) && isOffset(b.end) && b.end >= b.start && b.end <= text.length &&
      typeof b.kind === 'string' && isOffset(b.linkChars),
  );
}

export function isAnalyzeData(data: unknown): data is { article: ArticleText; source: string } {
  return isObject(data) && typeof data.source === 'string' && data.source.length < 10_000 && isArticleText(data.article);
}

export function isSetBadgeData(data: unknown): data is { count: number | null } {
  return isObject(data) && (data.count === null || isOffset(data.count));
}

/** The sender of a content-script message: our own extension, from a tab. */
export function isFromOwnContentScript(sender: { id?: string; tab?: { id?: number } } | undefined, runtimeId: string): boolean {
  return !!sender && sender.id === runtimeId && typeof sender.tab?.id === 'number';
}
