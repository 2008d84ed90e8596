import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';

/** The title given to the person `name` in paragraphs of a page declared in `lang`. */
function titleIn(lang: string, name: string, paragraph: string): string | null {
  const article = { ...articleFromPlainText(['Una página de prueba', paragraph].join('\n\n')), lang };
  return findAttributions(article).entities.find((e) => e.name === name)?.title ?? null;
}

describe('a role coordinated after a kinship word titles the person', () => {
  it.each([
    ['es', 'Laura Pérez', 'Laura Pérez, vecina del barrio e integrante de la asociación Vecinos Unidos, dijo a la radio que el plan no sirve.', 'integrante de la asociación Vecinos Unidos'],
    ['es', 'Juan Gómez', 'Juan Gómez, vecino de la zona y presidente de la cooperativa local, dijo que el agua no alcanza.', 'presidente de la cooperativa local'],
  ])('%s: %s', (lang, name, paragraph, title) => {
    expect(titleIn(lang, name, paragraph)).toBe(title);
  });

  it('a kinship word alone is still no title', () => {
    expect(titleIn('es', 'Laura Pérez', 'Laura Pérez, vecina del barrio, dijo a la radio que el plan no sirve.')).toBeNull();
  });
});
