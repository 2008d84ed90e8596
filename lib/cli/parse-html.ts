import { Window } from 'happy-dom';
import { withoutSvgRawText } from './svg-raw-text';

/**
 * Parses HTML into a Document with happy-dom, with every loader and script runner off: a saved page
 * is data, never code. Call the returned `close` when done so batches do not hold every page.
 */
export function parseHtml(html: string, url = 'https://example.invalid/'): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const document = new window.DOMParser().parseFromString(withoutSvgRawText(html), 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}
