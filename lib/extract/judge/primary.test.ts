// Reported or only mentioned: which rounds a page reports, judged from its headline and its structure.
// Articles written for these tests.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../model';
import { extract } from '../index';

const art = (title: string, paragraphs: string[]): Article => ({ title, paragraphs, site: null, url: null, published: '2024-05-20' });
const reported = (a: Article) => extract(a).rounds.filter((r) => r.primary).map((r) => r.company);
const mentioned = (a: Article) => extract(a).rounds.filter((r) => !r.primary).map((r) => r.company);

describe('a headline with one figure tells one deal', () => {
  const story = art('Orchard Learning Leads $8M In Children’s Audio Start-Up', [
    'Orchard Learning has led a RMB56 million (US$8 million) funding round in Tinkle Tales, a children’s audio platform.',
    'Brightwater Partners and Kessel Capital also participated in the round.',
    'In March, Quizzly, a homework app, raised US$40 million in a Series C round. At the same time, Pagewise, a reading start-up, raised RMB90 million.',
  ]);
  it('reports the round whose figure the headline gives', () => expect(reported(story)).toEqual(['Tinkle Tales']));
  it('keeps the rivals’ rounds as mentions', () => expect(mentioned(story)).toEqual(['Quizzly', 'Pagewise']));

  it('but a headline about many deals reports each of them', () => {
    const roundup = art('Startups in the Gulf raised $96M this week', [
      'Dunefield, a logistics app, raised $40 million in a Series B round.',
      'Saltmarsh raised $36 million in seed funding.',
      'Qanat raised $20 million to build water sensors.',
    ]);
    expect(reported(roundup)).toEqual(['Dunefield', 'Saltmarsh', 'Qanat']);
  });
});

describe('a column’s name is no company', () => {
  it('"Deal Roundup:" in a headline', () => {
    const page = art('Deal Roundup: a quiet week ends with Lumio’s big haul', [
      'Lumio: The payments app Lumio raised $90 million in a fresh round of funding from Harrow Capital.',
      'Vantly: The hiring platform Vantly raised $12 million in a Series A led by Osprey Ventures.',
    ]);
    expect(extract(page).rounds.map((r) => r.company)).not.toContain('Deal Roundup');
    expect(reported(page)).toEqual(['Lumio', 'Vantly']);
  });
});

describe('a figure of its own is another round', () => {
  it('investors of an unread raiser’s round do not join the round before', () => {
    const page = art('Deals of the week', [
      'Harbor Health raised $40 million in a Series B led by Quarry Partners.',
      'Among the seed deals, Pennywise took a chunk of $15.5 million, led by Osprey Capital with participation from Lark Ventures.',
    ]);
    const harbor = extract(page).rounds.find((r) => r.company === 'Harbor Health');
    expect(harbor?.investors.map((i) => i.name)).toEqual(['Quarry Partners']);
  });
});

describe('investors named as the subject of "invested"', () => {
  it('join the round in context, not raise one of their own', () => {
    const page = art('Orbit Games raises $2 billion', [
      'Orbit Games said it had raised US$2 billion from Kuro Group and the holding company Brickwell, valuing it at US$31.5 billion.',
      'Kuro, an existing investor, and Brickwell each invested US$1 billion, Orbit said.',
    ]);
    expect(extract(page).rounds.map((r) => r.company)).toEqual(['Orbit Games']);
  });
});

describe('a source is never the raiser', () => {
  it('"According to data from X, Y is the top unicorn, having raised…"', () => {
    const page = art('', ['According to data collected by Tallyboard, Zipcart is the top unicorn, having raised $12.5 billion from investors.']);
    expect(extract(page).rounds.map((r) => r.company)).not.toContain('Tallyboard');
  });
});

describe('today’s round and the earlier one in the same sentences', () => {
  const page = art('Lumora smashes its funding record', [
    'Robotics company Lumora has raised $300m in a Series C funding round led by Harbor Group.',
    'Naming other participants such as Ostrava Partners and Kessel Holdings, this round tops the record set last May when the four-year-old startup raised $120 million in a Series B round.',
    'With a valuation of more than $2 billion, Lumora, which builds warehouse robots, is now the most valuable robotics startup in the region.',
  ]);
  const [today, earlier] = extract(page).rounds;
  it('backers named before the earlier round’s clause are today’s', () => {
    expect(today?.investors.map((i) => i.name)).toEqual(['Harbor Group', 'Ostrava Partners', 'Kessel Holdings']);
    expect(earlier?.investors).toEqual([]);
  });
  it('a valuation told in the present, in its own paragraph, is today’s', () => {
    expect(today?.valuation?.value).toBe(2_000_000_000);
    expect(earlier?.valuation).toBeNull();
  });
});

describe('backers of a total are no round’s', () => {
  it('"has so far raised £22m from investors such as X"', () => {
    const page = art('Quillbank opens its crowdfunding round', [
      'Quillbank raised £1 million in crowdfunding on Monday.',
      'Quillbank revealed that it has so far raised £22m from investors such as Dana Whitlock and several venture firms.',
    ]);
    expect(extract(page).rounds[0]?.investors).toEqual([]);
  });
});

describe('a digest’s headline reports its deals', () => {
  it('"Week in Review: …" names no company, yet its one round is reported', () => {
    const page = art('Lakeside Week in Review: Rain Again', [
      'Here we look at a funding round for Tidewell; and action from City Hall on parking.',
      'In other tech financing news, Tidewell, the data storage startup, raised an additional $32.5 million.',
    ]);
    const [r] = extract(page).rounds;
    expect(r).toMatchObject({ company: 'Tidewell', primary: true });
    expect(r?.investors).toEqual([]);
  });
});

describe('an earlier rung of the ladder is an earlier round', () => {
  it('a Series A told on a page reporting the Series B is only mentioned', () => {
    const page = art('Pillbox raises $51.5 million Series B', [
      'Pharmacy platform Pillbox has raised $51.5 million in a Series B round led by Orchard Ventures.',
      'In a pre-series A round, Pillbox grabbed $2.5 million from Tallis and Brook.',
      'Pillbox then raised $9 million in a Series A round led by Nextra.',
    ]);
    const rounds = extract(page).rounds;
    expect(rounds.filter((r) => r.primary).map((r) => r.stage)).toEqual(['series_b']);
    expect(rounds.find((r) => r.stage === 'series_a')).toMatchObject({ primary: false, date: null });
    expect(rounds.find((r) => r.stage === 'seed')?.primary).toBe(false);
  });
});

describe('a headline that is only a quotation', () => {
  it('says nothing of the topic: the body’s one deal is reported', () => expect(reported(art('“We went local when everyone else went global”', [
    'Ten years ago, few people wanted to buy a used sofa from a neighbour.',
    'Neighbourly, the local marketplace, has raised $150 million in a round that values it at $2.5 billion, people familiar with the deal said.',
  ]))).toEqual(['Neighbourly']));
});

describe('a CJK headline that names no company', () => {
  it('reports the deal its first sentence names, matched inside the glued text', () => expect(reported(art('学霸再创业，几家基金又投了', [
    '近日，智能清洁品牌追光Kelp宣布完成A轮1亿元融资。',
  ]))).toEqual(['追光Kelp']));
});

describe('a page stored without its headline', () => {
  it('that returns to its first company after another company\'s round reports only the first', () => {
    const a = art('', [
      'Haulwise, a digital freight broker, has raised $120 million from investors including Tern Capital and Ostrava Partners.',
      'Freight startups are drawing large rounds. Last week Maris Partners led a $30 million investment in Cargolane, another digital brokerage.',
      'Haulwise will use the new funding to expand its matching system.',
    ]);
    expect(reported(a)).toEqual(['Haulwise']);
    expect(mentioned(a)).toEqual(['Cargolane']);
  });
  it('that moves on from each company reports each of them', () => {
    const a = art('', [
      'Haulwise, a digital freight broker, has raised $120 million in a Series C round.',
      'Cargolane, a shipping marketplace, closed a $30 million Series A.',
      'In other news, a regulator opened a review of truck safety rules.',
    ]);
    expect(reported(a)).toEqual(['Haulwise', 'Cargolane']);
  });
});

describe('a page on the company\'s own site', () => {
  it('reports the raise the body tells of the company the site is named for', () => {
    const a: Article = { title: 'Quillo Analytics Closes Seed Round at $500,000', site: 'Quillo Analytics', url: null, published: '2024-05-20',
      paragraphs: ['Austin, TX: Quillo Analytics, a data startup, has closed its seed funding at $500,000. The investors include Tern Capital.'] };
    expect(reported(a)).toEqual(['Quillo Analytics']);
  });
  it('but an outlet named only in its headline is not the raiser', () => {
    const a: Article = { title: 'Quillo Weekly: $5M Seed Round', site: 'Quillo Weekly', url: null, published: '2024-05-20', paragraphs: ['Our weekly letter on payments.'] };
    expect(reported(a)).toEqual([]);
  });
});

describe('a numbered digest', () => {
  it('does not lend an item\'s company to the next item\'s "it"', () => {
    const a = art('Morning brief', [
      '3. Cartwise has put kiosks into a furniture store to let shoppers book assembly.',
      '4. A young Lisbon startup moved to Porto six months ago and now it has raised $3.4 million from local families.',
    ]);
    expect(extract(a).rounds.map((r) => r.company)).not.toContain('Cartwise');
  });
});


describe('a company’s own post speaks as “we”', () => {
  const post = (site: string | null, url: string | null, first: string): Article => ({
    title: 'Our next chapter', site, url, published: '2024-05-20',
    paragraphs: [first, 'We started Tallyloop in 2021 to make payroll painless. Tallyloop now pays 9,000 people a month.'],
  });
  const raised = 'Today we’re excited to share that we’ve raised $6 million in seed funding led by Harrow Capital.';
  it('the company whose web address it is', () => expect(reported(post(null, 'https://blog.tallyloop.io/next-chapter', raised))).toEqual(['Tallyloop']));
  it('the company the site is named for', () => expect(reported(post('Tallyloop', null, raised))).toEqual(['Tallyloop']));
  it('its raise told in a gerund ("we have sped up … by raising")', () => {
    const gerund = 'Today we’re sharing that we have sped up our plans by raising $6 million for our seed round.';
    expect(reported(post('Tallyloop', null, gerund))).toEqual(['Tallyloop']);
  });
  it('but a founder quoted in a reporter’s story is no post of the company', () => {
    const story = post('Daily Ledger', 'https://dailyledger.com/a', `“${raised}” said its founder.`);
    expect(reported(story)).toEqual([]);
  });
});

describe('a page stored without its headline reports the round its lead tells', () => {
  const page = (paragraphs: string[]): Article => ({ title: '', paragraphs, site: null, url: null, published: '2024-05-20' });
  it('"it announced $4 million" after a sentence naming the company', () => {
    expect(reported(page(['Scheduling startup Corvane is on a roll.', 'On Tuesday it announced $4 million in new funding from Harrow Capital.']))).toEqual(['Corvane']);
  });
  it('"the company raised" after a paragraph naming the company beside its description', () => {
    expect(reported(page(['Corvane, the Leeds scheduling startup, announced a new round on Tuesday.', 'The company raised $4 million from Harrow Capital.']))).toEqual(['Corvane']);
  });
});

describe('a round told twice is one round', () => {
  it('the headline’s round, told again in the body as closed “earlier this year”, is not also an earlier round', () => {
    const a: Article = { title: 'Announcing our $6.8M Series A', site: 'Tallyloop Blog', url: null, published: '2024-09-20', paragraphs: [
      'We at Tallyloop are proud to announce that earlier this year we closed our Series A funding at $6.8M.',
      'All our seed investors doubled down, with Ana Ruiz from Harrow Ventures leading the new round.',
    ] };
    const rounds = extract(a).rounds;
    expect(rounds.map((r) => [r.company, r.stage, r.primary])).toEqual([['Tallyloop', 'series_a', true]]);
  });
});

describe('a figure the page gave a round names that round', () => {
  it('"$7 million has now been raised from A and B", after a filing for more, goes to the $7 million round', () => {
    const a = art('Quillon gets $7 million Series D funding', [
      'In May we noted that Quillon had filed to raise $13.7 million in Series D financing. $7 million has now been raised from the Harrow Health Fund and the Pell Community Plan. $6.7 million to go.',
    ]);
    const r = extract(a).rounds.filter((x) => x.primary);
    expect(r.map((x) => [x.company, x.amount?.value, x.investors.map((i) => i.name)])).toEqual([['Quillon', 7_000_000, ['Harrow Health Fund', 'Pell Community Plan']]]);
  });
});

describe('a headline naming one company and promising others', () => {
  it('"X’s $135m debut, and other bio financing news" reports the second company’s round too', () => {
    const a = art('Quillon Therapeutics’ $135m debut, and other bio financing news', [
      'Boston-based Quillon Therapeutics emerged with a $135 million Series A led by Harrow Ventures.',
      'Tallyloop Bio raised £80 million in second-round financing led by Pell Partners.',
    ]);
    expect(extract(a).rounds.filter((r) => r.primary).map((r) => r.company)).toEqual(['Quillon Therapeutics', 'Tallyloop Bio']);
  });
});

describe('a teaser’s question names no subject', () => {
  it('"Harrow Explica: Como a IA funciona?" before "A startup… anunciou um aporte" gives that raise no company', () => {
    const a = art('Como esta startup reduz custos e recebeu R$ 10 milhões', [
      'Harrow Explica: Como a inteligência artificial funciona no hospital?',
      'A startup de saúde anunciou um aporte semente de R$ 10 milhões, que será usado para expansão.',
    ]);
    expect(extract(a).rounds.map((r) => r.company)).not.toContain('Harrow Explica');
  });
});

describe('an owner named with the raiser', () => {
  it('a ticker’s possessive names the owner; its release’s title-case subhead, run into the name, is the same round', () => {
    const a: Article = { title: 'Harrow Bio plc: HRWB’s Quillon Closes $40M Series A', site: null, url: null, published: '2024-09-20', paragraphs: [
      'Harrow Bio Founded Entity Quillon Therapeutics Closes $40 Million Series A Financing',
      'Harrow Bio noted that its founded entity, Quillon Therapeutics, today announced the closing of a $40 million Series A financing led by Pell Partners.',
    ] };
    expect(extract(a).rounds.map((r) => [r.company, r.stage, r.primary])).toEqual([['Quillon', 'series_a', true]]);
  });
});

describe('a description, then the name', () => {
  it('"A debt collection startup has scored $1M… Tallyloop, which…": the next sentence names the company', () => {
    const a = art('5 things to know in tech today', [
      '1. A payments startup has scored $1 million in seed funding from Harrow Capital. Tallyloop, which already works in Leeds, will expand to Spain.',
      '2. Quorra has laid off a fifth of its staff.',
    ]);
    expect(extract(a).rounds.map((r) => [r.company, r.amount?.value])).toEqual([['Tallyloop', 1_000_000]]);
  });
});

describe('a round whose raiser is unread is no one else’s', () => {
  it('"The raise includes $50M from X" after a raise the reader could not name stays off the story before', () => {
    const a = art('Top five fintech stories of the week', [
      'Harbor Bank has closed its latest funding round at £42 million.',
      'Leeds-based payments upstart Finally has raised $200 million in debt and equity.',
      'The raise includes $50 million in Series B equity from Osprey Capital and a $150 million credit facility from Kessel Credit.',
    ]);
    const harbor = extract(a).rounds.find((r) => r.company === 'Harbor Bank')!;
    expect(harbor.investors.map((i) => i.name)).toEqual([]);
  });
});
