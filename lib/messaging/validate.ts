import type { GetReportData, LeanPageReport, PageReport, ProtocolMap } from './protocol';
import { isObject, isOffset } from '@/lib/shapes';

/**
 * Shape checks for everything that crosses the message boundary. The content script lives in pages
 * nobody controls, so it answers only the extension's own pages and only well-formed payloads.
 */

export function isSetHighlightsData(data: unknown): data is Parameters<ProtocolMap['setHighlights']>[0] {
  return isObject(data) && typeof data.enabled === 'boolean';
}

export function isRevealData(data: unknown): data is Parameters<ProtocolMap['reveal']>[0] {
  return isObject(data) && isOffset(data.start) && isOffset(data.end) && data.end > data.start;
}

const REPORT_OPTIONS = new Set(['early', 'lean']);

/** getReport takes nothing or `{ early?, lean? }` of booleans; anything else is a malformed message. */
export function isGetReportData(data: unknown): data is GetReportData {
  if (data === undefined || data === null) return true;
  if (!isObject(data)) return false;
  const keys = Object.keys(data);
  return keys.length > 0 && keys.every((key) => REPORT_OPTIONS.has(key) && typeof data[key] === 'boolean');
}

/** The fields of runtime.MessageSender we rely on. */
export interface SenderLike {
  id?: string;
  url?: string;
}

/**
 * True for messages from this extension's own pages (popup, side panel, options), not from content
 * scripts in other tabs, whose sender URL is a web page.
 */
export function isFromExtensionPage(sender: SenderLike | undefined, runtimeId: string, extensionOrigin: string): boolean {
  if (!sender || sender.id !== runtimeId) return false;
  // Firefox/Chrome give extension pages a moz-extension:// or chrome-extension:// URL of our origin.
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** A light check of a content script's answer, for the popup's side of the boundary. */
export function isPageReport(value: unknown): value is PageReport {
  if (!isObject(value)) return false;
  if (value.status === 'no-article' || value.status === 'error') return typeof value.message === 'string';
  if (value.status !== 'ok' || !isObject(value.analysis) || !isObject(value.highlights)) return false;
  const a = value.analysis;
  return (
    typeof a.text === 'string' && Array.isArray(a.quotes) && Array.isArray(a.entities) &&
    Array.isArray(a.duplicates) && Array.isArray(a.boilerplate)
  );
}

/** A content script's lean answer: an 'ok' report whose analysis the background keeps. */
export function isLeanPageReport(value: unknown): value is LeanPageReport {
  return isObject(value) && value.status === 'ok' && value.analysis === undefined && typeof value.readingKey === 'string' && isObject(value.highlights);
}

/** The one refusal every handler of ours gives: the sender first, then the payload. */
export function refuseUnless(fromUs: boolean, valid: boolean): void {
  if (!fromUs) throw new Error('Quotelens: message refused (not from the extension).');
  if (!valid) throw new Error('Quotelens: message refused (malformed payload).');
}
