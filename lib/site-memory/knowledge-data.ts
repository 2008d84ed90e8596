import type { SiteKnowledge } from '@/lib/analysis/boilerplate/find-boilerplate';
import { LIMITS } from './types';

/** SiteKnowledge as plain JSON, for a message (Sets and Maps do not survive structured cloning to JSON). */
export interface SiteKnowledgeData {
  repeatedLines: string[];
  verdicts: [string, boolean][];
}

export const toKnowledgeData = (k: SiteKnowledge): SiteKnowledgeData => ({
  repeatedLines: [...(k.repeatedLines ?? [])],
  verdicts: [...(k.verdicts ?? [])],
});

export const fromKnowledgeData = (d: SiteKnowledgeData): SiteKnowledge => ({
  repeatedLines: new Set(d.repeatedLines),
  verdicts: new Map(d.verdicts),
});

const isKey = (v: unknown) => typeof v === 'string' && v.length <= 64;

/** A message's knowledge, checked at the boundary (bounded by the memory's own limits). */
export function isSiteKnowledgeData(value: unknown): value is SiteKnowledgeData {
  if (typeof value !== 'object' || value === null) return false;
  const { repeatedLines, verdicts } = value as Record<string, unknown>;
  return Array.isArray(repeatedLines) && repeatedLines.length <= LIMITS.linesPerSite && repeatedLines.every(isKey) &&
    Array.isArray(verdicts) && verdicts.length <= LIMITS.verdictsPerSite &&
    verdicts.every((v) => Array.isArray(v) && v.length === 2 && isKey(v[0]) && typeof v[1] === 'boolean');
}
