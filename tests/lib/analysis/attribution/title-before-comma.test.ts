import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';

/** The officials (name and title) of paragraphs on a page declared in `lang`. */
function officialsIn(lang: string, ...paragraphs: string[]) {
  const article = { ...articleFromPlainText(['Une page de test', ...paragraphs].join('\n\n')), lang };
  return findAttributions(article).entities.filter((e) => e.type === 'person' && e.title).map((e) => [e.name, e.title]);
}

describe('a title before a comma and the name', () => {
  it.each([
    ['fr', 'an article fused with "de" after the head stays inside the title',
      'A peine nommée, la nouvelle ministre des Sports, Roxana Maracineanu, est épinglée dans la presse.',
      ['Roxana Maracineanu', 'nouvelle ministre des Sports']],
    ['es', 'a preposition with its article, as before',
      'El presidente de la comisión, Juan Pérez, habló con la prensa.',
      ['Juan Pérez', 'presidente de la comisión']],
    ['es', 'an adjective of nationality after the head, then its complement',
      'El ministro ruso de Asuntos Exteriores, Serguei Lavrov, dijo el lunes que Occidente no debería subestimar los riesgos.',
      ['Serguei Lavrov', 'ministro ruso de Asuntos Exteriores']],
    ['es', 'an adjective of nationality closing the title',
      'La periodista argentina, María Seoane, escribió un libro sobre el tema.',
      ['María Seoane', 'periodista argentina']],
    ['de', 'the German genitive after the head',
      'Dies erklärte der damalige Kassenwart des Kreisverbandes Essen, Klaus Kramer, in einer Versicherung.',
      ['Klaus Kramer', 'damalige Kassenwart des Kreisverbandes Essen']],
  ])('%s: %s', (lang, _, paragraph, official) => {
    expect(officialsIn(lang, paragraph)).toContainEqual(official);
  });

  it('a clause with a verb of saying before the comma is no title ("hatte der Berater … gesagt, Kim lebe")', () => {
    const officials = officialsIn('de', 'Zuvor hatte der Sicherheitsberater der Regierung am Sonntag gesagt, Kim Jong Un lebe.');
    expect(officials.find(([name]) => name === 'Kim Jong Un')).toBeUndefined();
  });
});
