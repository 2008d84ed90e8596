import type { PageTimings } from '@/lib/messaging/protocol';

/**
 * The click broken into its steps (issue 11), each in ms, from stamps on one epoch clock: the page's
 * (the content script's `timings.at`), the background's (`readStart` and the reader's own durations)
 * and the popup's performance marks. A step is null when a stamp is missing (no popup handle in
 * Firefox, no article, nothing painted).
 */
export const STAGES = [
  /** click -> the popup's script runs (Chromium: the real popup is a page the test can read). */
  'popup',
  /** click -> the content script runs (the background injects it on the click, beside the popup). */
  'script',
  /** -> the page is serialised. */
  'serialise',
  /** -> the message is sent (the yield between serialising and sending). */
  'send',
  /** -> the background begins parsing (the message's way there, the offscreen hop included). */
  'toReader',
  'parse',
  'extract',
  'analyse',
  /** analysed -> the reading is back in the page. */
  'reply',
  /** -> every span anchored in the live DOM (the text index built in slices). */
  'anchor',
  /** -> the first slice of highlights painted. */
  'firstPaint',
  /** -> the last slice painted. */
  'allPaint',
  /** the reading back in the page -> the popup's DOM shows the summary. */
  'popupShown',
  /** The popup's own part: its script runs -> the report is in (asked of the reader before React loads). */
  'popupAsk',
  /** -> the summary's head (title and counts) is in its DOM: the first paint, or React's where there was none. */
  'popupRender',
  /** report in -> React's whole panel is in its DOM (its chunk loaded, rendered and swapped in). */
  'popupPanel',
] as const;

export type Stage = (typeof STAGES)[number];

/** The popup's marks, in epoch ms. */
export interface PopupMarks {
  start?: number;
  report?: number;
  shown?: number;
  rendered?: number;
}

export interface StageFigures {
  stages: Record<Stage, number | null>;
  /** The click to the reading back in the page, to the last highlight painted, to the popup's summary. */
  clickToReceived: number | null;
  clickToAllPainted: number | null;
  clickToPopupShown: number | null;
}

const round = (n: number) => Math.round(n * 10) / 10;
const gap = (from: number | undefined, to: number | undefined) => (from == null || to == null ? null : round(to - from));

/** `clickedAt` is the click in epoch ms (the page's timeOrigin + its performance.now() at the click). */
export function stageFigures(clickedAt: number, timings: PageTimings | undefined, popup: PopupMarks | null): StageFigures {
  const at = timings?.at ?? {};
  const parse = timings?.parseMs ?? null;
  const extract = timings?.extractMs != null && parse != null ? timings.extractMs - parse : null;
  const analyse = timings?.analyzeMs ?? null;
  const readEnd = at.readStart != null && timings?.extractMs != null && analyse != null ? at.readStart + timings.extractMs + analyse : undefined;
  return {
    stages: {
      popup: gap(clickedAt, popup?.start),
      script: gap(clickedAt, at.scriptStart),
      serialise: gap(at.scriptStart, at.serialised),
      send: gap(at.serialised, at.sent),
      toReader: gap(at.sent, at.readStart),
      parse,
      extract,
      analyse,
      reply: gap(readEnd, at.received),
      anchor: gap(at.received, at.anchored),
      firstPaint: gap(at.anchored, at.painted),
      allPaint: gap(at.painted, at.paintedAll),
      popupShown: gap(at.received, popup?.shown),
      popupAsk: gap(popup?.start, popup?.report),
      popupRender: gap(popup?.report, popup?.shown),
      popupPanel: gap(popup?.report, popup?.rendered),
    },
    clickToReceived: gap(clickedAt, at.received),
    clickToAllPainted: gap(clickedAt, at.paintedAll),
    clickToPopupShown: gap(clickedAt, popup?.shown),
  };
}
