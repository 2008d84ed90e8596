import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { findAttributions } from '@/lib/analysis/attribution/find-attributions';

/** Quotes with speaker names and the titled people of paragraphs on a French page; `headings` are block indexes (1 = first paragraph). */
function attributeFr(paragraphs: string[], headings: number[] = []) {
  const article = { ...articleFromPlainText(['Titre', ...paragraphs].join('\n\n')), lang: 'fr' };
  article.blocks = article.blocks.map((b, i) => (headings.includes(i) ? { ...b, kind: 'heading' as const } : b));
  const result = findAttributions(article);
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  return {
    quotes: result.quotes.map((q) => ({ text: q.text, speaker: q.speakerId ? (byId.get(q.speakerId)?.name ?? null) : null })),
    officials: result.entities.filter((e) => e.type === 'person' && e.title).map((e) => [e.name, e.title]),
  };
}

/** The sentence gives the person named `name` the office `title`. */
const holdsOffice = (sentence: string, name: string, title: string) => {
  expect(attributeFr([sentence]).officials).toContainEqual([name, title]);
};
const speakerOf = (r: ReturnType<typeof attributeFr>, fragment: string) => r.quotes.find((q) => q.text.includes(fragment))?.speaker;

describe('French: a document speaks through its own verbs', () => {
  it.each([
    ['Le décret prévoit de contraindre les opérateurs à « conserver les données de connexion pendant un an ».', 'conserver les données', 'décret'],
    ['Une des mesures les plus discutées de ce projet de loi prévoit d’obliger les plateformes à « retirer tout contenu illicite sous une heure ».', 'retirer tout contenu', 'loi'],
    ['Le rapport énonce ainsi les « priorités absolues de la politique sanitaire du pays ».', 'priorités absolues', 'rapport'],
  ])('%s', (sentence, fragment, speaker) => {
    expect(speakerOf(attributeFr([sentence]), fragment)).toContain(speaker);
  });

  it('gives no speaker when a person "prévoit" (a plan, not a statement)', () => {
    const r = attributeFr(['Jean Morel prévoit de partir en juin pour une « année sabbatique bien méritée loin de Paris ».']);
    expect(speakerOf(r, 'année sabbatique')).not.toBe('Jean Morel');
  });
});

describe('French: a presentative sentence goes on with the report before it', () => {
  it('credits « … » after "Il s’agit de" to the document of the sentence before', () => {
    const r = attributeFr(['Le projet de loi énonce les motifs que peuvent invoquer les services. Il s’agit notamment de « la sécurité des approvisionnements énergétiques » et de « la protection du patrimoine scientifique ».']);
    expect(speakerOf(r, 'la sécurité des approvisionnements')).toContain('loi');
    expect(speakerOf(r, 'la protection du patrimoine')).toContain('loi');
  });

  it('counts a short quotation the presentative attributes, over the paragraph’s earlier speaker', () => {
    const r = attributeFr(['« Nous voterons contre », a déclaré Anne Lemoine. Le rapport énonce les risques du texte. C’est « la fin du contrôle ».']);
    expect(speakerOf(r, 'la fin du contrôle')).toContain('rapport');
  });

  it('leaves a quotation after a sentence that reports nobody without a speaker', () => {
    const r = attributeFr(['Le projet de loi arrive au Sénat mardi. Il s’agit notamment de « la sécurité des approvisionnements énergétiques ».']);
    expect(speakerOf(r, 'la sécurité des approvisionnements')).toBeNull();
  });
});

describe('French: an incise inside the marks may end with a colon', () => {
  it('splits « … – observe-t-il dans un livre : … » and gives both parts the speaker', () => {
    const r = attributeFr([
      'Le sociologue Marc Aubry publie un nouvel essai.',
      '« Les réseaux nous promettent une parole libre pour chacun – observe-t-il dans un autre livre : Les voix perdues. Mais la parole libre se perd vite dans le bruit de tous. »',
    ]);
    expect(speakerOf(r, 'Les réseaux nous promettent')).toBe('Marc Aubry');
    expect(speakerOf(r, 'Mais la parole libre')).toBe('Marc Aubry');
    expect(r.quotes.some((q) => q.text.includes('observe-t-il'))).toBe(false);
  });
});

describe('French: reported clauses', () => {
  it('keeps the closing guillemet of a clause that ends on a quotation', () => {
    const r = attributeFr(['La ministre des Sports Laure Vidal annonce sa démission pour des « raisons familiales ».']);
    const q = r.quotes.find((x) => x.text.includes('raisons familiales'));
    expect(q?.speaker).toBe('Laure Vidal');
    // the quotation is whole: both marks or neither
    expect((q?.text.match(/«/g) ?? []).length).toBe((q?.text.match(/»/g) ?? []).length);
  });

  it('reads a verb of saying in the future ("que les élus qualifieront de « … »")', () => {
    const r = attributeFr(['Les révélations provoquent un malaise, que les députés qualifieront de « simple querelle de couloir ».']);
    expect(speakerOf(r, 'simple querelle de couloir')).toContain('députés');
  });

  it('does not read "continuer à" as a verb of saying', () => {
    const r = attributeFr(['Le conseiller Paul Serre, licencié en mai, a continué à utiliser son badge malgré son départ du ministère.']);
    expect(r.quotes.some((q) => q.text.includes('utiliser son badge'))).toBe(false);
  });
});

describe('French: a person named in a heading takes the title of the paragraph below', () => {
  it.each([
    [['Hélène Garnier', 'Fin 2019, la ministre de la Culture est mise en cause pour des travaux sans permis.'], 'Hélène Garnier', 'ministre de la Culture'],
    [['Luc Besson-Martin', 'Le député de la Creuse a démissionné de son groupe en mars.'], 'Luc Besson-Martin', 'député de la Creuse'],
  ])('%j', (paragraphs, name, title) => {
    expect(attributeFr(paragraphs, [1]).officials).toContainEqual([name, title]);
  });

  it('gives no title when the paragraph does not open on a definite title', () => {
    const r = attributeFr(['Hélène Garnier', 'Dans son livre, elle raconte la ministre de la Culture de son enfance.'], [1]);
    expect(r.officials.some(([n]) => n === 'Hélène Garnier')).toBe(false);
  });

  it('gives no title when the name is in a paragraph, not a heading', () => {
    const r = attributeFr(['Hélène Garnier', 'Fin 2019, la ministre de la Culture est mise en cause pour des travaux sans permis.']);
    expect(r.officials.some(([n]) => n === 'Hélène Garnier')).toBe(false);
  });
});

describe('French: a person appointed or elected to an office holds it', () => {
  it.each([
    ['Le 3 mars, Paul Aubert a été nommé « délégué interministériel à la sécurité routière ». Il prendra ses fonctions lundi.', 'Paul Aubert', 'délégué interministériel à la sécurité routière'],
    ['Avant d’être nommée ministre de l’Agriculture, Claire Vautrin dirigeait une coopérative.', 'Claire Vautrin', 'ministre de l’Agriculture'],
    ['En 2014, Marc Olivier est élu maire de Vierzon.', 'Marc Olivier', 'maire de Vierzon'],
    // the quoted office ends at its mark, however long the sentence goes on after it
    ['Le 10 mai, Sophie Marchal a été nommée « conseillère d’Etat en service extraordinaire ». Ou comment une chercheuse devient experte en droit public auprès du gouvernement.', 'Sophie Marchal', 'conseillère d’Etat en service extraordinaire'],
  ])('%s', holdsOffice);

  it('gives no office to a name that is not the one appointed', () => {
    const r = attributeFr(['Le livre de Paul Aubert raconte comment un médecin est nommé directeur de l’hôpital.']);
    expect(r.officials.some(([n]) => n === 'Paul Aubert')).toBe(false);
  });
});

describe('French: a person who is or becomes an office holds it', () => {
  it.each([
    // a copula before the bare office, across an incise
    ['En 2012, Hervé Lamotte fut, le temps d’un été, ministre de l’Agriculture.', 'Hervé Lamotte', 'ministre de l’Agriculture'],
    ['Odile Brunet devint alors présidente du conseil régional.', 'Odile Brunet', 'présidente du conseil régional'],
    ['Depuis 2018, Lucas Perrin est directeur de l’agence.', 'Lucas Perrin', 'directeur de l’agence'],
  ])('%s', holdsOffice);

  it('gives no office for an adjective after the copula ("est responsable de")', () => {
    const r = attributeFr(['Selon l’enquête, Lucas Perrin est responsable de la fuite des documents.']);
    expect(r.officials.some(([n]) => n === 'Lucas Perrin')).toBe(false);
  });
});

describe('French: titles in appositions and groups', () => {
  it.each([
    // an adverb of time opens the apposition
    ['Le 3 mai, Karim Benali, alors député de la Marne, a quitté le groupe.', 'Karim Benali', 'député de la Marne'],
    // a first apposition without an office (an age, a description), then the title
    ['Jeanne Morin, 54 ans, maire de Vierzon, a porté plainte.', 'Jeanne Morin', 'maire de Vierzon'],
    ['Paul Girard, un des premiers « marcheurs », actuel président de la commission des lois, est visé.', 'Paul Girard', 'actuel président de la commission des lois'],
    // a title that opens its sentence, without an article
    ['Ancienne ministre des Sports, Claire Vautrin a été mise en examen.', 'Claire Vautrin', 'Ancienne ministre des Sports'],
  ])('%s', holdsOffice);

  it('gives the office of a group ("Parmi les députés …") to each person the sentence lists', () => {
    const r = attributeFr(['Parmi les sénateurs opposés au texte figurent l’écologiste Anne Roussel ou Marc Villain, mais aussi Louis Arnaud. Le vote a lieu mardi avec Jules Bertin.']);
    expect(r.officials).toEqual(expect.arrayContaining([['Anne Roussel', 'sénateur'], ['Marc Villain', 'sénateur'], ['Louis Arnaud', 'sénateur']]));
    // the next sentence is not the group's
    expect(r.officials.some(([n]) => n === 'Jules Bertin')).toBe(false);
  });
});

describe('French: a demonstrative description makes a person of the name before it', () => {
  it('gives the quote to the first name taken up by "Cette jeune femme", not to the woman named earlier', () => {
    const r = attributeFr([
      'Claire Morel, professeure d’histoire, défend son cours. « Le cours continue », affirme-t-elle.',
      'Plus loin, nous discutons avec Ysaline. Cette jeune femme de 22 ans étudie le droit. « Je suis inquiète pour la suite, soupire-t-elle. Rien ne bouge. »',
    ]);
    expect(speakerOf(r, 'Je suis inquiète')).toBe('Ysaline');
    expect(speakerOf(r, 'Le cours continue')).toBe('Claire Morel');
  });

  it('leaves a place alone ("à Nantes. Cette ville …")', () => {
    const r = attributeFr(['Claire Morel, professeure, enseigne à Nantes. Cette ville compte 300 000 habitants. « Tout va bien », dit-elle.']);
    expect(speakerOf(r, 'Tout va bien')).toBe('Claire Morel');
  });
});
