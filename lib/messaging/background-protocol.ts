import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis, ArticleText } from '@/lib/analysis/types';

/**
 * Messages from the content script to the extension's background. Analysis runs there, off the
 * page's main thread, so a long article never blocks the page (issue 6); the badge lives there too.
 */
export interface BackgroundProtocol {
  /** Analyse an extracted article; `source` is the page URL recorded in the result. */
  analyze(data: { article: ArticleText; source: string }): Analysis;
  /** Show how many quotes this tab has on the toolbar button (null clears it). */
  setBadge(data: { count: number | null }): void;
}

export const backgroundMessaging = defineExtensionMessaging<BackgroundProtocol>();
