import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Una página de prueba');
const entityNames = (lang: string, paragraph: string) =>
  findAttributions({ ...articleFromPlainText(`Una página de prueba\n\n${paragraph}`), lang }).entities.map((e) => e.name);

describe('Spanish adverbs in "-mente" that open a sentence capitalised are nobody', () => {
  it.each([
    'Actualmente se está esperando que el productor realice sus “descargos” para determinar la multa.',
    'Finalmente, el ministro aseguró que “todo va bien” para el año próximo.',
  ])('%s', (paragraph) => {
    expect(entityNames('es', paragraph)).not.toContain(paragraph.split(/[ ,]/)[0]);
  });

  it('a name in the same ending on a shorter stem stays a name ("Roberto Clemente")', () => {
    expect(speakerIn('es', 'Vamos', '“Vamos”, dijo Roberto Clemente.')).toBe('Roberto Clemente');
  });

  it('French keeps its nouns in "-ment" ("Le gouvernement considère qu’…")', () => {
    expect(speakerIn('fr', 'il s’agit', 'Le gouvernement considère qu’il s’agit d’une manière efficace de détecter les profils.')).toBe('gouvernement');
  });
});
