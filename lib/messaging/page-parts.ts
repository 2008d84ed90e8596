import { isObject } from '@/lib/shapes';

/**
 * A long page's HTML goes to the reader in parts (issue 11). Chrome turns a message into JSON on the
 * sending page's main thread, in one task however long the text: 17-24 ms for yahoo's pages, over
 * 30 ms for the hostile test's enormous article, and a page near the 16 M-character limit would stall
 * for hundreds. Parts of this size each cost the page a few ms, with its own task in between.
 */
export const PART_CHARS = 256 * 1024;

/** One part of a page on its way: all but the last are sent as these; the last rides with the request. */
export interface PagePart {
  /** The sending page's own name for this page's HTML (a random id per reading). */
  id: string;
  /** 0 for the first part. */
  index: number;
  text: string;
}

/** Names the parts that went ahead of a request whose `html` is the last part. */
export interface PartsNote {
  id: string;
  /** How many parts in all, the last (the request's own `html`) included. */
  count: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * `text` cut into parts of at most `size` characters (one part, maybe empty, when it is short). Never
 * between the two halves of a character outside the BMP (an emoji): a lone half does not survive
 * Chrome's JSON (it becomes U+FFFD).
 */
export function splitIntoParts(text: string, size = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + size, text.length);
    // Back one when that leaves something, else on one (only when `size` is 1).
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end += end - at > 1 ? -1 : 1;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts.length ? parts : [''];
}

/** How many pages' parts a reader holds at once: a page whose request never came is dropped. */
export const INBOX_PAGES = 4;

/**
 * The reader's side: parts held until their page's request comes, by sender (tab and frame) and id,
 * so one page can never complete another's. Bounded: at most INBOX_PAGES pages, none over the limit.
 */
export interface PartsInbox {
  /** Holds a part; false when refused (a page over the size limit). */
  add(sender: string, part: PagePart): boolean;
  /** The whole HTML of a page, its parts taken out of the inbox; null when any part is missing. */
  take(sender: string, note: PartsNote, last: string): string | null;
}

/** `maxChars`: the most a whole page may hold (the reader's own limit on a page's HTML). */
export function createPartsInbox(maxChars: number, limitPages = INBOX_PAGES): PartsInbox {
  // A Map iterates in insertion order: the first page is the oldest.
  const pages = new Map<string, { parts: string[]; chars: number }>();
  const keyOf = (sender: string, id: string) => `${sender}\n${id}`;
  return {
    add(sender, part) {
      const key = keyOf(sender, part.id);
      const page = pages.get(key) ?? { parts: [], chars: 0 };
      const chars = page.chars - (page.parts[part.index]?.length ?? 0) + part.text.length;
      if (chars > maxChars) {
        pages.delete(key);
        return false;
      }
      page.parts[part.index] = part.text;
      page.chars = chars;
      pages.set(key, page);
      while (pages.size > limitPages) pages.delete(pages.keys().next().value!);
      return true;
    },
    take(sender, note, last) {
      const key = keyOf(sender, note.id);
      const page = pages.get(key);
      pages.delete(key);
      if (!page || page.parts.length !== note.count - 1) return null;
      for (let i = 0; i < note.count - 1; i++) if (page.parts[i] === undefined) return null;
      return page.parts.join('') + last;
    },
  };
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1000;

/** A part as sent by a content script: a page can be no more than 1000 parts. */
export function isPagePart(data: unknown): data is PagePart {
  return isObject(data) && isId(data.id) && isCount(data.index) && typeof data.text === 'string' && data.text.length <= PART_CHARS;
}

export function isPartsNote(data: unknown): data is PartsNote {
  return isObject(data) && isId(data.id) && isCount(data.count) && (data.count as number) >= 2;
}

/** Holds a part that came from `sender` (see partsSenderOf); throws once its page is over the limit. */
export function holdPart(inbox: PartsInbox, sender: string, part: PagePart): true {
  if (!inbox.add(sender, part)) throw new Error('Quotelens: page too large to read.');
  return true;
}

/** Whose parts these are: a tab's frame (a sender is a content script, checked before). */
export const partsSenderOf = (sender: { tab: { id: number }; frameId?: number }) => `${sender.tab.id}:${sender.frameId ?? 0}`;

/**
 * The page a request stands for: as sent when it came whole, else with its parts put back together.
 * Throws when a part is missing (the sender then sends it whole another way).
 */
export function wholePage<T extends { html: string; parts?: PartsNote }>(inbox: PartsInbox, sender: string, page: T): Omit<T, 'parts'> {
  const { parts, ...rest } = page;
  if (!parts) return rest;
  const html = inbox.take(sender, parts, page.html);
  if (html === null) throw new Error('Quotelens: a part of the page did not arrive.');
  return { ...rest, html };
}
