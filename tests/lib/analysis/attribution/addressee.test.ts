import { describe, expect, it } from 'vitest';
import { speakerFinder } from './helpers';

const speakerIn = speakerFinder('Una página de prueba sobre el Gobierno');

describe('the person told after a verb of saying is not its speaker', () => {
  it.each([
    ['an outlet told, then the circle the source speaks from',
      '"La idea es repulsiva", explicaron a Clarín desde el entorno presidencial este martes.', 'La idea', 'entorno presidencial'],
    ['a body the source speaks from',
      'El plan sigue en discusión. "No hay acuerdo todavía", señalaron a la prensa desde el Gobierno.', 'No hay acuerdo', 'Gobierno'],
    ['an outlet told, then the named subject',
      'El ministro Pedro Gómez visitó la planta. "El plan seguirá adelante", dijo a la radio el ministro Pedro Gómez.', 'El plan', 'Pedro Gómez'],
  ])('%s', (_, paragraph, fragment, speaker) => {
    expect(speakerIn('es', fragment, paragraph)).toBe(speaker);
  });

  it('"desde" a place is where the speaker stands, not who speaks', () => {
    expect(speakerIn('es', 'Vamos a seguir',
      'El presidente Alberto Fernández habló con la prensa. "Vamos a seguir trabajando", dijo desde La Pampa.')).toBe('Alberto Fernández');
  });
});
