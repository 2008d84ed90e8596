import type { Correction, QuoteRef, SpeakerRef } from '@/lib/corrections/types';
import { isObject, isOffset } from '@/lib/shapes';

// Stored data may be corrupted or come from another version: everything read back is checked.
const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function isQuoteRef(v: unknown): v is QuoteRef {
  return isObject(v) && isShortString(v.id, 200) && isOffset(v.start) && isOffset(v.end) && v.end > v.start && isShortString(v.text, 1000);
}

export function isSpeakerRef(v: unknown): v is SpeakerRef {
  return isObject(v) && isShortString(v.id, 200) && isShortString(v.name, 500);
}

export function isCorrection(v: unknown): v is Correction {
  if (!isObject(v) || !isQuoteRef(v.quote)) return false;
  if (v.action === 'dismiss') return true;
  return v.action === 'reassign' && (v.speaker === null || isSpeakerRef(v.speaker));
}
