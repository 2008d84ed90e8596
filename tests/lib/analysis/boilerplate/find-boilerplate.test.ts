import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '@/lib/analysis/boilerplate/find-boilerplate';
import { lineFingerprint } from '@/lib/analysis/boilerplate/fingerprint';
import type { ArticleText } from '@/lib/analysis/types';
import { articleFromPlainText } from '@/lib/extract/assemble';
import { articleWith } from './helpers';

describe('findBoilerplate: lines that are not reporting', () => {
  it.each([
    ['Subscribe to the Morning Ledger for daily updates!', 'subscription prompt'],
    ['Sign up for our free weekly newsletter.', 'subscription prompt'],
    ['[Get the best of our local coverage in your inbox.]', 'subscription prompt'],
    ['Abonnez-vous à notre newsletter', 'subscription prompt'],
    ['Jetzt Newsletter abonnieren und nichts verpassen', 'subscription prompt'],
    ['Suscríbete a nuestro boletín', 'subscription prompt'],
    ['Assine a nossa newsletter', 'subscription prompt'],
    ['Follow us on Instagram and Twitter', 'share/follow prompt'],
    ['Facebook Twitter WhatsApp Email', 'share/follow prompt'],
    ['© 2024 Riverside Media Group. All rights reserved.', 'copyright notice'],
    ['Tous droits réservés', 'copyright notice'],
    ['Alle Rechte vorbehalten.', 'copyright notice'],
    ['This article was originally published on The Harbour Review.', 'syndication note'],
    ['Dieser Artikel erschien zuerst im Stadtanzeiger.', 'syndication note'],
    ['Read more: Bridge repairs delayed again', 'related-link list'],
    ['À lire aussi : la ville augmente ses impôts', 'related-link list'],
    ['Leia também: prefeitura anuncia obras', 'related-link list'],
    ['Photo: Jane Roe/Reuters', 'photo/video credit'],
    ['Foto: dpa', 'photo/video credit'],
    ['Getty Images', 'photo/video credit'],
    ['Advertisement', 'advertisement label'],
    ['Anzeige', 'advertisement label'],
    ['Maria Lopez is a staff reporter covering city hall and transit.', 'author bio or contact'],
    ['Contact the author at m.lopez@example.org', 'author bio or contact'],
    ['A version of this article appears in print on Page A12 of the city edition.', 'print-edition note'],
    ['Skip to content', 'navigation'],
    ['Image 3 of 12', 'navigation'],
    ['12 Comments', 'comments widget'],
    ['Leave a comment below and join the conversation.', 'comments widget'],
    ['Deixe um comentário', 'comments widget'],
    ['Kommentare schreiben', 'comments widget'],
    ['Ähnliche Beiträge', 'related-link list'],
    ['- Anzeige -', 'advertisement label'],
    ['This post may contain affiliate links.', 'advertisement label'],
    ['Get breaking news alerts delivered weekday mornings.', 'subscription prompt'],
    ['Pour lire la suite', 'subscription prompt'],
    ['Home » News » Local', 'navigation'],
    ['5 min read', 'navigation'],
    ['(Reporting by Jane Roe; Editing by John Doe)', 'author bio or contact'],
    ['Te puede interesar: el puerto amplía sus muelles', 'related-link list'],
    ['Valora esta noticia', 'comments widget'],
    ['Czytaj też: Port rozbuduje nabrzeże', 'related-link list'],
    ['Leggi anche: il porto cresce', 'related-link list'],
    ['Tutti i diritti riservati', 'copyright notice'],
    ['Tempo de leitura: 3 minutos', 'navigation'],
    ['Sie sind aktuell nicht eingeloggt.', 'subscription prompt'],
    ['Download our app for iOS and Android to get alerts!', 'subscription prompt'],
    ['Contributing: Kristine Phillips', 'author bio or contact'],
    ['Keith Bradsher contributed reporting from Hong Kong.', 'author bio or contact'],
    ['Mitarbeit: Antonio Gutierrez', 'author bio or contact'],
    ['(Con información de AFP, EFE y Reuters)', 'author bio or contact'],
    ['Have a news tip? Email the newsroom.', 'author bio or contact'],
    ['2:58 p.m.: This article was updated with comments from the police.', 'author bio or contact'],
    ['The Ledger 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax', 'author bio or contact'],
    ['Follow NBC Latino on Facebook, Twitter and Instagram.', 'share/follow prompt'],
    ['Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.', 'related-link list'],
    ['A lire aussi :', 'related-link list'],
    ['Revivez le direct du vote à l’Assemblée avec vos questions.', 'related-link list'],
    ['Unsere Arbeit ist spendenfinanziert. Helfen auch Sie mit!', 'subscription prompt'],
    ['Make MSN my homepage', 'navigation'],
    ['-0:00', 'navigation'],
    ['Transcript', 'navigation'],
    ['n/a', 'navigation'],
    ['Show less', 'navigation'],
    ['Slideshow ( 3 images )', 'navigation'],
    ['5 Min Read', 'navigation'],
    ['Image 1 of / 5', 'navigation'],
    ['for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-up', 'navigation'],
  ])('%s -> %s', (line, reason) => {
    const article = articleWith([line]);
    const found = findBoilerplate(article);
    expect(found).toHaveLength(1);
    expect(found[0].reason).toBe(reason);
    expect(article.text.slice(found[0].start, found[0].end)).toBe(line);
  });

  it.each([
    'The council will publish the newsletter of the parks department next week, officials said.',
    'Readers who subscribe to the theory that taxes will rise should look at the numbers, she said.',
    'Police said the photo was taken in March near the old railway station.',
    'The company holds the copyright to the design and sued a rival in 2019 over a similar product.',
    'He said the plan would be shared with neighbouring towns before the vote.',
    'Read the fine print, the consumer group warned, because fees can double after a year.',
    'Listen to the people, the mayor said, and watch them live their lives.',
    'Trending topics on the city forum included the bridge and the school budget.',
    'The contributing factors, the report said, were rain and poor maintenance.',
    'Mitarbeiter der Stadt sagten, die Brücke werde im Winter repariert.',
    'Retrouvez-vous au marché le samedi ? Les habitants répondent oui, selon le sondage.',
    'Officials said the site had been updated with new figures on Monday.',
  ])('keeps reporting: %s', (line) => {
    expect(findBoilerplate(articleWith([line, 'The vote is expected on Friday after a final hearing.']))).toEqual([]);
  });
});

describe('findBoilerplate: credits fused to captions', () => {
  it.each([
    ['Rescue workers search the rubble in the old town. Photo: Jane Roe/Reuters', 'Photo: Jane Roe/Reuters'],
    ['A ferry crosses the bay at dawn (AP Photo/John Doe, File)', '(AP Photo/John Doe, File)'],
    ['Crowds gathered outside the stadium on Sunday (Image: Getty)', '(Image: Getty)'],
    ['The flooded square after the storm.Credit: Jane Roe/Agency', 'Credit: Jane Roe/Agency'],
  ])('%s', (line, credit) => {
    const found = findBoilerplate(articleWith([line]));
    // The short line a credit ends is a picture's legend: one caption, legend and credit together.
    expect(credit.length).toBeLessThan(line.length);
    expect(found.map((b) => [b.text, b.reason])).toEqual([[line, 'image caption']]);
  });

  it('cuts only the credit glued to the end of a paragraph of the story', () => {
    const story = Array.from({ length: 6 }, (_, i) => `The council met for the ${i + 1}th time this year to discuss the bridge.`).join(' ');
    const found = findBoilerplate(articleWith([`${story} Photo: Jane Roe/Reuters`]));
    expect(found.map((b) => [b.text, b.reason])).toEqual([['Photo: Jane Roe/Reuters', 'photo/video credit']]);
  });
});

describe('findBoilerplate: the site memory and the reader', () => {
  const footer = 'Questions about this story? Write to the desk.';
  const article: ArticleText = articleWith([footer]);

  it('flags a line the site repeats across articles', () => {
    const found = findBoilerplate(article, { repeatedLines: new Set([lineFingerprint(footer)]) });
    expect(found.map((b) => b.reason)).toEqual(['site boilerplate']);
  });

  it('lets the reader keep a line as content', () => {
    const line = 'Sign up for our free weekly newsletter.';
    const withPrompt = articleWith([line]);
    expect(findBoilerplate(withPrompt)).toHaveLength(1);
    expect(findBoilerplate(withPrompt, { verdicts: new Map([[lineFingerprint(line), false]]) })).toEqual([]);
  });

  it('lets the reader mark any line as boilerplate', () => {
    const found = findBoilerplate(article, { verdicts: new Map([[lineFingerprint(footer), true]]) });
    expect(found.map((b) => [b.text, b.reason])).toEqual([[footer, 'marked by reader']]);
  });
});

describe('findBoilerplate: page structure', () => {
  it('lists a repeated label once with every occurrence', () => {
    const article = articleWith(['Image', 'The bridge closed in May.', 'Image', 'The tunnel reopened in June after repairs.']);
    const found = findBoilerplate(article) as (ReturnType<typeof findBoilerplate>[number] & { occurrences?: unknown[] })[];
    expect(found).toHaveLength(1);
    expect(found[0].occurrences).toHaveLength(2);
  });

  it('merges the same line printed twice in a row', () => {
    const article = articleWith(['Facebook', 'Facebook', 'The council meets again next month.']);
    const found = findBoilerplate(article);
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('Facebook\nFacebook');
  });

  const withLinks = (lines: string[], linked: string[], kind?: 'caption') => {
    const base = articleWith(lines);
    const blocks = base.blocks.map((b) => {
      const text = base.text.slice(b.start, b.end);
      return linked.includes(text) ? { ...b, linkChars: b.end - b.start, kind: kind ?? b.kind } : b;
    });
    return { ...base, blocks };
  };

  it('flags teaser links that follow one another', () => {
    const teasers = ['Bridge repairs delayed again', 'Mayor opens new library wing'];
    const found = findBoilerplate(withLinks([...teasers, 'The council meets again next month.'], teasers));
    expect(found.map((b) => [b.text, b.reason])).toEqual(teasers.map((t) => [t, 'related-link list']));
  });

  it('flags a short label, a colon and a link', () => {
    const line = 'LE PUEDE INTERESAR: El puerto amplía sus muelles';
    const base = articleWith([line, 'The council meets again next month.']);
    const blocks = base.blocks.map((b) => (base.text.slice(b.start, b.end) === line ? { ...b, linkChars: 30 } : b));
    expect(findBoilerplate({ ...base, blocks }).map((b) => b.reason)).toEqual(['related-link list']);
  });

  it('flags a link alone in a figure', () => {
    const found = findBoilerplate(withLinks(['river pollution', 'The council meets again next month.'], ['river pollution'], 'caption'));
    expect(found.map((b) => b.reason)).toEqual(['related-link list']);
  });

  it.each([
    ['a single linked phrase between paragraphs', ['river pollution']],
    ['a price link', ['Get it for $25', 'Get it for $30']],
  ])('keeps %s', (_, linked) => {
    expect(findBoilerplate(withLinks([...linked, 'The council meets again next month.'], linked))).toEqual([]);
  });

  it('keeps a bare web address cited in the body', () => {
    const url = 'https://example.org/report-2024';
    const filler = ['The report was published in June.', 'It lists every bridge in the county.', 'Most were built before 1960.'];
    expect(findBoilerplate(withLinks([...filler, url, 'The council meets again next month.'], [url]))).toEqual([]);
  });

  it('flags the page address printed above the article', () => {
    const url = 'https://example.org/news/council-passes-budget-2024';
    const article = articleFromPlainText(['Council passes budget', url, 'The council approved the budget on Tuesday.'].join('\n'));
    expect(findBoilerplate(article).map((b) => [b.text, b.reason])).toEqual([[url, 'navigation']]);
  });

  it.each([
    ['Feb. 21, 2019'],
    ['23.10.2018'],
    ['3:59 PM'],
    ['5 mars 2024'],
  ])('flags a bare timestamp: %s', (line) => {
    expect(findBoilerplate(articleWith([line, 'The council meets again next month.'])).map((b) => b.reason)).toEqual(['navigation']);
  });

  it.each([['+81 158-23-2012'], ['Termin um 19 Uhr im Rathaus'], ['Les revues de rang « 1 » ou « 2 » restent rares dans la liste']])('keeps %s', (line) => {
    expect(findBoilerplate(articleWith([line, 'The council meets again next month.']))).toEqual([]);
  });

  it('recognises a bio near the end by the byline name', () => {
    const bio = 'Maria covers housing and transport for the paper and lives in the old harbour district.';
    const article = { ...articleWith(['The council meets again next month.', bio]), byline: 'By Maria Lopez' };
    expect(findBoilerplate(article).map((b) => [b.text, b.reason])).toEqual([[bio, 'author bio or contact']]);
  });

  it.each([
    [{ title: '', byline: null, siteName: null, lang: null, text: '', bodyStart: 0, blocks: [] }],
    [{ title: 'x', byline: null, siteName: null, lang: null, text: 'x', bodyStart: 0, blocks: [{ start: 5, end: 99, kind: 'paragraph', linkChars: 0 }] }],
    [null as unknown as ArticleText],
  ])('never throws on odd input %#', (article) => {
    expect(() => findBoilerplate(article as ArticleText)).not.toThrow();
  });
});

describe('findBoilerplate: kickers, lead-ins, dated labels and linked headings', () => {
  const after = 'The council meets again next month.';

  it.each([
    ['OUR PARTNERS', [after]],
    ['THE WEEK IN PICTURES', [after]],
    ['SPEZIALANGEBOTE FÜR LESER', [after]],
    ['Where to find the documents:', []],
    ['Weitere Informationen zum Hafenausbau:', []],
  ])('flags %s near the end', (line, rest) => {
    const article = articleWith([line, ...rest]);
    expect(findBoilerplate(article).map((b) => [b.text, b.reason])).toEqual([[line, 'navigation']]);
  });

  const longTail = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the report describes another bridge in the county.`);
  it.each([
    ['an all-caps sentence near the end', ['THE VOTE IS ON FRIDAY.', after]],
    ['a lead-in followed by its list', ['The plan has three parts:', 'Repairs to the north bridge', after]],
    ['a lead-in that is not the last line', ['Here is what the mayor said:', after]],
  ])('keeps %s', (_, lines) => {
    expect(findBoilerplate(articleWith(lines))).toEqual([]);
  });

  it('keeps an all-caps line far from the end', () => {
    expect(findBoilerplate(articleWith(['BRIDGE REPAIRS', ...longTail]))).toEqual([]);
  });

  it.each([['2021-10-16 | Politik'], ['3 May 2020, 19:49 | Local news']])('flags a timestamp with a section label at the top: %s', (line) => {
    const article = articleFromPlainText(['Council passes budget', line, 'The council approved the budget on Tuesday.', after].join('\n'));
    expect(findBoilerplate(article).map((b) => [b.text, b.reason])).toEqual([[line, 'navigation']]);
  });

  it('keeps a line with a bar that is not a timestamp', () => {
    const line = 'Budget 2024 | what changes for renters and owners';
    const article = articleFromPlainText(['Council passes budget', line, 'The council approved the budget on Tuesday.', after].join('\n'));
    expect(findBoilerplate(article)).toEqual([]);
  });

  it('flags a heading that is entirely a link (a teaser for another story)', () => {
    const teaser = 'Bridge repairs delayed again as costs rise';
    const base = articleWith([teaser, after]);
    const blocks = base.blocks.map((b) => (base.text.slice(b.start, b.end) === teaser ? { ...b, kind: 'heading' as const, linkChars: b.end - b.start } : b));
    expect(findBoilerplate({ ...base, blocks }).map((b) => [b.text, b.reason])).toEqual([[teaser, 'related-link list']]);
  });

  it.each([
    ['> Blog > Local > The council approves a budget that keeps taxes flat for the third year running'],
    ['Home › Politics › Inside the long night when the council finally agreed on the harbour budget'],
  ])('flags a breadcrumb ending in a long page title: %s', (line) => {
    expect(findBoilerplate(articleWith([line, after])).map((b) => b.reason)).toEqual(['navigation']);
  });
});

describe('findBoilerplate: the writer greeting the reader', () => {
  it.each([
    ["Hi, I'm Dana, a baker and recipe developer who loves sourdough and long walks."],
    ['Hallo, ich bin Lena und schreibe hier über Gärten, Balkone und alte Obstsorten.'],
    ['Hola, soy Marta y en este blog cuento mis viajes por el norte.'],
    ['My blog is full of ideas for small gardens and rainy weekends.'],
  ])('flags a self-introduction after the article: %s', (line) => {
    const article = articleWith(['The council meets again next month.', line]);
    expect(findBoilerplate(article).map((b) => [b.text, b.reason])).toEqual([[line, 'author bio or contact']]);
  });

  it('keeps a self-introduction that opens the article', () => {
    const line = "Hi, I'm Dana, and today I want to show you how the new bridge was built.";
    expect(findBoilerplate(articleWith([line, 'The council meets again next month.'], { before: 0 }))).toEqual([]);
  });

  it('flags a Polish invitation to subscribe', () => {
    const line = 'Zapraszamy też do subskrypcji naszego tygodnika i do słuchania audycji.';
    expect(findBoilerplate(articleWith([line, 'The council meets again next month.'])).map((b) => b.reason)).toEqual(['subscription prompt']);
  });
});

describe('findBoilerplate: disguised adverts and discovery prompts', () => {
  it.each([
    // Cyrillic look-alike letters inside English words (а, е, о, с, р, і, ѕ).
    ['Аdvеrtіѕе wіth uѕ tоdау аnd rеасh thоuѕаndѕ оf lосаl rеаdеrѕ.', 'advertisement label'],
    ['Entdecke weitere Reiseziele', 'related-link list'],
    ['Discover more stories from the coast', 'related-link list'],
  ])('%s -> %s', (line, reason) => {
    expect(findBoilerplate(articleWith([line, 'The council meets again next month.'])).map((b) => b.reason)).toEqual([reason]);
  });

  it.each([
    ['Москва и Berlin подписали соглашение о культурном обмене в среду.'],
    ['Discovery of the old harbour wall delayed the works by a month.'],
  ])('keeps %s', (line) => {
    expect(findBoilerplate(articleWith([line, 'The council meets again next month.']))).toEqual([]);
  });
});

describe('findBoilerplate: more page furniture in more languages', () => {
  it.each([
    ['Ten tekst przeczytasz w mniej niż minutę', 'navigation'],
    ['opublikowano: 2021-04-29 17:13:04', 'navigation'],
    ['Veröffentlichung: 2. Februar 2022', 'navigation'],
    ['Externer Inhalt', 'navigation'],
    ['Contenu externe', 'navigation'],
    ['(Visited 215 times, 55 visits today)', 'navigation'],
    ['aja/PAP', 'syndication note'],
    ['(mb/dpa)', 'syndication note'],
    ['Dieser Text entspricht den Vorgaben der Fachliteratur und wurde von Medizinern geprüft.', 'author bio or contact'],
    ['Medically reviewed by Jane Roe, MD', 'author bio or contact'],
    ['Neueste Artikel', 'related-link list'],
    ['Derniers articles', 'related-link list'],
    ['Últimas noticias', 'related-link list'],
    ['Latest posts', 'related-link list'],
  ])('%s -> %s', (line, reason) => {
    const found = findBoilerplate(articleWith([line, 'The vote is expected on Friday after a final hearing.']));
    expect(found.map((b) => [b.text, b.reason])).toEqual([[line, reason]]);
  });

  it('keeps a sentence about a publication date', () => {
    expect(findBoilerplate(articleWith(['Die Veröffentlichung der Studie ist für März geplant, sagte der Minister.', 'The vote is expected on Friday.']))).toEqual([]);
  });
});

describe('findBoilerplate: teasers that end in their read-more link', () => {
  it.each([
    ['Sommerzeit ist Urlaubszeit, das lässt sich Bella Hadid nicht zwei mal sagen und verschönert aktuell die griechische Insel. Seht selbst! Weiterlesen'],
    ['Kłamliwym atakom sprzeciwiają się też dziennikarze, politycy i Zespół Wspierania Radia Maryja. [czytaj więcej]'],
    ['Sprzeciwiamy się wszelkim bezpodstawnym próbom podważania wiarygodności Fundacji – podkreśliła Urszula Furtak. [więcej…]'],
    ['The mayor has promised a new bridge by the spring, but engineers are not so sure. Read more »'],
    ['Le maire promet un nouveau pont pour le printemps. Lire la suite'],
  ])('%s is a teaser', (line) => {
    const found = findBoilerplate(articleWith([line, 'The vote is expected on Friday after a final hearing.']));
    expect(found.map((b) => [b.text, b.reason])).toEqual([[line, 'related-link list']]);
  });

  it.each([
    ['Im Winter braucht der Garten Schutz, Dünger und vieles mehr'],
    ['W tym roku na targi przyjechało coraz więcej'],
    ['Nobody on the council wanted to read more into the vote than the numbers.'],
  ])('keeps %s', (line) => {
    expect(findBoilerplate(articleWith([line, 'The vote is expected on Friday after a final hearing.']))).toEqual([]);
  });
});
