// Given names common in German- and Spanish-language news (the people of both languages and the foreign
// politicians their papers quote), by the gender they usually mark. A name that opens a run of two or
// more capitalised words makes the run a person even with no title or verb of saying near it ("un
// posteo de Cristina Kirchner"), and gives "la vicepresidenta" or "sie" a person to stand for.
// Names often worn by places or firms ("Santa", "Mercedes", "San") are left out on purpose.

import type { GivenNameGender } from './types';

const FEMALE = [
  // Spanish and Portuguese
  'ana', 'andrea', 'ángela', 'antonia', 'beatriz', 'carla', 'carmen', 'carolina', 'catalina', 'cecilia', 'claudia',
  'cristina', 'daniela', 'diana', 'dolores', 'elena', 'elisa', 'elizabeth', 'esperanza', 'eva', 'fernanda', 'florencia',
  'gabriela', 'graciela', 'inés', 'irene', 'isabel', 'josefina', 'juana', 'julia', 'laura', 'lorena', 'lucía', 'luisa',
  'manuela', 'margarita', 'marcela', 'maría', 'mariana', 'marina', 'marta', 'micaela', 'mónica', 'natalia', 'nora',
  'patricia', 'paula', 'pilar', 'raquel', 'rocío', 'rosa', 'rosario', 'sandra', 'silvia', 'sofía', 'soledad', 'susana',
  'teresa', 'valeria', 'verónica', 'victoria', 'virginia', 'ximena', 'yolanda', 'gabriela', 'michelle', 'dilma',
  // German
  'alice', 'angela', 'anja', 'anke', 'anna', 'annalena', 'annegret', 'birgit', 'brigitte', 'christiane', 'christine',
  'claudia', 'franziska', 'gabriele', 'heike', 'ines', 'jana', 'julia', 'karin', 'katarina', 'katharina', 'katja',
  'kerstin', 'kristina', 'lena', 'malu', 'manuela', 'maren', 'martina', 'monika', 'nancy', 'petra', 'renate', 'ricarda',
  'sabine', 'sahra', 'sarah', 'saskia', 'silke', 'simone', 'sophie', 'stefanie', 'susanne', 'svenja', 'tanja', 'ulla',
  'ulrike', 'ursula', 'ute',
  // elsewhere
  'alexandria', 'elizabeth', 'hillary', 'kamala', 'marine', 'nancy', 'ségolène', 'theresa', 'yulia', 'olena', 'jacinda',
  'giorgia', 'liz',
];

const MALE = [
  // Spanish and Portuguese
  'agustín', 'alberto', 'alejandro', 'alfredo', 'álvaro', 'andrés', 'aníbal', 'antonio', 'arturo', 'axel', 'carlos',
  'césar', 'cristian', 'daniel', 'diego', 'eduardo', 'emilio', 'enrique', 'ernesto', 'esteban', 'federico', 'felipe',
  'fernando', 'francisco', 'gabriel', 'gerardo', 'gonzalo', 'guillermo', 'gustavo', 'horacio', 'hugo', 'ignacio',
  'javier', 'jesús', 'joaquín', 'jorge', 'josé', 'juan', 'julio', 'leonardo', 'lucas', 'luis', 'manuel', 'marcelo',
  'marcos', 'mariano', 'mario', 'martín', 'mauricio', 'máximo', 'miguel', 'nicolás', 'néstor', 'óscar', 'pablo',
  'pedro', 'rafael', 'ramón', 'raúl', 'ricardo', 'roberto', 'rodrigo', 'rubén', 'santiago', 'sergio', 'sebastián',
  'tomás', 'vicente', 'lula', 'jair', 'evo', 'gabriel',
  // German
  'andreas', 'armin', 'bernd', 'björn', 'boris', 'christian', 'dieter', 'dietmar', 'frank', 'friedrich', 'gerhard',
  'günter', 'hans', 'heiko', 'heinz', 'helmut', 'horst', 'hubertus', 'jens', 'joachim', 'jörg', 'jürgen', 'karl',
  'karsten', 'klaus', 'kurt', 'lars', 'markus', 'martin', 'matthias', 'michael', 'norbert', 'olaf', 'peter', 'ralf',
  'rolf', 'sigmar', 'stefan', 'stephan', 'thomas', 'thorsten', 'tobias', 'uwe', 'volker', 'walter', 'werner',
  'winfried', 'wolfgang',
  // elsewhere
  'barack', 'benjamin', 'donald', 'emmanuel', 'george', 'joe', 'john', 'vladimir', 'volodímir', 'wolodymyr', 'dmitri',
  'dmitry', 'sergei', 'serguéi', 'xi', 'recep', 'jean', 'jacques', 'françois', 'nicolas', 'boris', 'rishi', 'keir',
  'justin', 'robert', 'william', 'richard', 'james', 'david', 'mike', 'bernie', 'ron',
];

/**
 * Given name (lower case) -> the gender it marks, from each language's lists; a name in two lists takes
 * the later one's.
 */
export function genderedNames(female: readonly string[], male: readonly string[], either: readonly string[] = []): Readonly<Record<string, GivenNameGender>> {
  return Object.fromEntries([
    ...female.map((n) => [n, 'female'] as const),
    ...male.map((n) => [n, 'male'] as const),
    ...either.map((n) => [n, 'either'] as const),
  ]);
}

/** Given name (lower case) -> the gender it marks. */
export const GIVEN_NAMES = genderedNames(FEMALE, MALE);
