import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '@/lib/messaging/protocol';
import { isFromExtensionPage, isGetReportData, isRevealData, isSetHighlightsData, type SenderLike } from '@/lib/messaging/validate';
import type { PageSession } from '@/lib/page/page-session';

/** Refuses anything not sent by this extension's own pages or not shaped as the protocol says. */
function check(message: { data: unknown; sender?: SenderLike }, valid: (data: unknown) => boolean): void {
  if (!isFromExtensionPage(message.sender, browser.runtime.id, browser.runtime.getURL('/'))) {
    throw new Error('Quotelens: message refused (not from the extension).');
  }
  if (!valid(message.data)) throw new Error('Quotelens: message refused (malformed payload).');
}

/** Answers the popup's messages for as long as this script's context is valid. */
export function answerMessages(ctx: ContentScriptContext, session: PageSession): void {
  type Incoming = { data: unknown; sender?: SenderLike };
  const removers = [
    onMessage('getReport', (message) => {
      check(message as Incoming, isGetReportData);
      const options = { early: message.data?.early === true };
      return message.data?.lean === true ? session.leanReport(options) : session.report(options);
    }),
    onMessage('setHighlights', (message) => {
      check(message as Incoming, isSetHighlightsData);
      return session.setHighlights(message.data.enabled);
    }),
    onMessage('refresh', async (message) => {
      check(message as Incoming, isGetReportData);
      // clearFirst: the article text is unchanged, only its boilerplate verdicts may differ.
      await session.refresh({ clearFirst: true });
      return session.report();
    }),
    onMessage('reveal', (message) => {
      check(message as Incoming, isRevealData);
      return session.reveal(message.data.start, message.data.end);
    }),
  ];
  ctx.onInvalidated(() => removers.forEach((remove) => remove()));
}
