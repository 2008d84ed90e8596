import { describe, expect, it } from 'vitest';
import { creditTailStart, isCreditLine } from '@/lib/analysis/boilerplate/credit';

describe('isCreditLine', () => {
  it.each([
    'Photo: Jane Roe/Reuters',
    'Photograph: Jane Roe/AP',
    'Photo by Jane Roe',
    'Foto: Timo Beispiel',
    'Crédit photo : Jean Dupont',
    'Jane Roe/AFP via Getty Images',
    'Getty Images',
    '(Image credit: Orbital Labs)',
    'CreditCreditJane Roe/The Daily',
    '. Imagen: Agencia Sur',
    'Jan Nowak, photo: City Archive',
    'Marta Ruiz, foto: Archivo Municipal',
  ])('credit: %s', (line) => expect(isCreditLine(line)).toBe(true));

  it.each([
    'The photo was taken in 2019 by a tourist.',
    'Police released an image of the suspect on Monday.',
    'Reuters reported the deal earlier this week, citing three sources.',
    'Jan Nowak, the photo editor, retired in May.',
  ])('not a credit: %s', (line) => expect(isCreditLine(line)).toBe(false));
});

describe('creditTailStart', () => {
  it.each([
    ['Firefighters at the scene on Monday. Photo: Jane Roe/Reuters', 'Photo: Jane Roe/Reuters', false],
    ['A ferry crosses the bay (AP Photo/John Doe)', '(AP Photo/John Doe)', false],
    ['The square after the storm.CreditJane Roe/The Daily', 'CreditJane Roe/The Daily', true],
    // Each tail that first looks for something it needs: "Credit", a closing parenthesis, a slash, "via", a colon.
    ['Nurses prepare the ward for treatment. Credit: Jane Roe/Agency', 'Credit: Jane Roe/Agency', false],
    ['The new ward opened for treatmentCredit: EPA', 'Credit: EPA', false],
    ['A ferry crosses the bay (Image: Getty)  ', '(Image: Getty)  ', false],
    ['Ein Reh im Wald, gut getarnt. (mlharing / iStock.com)', '(mlharing / iStock.com)', false],
    ['The mayor at the opening, Jane Roe, Photo VIA Agency', 'Photo VIA Agency', false],
    ['Die Spieler nach dem Sieg des TurniersBild: Agentur/Name', 'Bild: Agentur/Name', false],
    ['Crowds gathered in the square in Kyiv. Jane Roe/AFP via Getty Images', 'Jane Roe/AFP via Getty Images', false],
    ['Les manifestants devant la mairie, lundi. Photo : Jean Dupont', 'Photo : Jean Dupont', false],
    ['The harbour at dawn, seen from the ferry. Photo BY Jane Roe', 'Photo BY Jane Roe', false],
    ['Firefighters at the scene on Monday in New York.Reuters', 'Reuters', false],
  ])('%s', (line, tail, glued) => {
    expect(line.slice(creditTailStart(line, glued))).toBe(tail);
  });

  it.each([
    'The square after the storm.CreditJane Roe/The Daily',
    'She took the photo herself, she said.',
    'The new ward opened for treatment, with credit: EPA',
  ])('no visible credit tail: %s', (line) => expect(creditTailStart(line)).toBe(-1));

  it.each([
    // the glued label is the capitalised word itself
    'The square after the storm.creditJane Roe/The Daily',
    'The square after the storm. Photographed by Jane Roe',
    'Credit where it is due, the council said.',
  ])('no glued credit either: %s', (line) => expect(creditTailStart(line, true)).toBe(-1));
});
