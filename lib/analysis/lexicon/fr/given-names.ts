// Given names common in French-language news (the French, Belgian, Swiss and Quebec people its papers
// quote), by the gender they usually mark. A name that opens a run of two or more capitalised words makes
// the run a person with nothing else near it ("la réforme de Bruno Le Maire … a-t-il dit"). Left out on
// purpose: names that are also words of running text or of bodies when capitalised (Marine, as in "la
// Marine nationale"; Aurore, France, Léon); names worn by both sexes (Camille, Claude, Dominique) tell no
// gender.
import { genderedNames } from '../given-names';

const FEMALE = [
  'agnès', 'amélie', 'anne', 'anne-marie', 'annie', 'audrey', 'aurélie', 'brigitte', 'carole', 'caroline', 'catherine',
  'cécile', 'céline', 'chantal', 'christine', 'claire', 'clémentine', 'corinne', 'delphine', 'élisabeth', 'élise',
  'émilie', 'emmanuelle', 'florence', 'françoise', 'hélène', 'isabelle', 'jacqueline', 'julie', 'juliette',
  'karine', 'laure', 'laurence', 'léa', 'lucie', 'marie', 'marion', 'marlène', 'martine',
  'mathilde', 'monique', 'najat', 'nathalie', 'nicole', 'pascale', 'patricia', 'rachida', 'sabine', 'sandrine',
  'ségolène', 'simone', 'sophie', 'stéphanie', 'sylvie', 'valérie', 'véronique', 'virginie',
];

const MALE = [
  'alain', 'alexandre', 'antoine', 'arnaud', 'benoît', 'bernard', 'bruno', 'christian', 'christophe', 'daniel',
  'david', 'didier', 'édouard', 'emmanuel', 'éric', 'fabien', 'fabrice', 'françois', 'frédéric', 'gabriel',
  'gérald', 'gérard', 'gilles', 'guillaume', 'henri', 'hervé', 'jacques', 'jean', 'jean-claude', 'jean-françois',
  'jean-louis', 'jean-luc', 'jean-marc', 'jean-marie', 'jean-michel', 'jean-paul', 'jean-pierre', 'jean-yves',
  'jérôme', 'julien', 'laurent', 'lionel', 'louis', 'luc', 'manuel', 'marc', 'mathieu', 'matthieu', 'maxime',
  'michel', 'nicolas', 'olivier', 'pascal', 'patrick', 'philippe', 'pierre', 'raphaël', 'rémi', 'richard',
  'robert', 'sébastien', 'serge', 'stéphane', 'sylvain', 'thierry', 'thomas', 'vincent', 'xavier', 'yannick',
  'yves',
];

const EITHER = ['camille', 'claude', 'dominique'];

/** Given name (lower case) -> the gender it marks. */
export const FR_GIVEN_NAMES = genderedNames(FEMALE, MALE, EITHER);
