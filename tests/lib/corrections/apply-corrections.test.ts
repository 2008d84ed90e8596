import { describe, expect, it } from 'vitest';
import { applyCorrections, quoteRef } from '@/lib/corrections/apply-corrections';
import type { Correction } from '@/lib/corrections/types';
import { sampleAnalysis } from '../../extension/popup/sample-analysis';

const [q1, q2, , q4, , q6, q7] = sampleAnalysis.quotes;
const varga = { id: 'e1', name: 'Elena Varga' };
const okafor = { id: 'e3', name: 'Tomas Okafor' };

describe('applyCorrections', () => {
  it('changes nothing without corrections', () => {
    const result = applyCorrections(sampleAnalysis, []);
    expect(result.analysis).toBe(sampleAnalysis);
    expect(result.dismissed).toEqual([]);
  });

  it.each([
    ['reassign to another entity', { action: 'reassign', quote: quoteRef(q4), speaker: okafor }, q4.id, 'e3'],
    ['give an unattributed quote a speaker', { action: 'reassign', quote: quoteRef(q7), speaker: varga }, q7.id, 'e1'],
    ['mark the speaker unknown', { action: 'reassign', quote: quoteRef(q6), speaker: null }, q6.id, null],
  ] as [string, Correction, string, string | null][])('%s', (_, correction, quoteId, speakerId) => {
    const { analysis, reassigned } = applyCorrections(sampleAnalysis, [correction]);
    const quote = analysis.quotes.find((q) => q.id === quoteId)!;
    expect(quote.speakerId).toBe(speakerId);
    expect(quote.confidence).toBe(1);
    expect([...reassigned]).toEqual([quoteId]);
    expect(analysis.quotes).toHaveLength(sampleAnalysis.quotes.length);
  });

  it('dismisses a quote and keeps it aside for restoring', () => {
    const { analysis, dismissed } = applyCorrections(sampleAnalysis, [{ action: 'dismiss', quote: quoteRef(q2) }]);
    expect(analysis.quotes.map((q) => q.id)).not.toContain(q2.id);
    expect(dismissed).toEqual([q2]);
    expect(sampleAnalysis.quotes).toContain(q2);
  });

  it('lets a later correction of the same quote win', () => {
    const { analysis, dismissed } = applyCorrections(sampleAnalysis, [
      { action: 'dismiss', quote: quoteRef(q1) },
      { action: 'reassign', quote: quoteRef(q1), speaker: okafor },
    ]);
    expect(dismissed).toEqual([]);
    expect(analysis.quotes.find((q) => q.id === q1.id)?.speakerId).toBe('e3');
  });

  it('finds the quote again by its words when a new analysis gave it another id and place', () => {
    const shifted = { ...sampleAnalysis, quotes: sampleAnalysis.quotes.map((q) => ({ ...q, id: `n-${q.id}`, start: q.start + 7, end: q.end + 7 })) };
    const { analysis } = applyCorrections(shifted, [{ action: 'reassign', quote: quoteRef(q4), speaker: okafor }]);
    expect(analysis.quotes.find((q) => q.id === `n-${q4.id}`)?.speakerId).toBe('e3');
  });

  it('finds the speaker by name when the entity ids changed', () => {
    const renamed = { ...sampleAnalysis, entities: sampleAnalysis.entities.map((e) => ({ ...e, id: `x${e.id}` })) };
    const { analysis } = applyCorrections(renamed, [{ action: 'reassign', quote: quoteRef(q4), speaker: okafor }]);
    expect(analysis.quotes.find((q) => q.id === q4.id)?.speakerId).toBe('xe3');
  });

  it.each([
    ['the quote is gone', { action: 'dismiss', quote: { id: 'q99', start: 1, end: 9, text: 'words nobody said' } }],
    ['the speaker is gone', { action: 'reassign', quote: quoteRef(q4), speaker: { id: 'e77', name: 'Someone Else' } }],
  ] as [string, Correction][])('skips a correction when %s', (_, correction) => {
    const result = applyCorrections(sampleAnalysis, [correction]);
    expect(result.analysis.quotes).toEqual(sampleAnalysis.quotes);
    expect(result.reassigned.size).toBe(0);
  });
});
