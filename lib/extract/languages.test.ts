// Basic funding grammar in Spanish, Portuguese, French and German: the same facts as English news.
import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { extract } from './index';
import { findMoney } from './recognize/money';

const one = (p: string) => {
  const a: Article = { title: '', paragraphs: [p], site: null, url: null, published: '2024-06-10' };
  const r = extract(a).rounds.filter((x) => x.primary)[0];
  return r && { company: r.company, stage: r.stage, amount: r.amount && [r.amount.value, r.amount.currency], leads: r.investors.filter((i) => i.role === 'lead').map((i) => i.name), others: r.investors.filter((i) => i.role !== 'lead').map((i) => i.name) };
};

describe('money in other languages', () => {
  it.each([
    ['12 millones de dólares', 12e6, 'USD'],
    ['R$ 50 milhões', 50e6, 'BRL'],
    ['15 millions d’euros', 15e6, 'EUR'],
    ['20 Mio. Euro', 20e6, 'EUR'],
    ['1,5 Milliarden Euro', 1.5e9, 'EUR'],
    ['3 millones de euros', 3e6, 'EUR'],
    ['2 bilhões de reais', 2e9, 'BRL'],
    ['8 milioni di euro', 8e6, 'EUR'],
    ['1,5 miliardi di dollari', 1.5e9, 'USD'],
    ['9 millions de dollars', 9e6, 'USD'],
    ['1,5 milliard de dollars', 1.5e9, 'USD'],
    ['4 millions de livres sterling', 4e6, 'GBP'],
    ['12 millions de francs suisses', 12e6, 'CHF'],
    ['9 Millionen Dollar', 9e6, 'USD'],
    ['an ongoing $500-million fundraise', 500e6, 'USD'],
    ['Quillon raises $5M CAD', 5e6, 'CAD'],
    ['SGD 5 million', 5e6, 'SGD'],
    ['a Rs 100-crore round', 1e9, 'INR'],
    ['US$10 juta', 10e6, 'USD'],
    ['Rp 1,5 triliun', 1.5e12, 'IDR'],
    ['20 juta dolar AS', 20e6, 'USD'],
    ['6.5 करोड़ डॉलर', 65e6, 'USD'],
    ['25 करोड़ रुपये', 250e6, 'INR'],
    ['5 लाख रुपए', 5e5, 'INR'],
    ['10 मिलियन डॉलर', 10e6, 'USD'],
    ['4,1 millions $', 4.1e6, 'USD'],
    ['12 M$', 12e6, 'USD'],
    ['oito milhões de dólares', 8e6, 'USD'],
    ['cinq millions d’euros', 5e6, 'EUR'],
    ['zwei Millionen Euro', 2e6, 'EUR'],
    ['tre milioni di euro', 3e6, 'EUR'],
    ['Rp 492 M', 492e9, 'IDR'],
  ])('%s', (text, value, currency) => {
    const m = findMoney(text)[0];
    expect([m?.money.value, m?.money.currency]).toEqual([value, currency]);
  });
});

describe('funding sentences in other languages', () => {
  it('Spanish', () => expect(one('La startup mexicana Kualia cerró una ronda de financiación Serie A de 12 millones de dólares liderada por Andes Ventures, con la participación de Pampa Capital y Rio Fund.'))
    .toEqual({ company: 'Kualia', stage: 'series_a', amount: [12e6, 'USD'], leads: ['Andes Ventures'], others: ['Pampa Capital', 'Rio Fund'] }));
  it('Portuguese', () => expect(one('A fintech brasileira Pagly captou R$ 50 milhões em uma rodada Série A liderada pela Atlântico Ventures, com participação da Serra Capital.'))
    .toEqual({ company: 'Pagly', stage: 'series_a', amount: [50e6, 'BRL'], leads: ['Atlântico Ventures'], others: ['Serra Capital'] }));
  it('French', () => expect(one('La start-up parisienne Lumio a levé 15 millions d’euros lors d’une levée de fonds de série B menée par Seine Capital, avec la participation de Loire Ventures et Rhône Partners.'))
    .toEqual({ company: 'Lumio', stage: 'series_b', amount: [15e6, 'EUR'], leads: ['Seine Capital'], others: ['Loire Ventures', 'Rhône Partners'] }));
  it('German', () => expect(one('Das Berliner Startup Fahrwerk erhält in einer Finanzierungsrunde der Serie A 20 Mio. Euro, angeführt von Spree Ventures und unter Beteiligung von Havel Capital.'))
    .toEqual({ company: 'Fahrwerk', stage: 'series_a', amount: [20e6, 'EUR'], leads: ['Spree Ventures'], others: ['Havel Capital'] }));
  it('German with the verb last ("hat … eingesammelt"), a lead in the past passive and "beteiligte sich"', () => expect(one(
    'Das Kölner Startup Lagerwerk hat in einer Series-A-Finanzierungsrunde 8 Millionen Euro eingesammelt. Angeführt wurde die Runde von Rhein Ventures, auch Ahr Capital beteiligte sich.'))
    .toEqual({ company: 'Lagerwerk', stage: 'series_a', amount: [8e6, 'EUR'], leads: ['Rhein Ventures'], others: ['Ahr Capital'] }));
  it('German keeps the verb second: after an opening phrase the subject follows "hat"', () => expect(one(
    'Mit dem Konzept hat das Team viele Geldgeber überzeugt: Bei einer Finanzierungsrunde der Serie A hat Lagerwerk 14 Millionen Euro eingesammelt.'))
    .toMatchObject({ company: 'Lagerwerk', stage: 'series_a', amount: [14e6, 'EUR'] }));
  it('German: a decimal comma splits no clause ("Sviper 2,5 Millionen Euro")', () => expect(one(
    'Im Rahmen einer Series-A-Finanzierungsrunde hat der Mobile-Gaming-Experte Quillo 2,5 Millionen Euro eingesammelt.'))
    .toMatchObject({ company: 'Quillo', stage: 'series_a', amount: [2.5e6, 'EUR'] }));
  it('German: an opening adverb is no company ("Zuvor hatte das Unternehmen…")', () => {
    const paragraphs = ['Das Kölner Startup Lagerwerk hat 8 Millionen Euro eingesammelt. Zuvor hatte das Unternehmen eine Seed-Runde über 2 Millionen Euro abgeschlossen.'];
    const rounds = extract({ title: '', paragraphs, site: null, url: null, published: '2024-06-10' }).rounds;
    expect(rounds.map((r) => r.company)).not.toContain('Zuvor');
  });
  it('German: a kind noun after a city adjective describes the name ("Der Wiener Marktplatz X")', () => expect(one('Der Wiener Marktplatz Tauschbar hat 45 Millionen Euro erhalten.'))
    .toMatchObject({ company: 'Tauschbar', amount: [45e6, 'EUR'] }));
  it.each([
    ['US$ 31 juta atau sekitar Rp 492 miliar', 31e6, 'USD', 492e9, 'IDR'],
    ['$31 million, or about Rs 230 crore', 31e6, 'USD', 2.3e9, 'INR'],
    ['4 millions d’euros, soit environ 4,3 millions de dollars', 4e6, 'EUR', 4.3e6, 'USD'],
  ])('the same amount in a second currency without brackets: %s', (text, value, currency, alt, altCurrency) => {
    expect(findMoney(text).map((m) => [m.money.value, m.money.currency, m.money.alt?.value, m.money.alt?.currency])).toEqual([[value, currency, alt, altCurrency]]);
  });
  it('but two figures in one currency joined by "or" stay two', () => expect(findMoney('$5M or $6M').length).toBe(2));
  it('a sign after a year is no figure: "In 2021 $5 million…"', () => expect(findMoney('In 2021 $5 million was raised')[0]?.money.value).toBe(5e6));
  it('French: "a procédé à une levée", an elided article before the lead ("dirigée par l’Acumen Fund")', () => expect(one(
    'L’entreprise kényane Shambani a procédé à la levée d’un financement de pré-série A de 4,1 millions $. L’opération a été dirigée par l’Acumen Fund.'))
    .toEqual({ company: 'Shambani', stage: 'seed', amount: [4.1e6, 'USD'], leads: ['Acumen Fund'], others: [] }));
  it('German: a sentence opening on its figure puts the subject after "hat" ("3,7 Millionen Euro hat das Startup X …")', () => expect(one(
    '3,7 Millionen Euro hat das Startup The Kakao Company in einer Finanzierungsrunde eingesammelt.'))
    .toMatchObject({ company: 'Kakao Company', amount: [3.7e6, 'EUR'] }));
  it('European Portuguese: "angariou" and "ronda", a number in words', () => expect(one('A Fisiora angariou oito milhões de dólares numa ronda de investimento série A, liderada pela Tejo Ventures.'))
    .toEqual({ company: 'Fisiora', stage: 'series_a', amount: [8e6, 'USD'], leads: ['Tejo Ventures'], others: [] }));
  it('French roundup sentences: a raise told by its noun ("avec une opération de"), a participle after the figure', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10', paragraphs: [
      'La startup Vendôme signe la plus grosse levée de la semaine avec 20 millions d’euros rassemblés auprès de Loire Ventures et Seine Capital.',
      'Ornello arrive juste derrière avec une opération de 15 millions d’euros.',
      'Enfin, Pavex finalise le podium avec une levée de 8 millions d’euros.'] };
    expect(extract(a).rounds.filter((r) => r.primary).map((r) => [r.company, r.amount?.value])).toEqual([['Vendôme', 20e6], ['Ornello', 15e6], ['Pavex', 8e6]]);
  });
  it('French: "La société française…" refers to the raiser, and "L’opération, d’un montant de…" gives the round its figure', () => {
    const a: Article = { title: 'Orbitane se renforce auprès d’un fonds américain', site: null, url: null, published: '2024-06-10', paragraphs: [
      'C’est ce que vient de faire Orbitane. La société française a réalisé une extension de sa levée de fonds d’amorçage. L’opération, d’un montant de six millions de dollars, a été menée par Léa Martin.',
    ] };
    expect(extract(a).rounds.filter((r) => r.primary).map((r) => [r.company, r.stage, r.amount?.value, r.investors.map((i) => i.name)]))
      .toEqual([['Orbitane', 'seed', 6_000_000, ['Léa Martin']]]);
    // (an opener ending on an accented letter: "La levée, d’un montant de…")
    const b: Article = { ...a, paragraphs: [a.paragraphs[0]!.replace('L’opération', 'La levée')] };
    expect(extract(b).rounds.filter((r) => r.primary).map((r) => r.amount?.value)).toEqual([6_000_000]);
  });
  it('Spanish: "A y B han sido los principales inversores" adds to the round told; "Aun así" opens no name', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10', paragraphs: [
      'La aplicación Kelpo ha cerrado su nueva ronda de financiación por 30 millones de euros. El gigante Quarry y el fondo Cathay han sido los principales inversores.',
      'Aun así, la compañía cerró una nueva inversión de 15 millones de dólares.',
    ] };
    const r = extract(a).rounds;
    expect(r.filter((x) => x.primary).map((x) => [x.company, x.investors.map((i) => i.name)])).toEqual([['Kelpo', ['Quarry', 'Cathay']]]);
    expect(r.map((x) => x.company)).not.toContain('Aun');
  });
  it('German: "In einer Serie-C-Runde hat das Zürcher Startup … eingesammelt" refers to the raiser named before', () => {
    const a: Article = { title: 'Quillon sammelt 558 Millionen Franken ein', site: null, url: null, published: '2024-06-10', paragraphs: [
      'Quillon ist ein digitales Versicherungsportal. In einer Serie-C-Runde hat das Zürcher Startup 558 Millionen Franken eingesammelt.',
    ] };
    expect(extract(a).rounds.filter((r) => r.primary).map((r) => [r.company, r.stage, r.amount?.value])).toEqual([['Quillon', 'series_c', 558e6]]);
  });
  it('Spanish: a brand with an inner capital after its description, an aside between dashes', () => expect(one(
    'En Chile, la joven startup vendOH –tiene apenas cuatro años de vida– obtuvo una inyección de capital de 25 millones de dólares.'))
    .toMatchObject({ company: 'vendOH', amount: [25e6, 'USD'] }));
  it('a conjunction opening a sentence is no company ("Car alors que…", "Mais…")', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10', paragraphs: ['Car avec 300 millions d’euros levés en avril, la French Tech résiste.'] };
    expect(extract(a).rounds.map((r) => r.company)).not.toContain('Car');
  });
  it('German: "das New-Space-Start-up" after a colon refers to the company just named, and raises', () => expect(one(
    'Auch Orbitwerk kann einen Meilenstein vermelden: Das New-Space-Start-up erhält 50 Millionen Euro in einer Series-A-Runde.'))
    .toMatchObject({ company: 'Orbitwerk', stage: 'series_a', amount: [50e6, 'EUR'] }));
  it('Portuguese: a relative clause after the name ("X, que tem…, anunciou") describes it', () => expect(one(
    'A startup espanhola Lumi, que tem uma assistente via WhatsApp, anunciou ter recebido um aporte de US$ 10 milhões em uma rodada série A.'))
    .toMatchObject({ company: 'Lumi', stage: 'series_a', amount: [10e6, 'USD'] }));
  it('German: "sichert" alone secures a figure ("X sichert 30 Mio. Dollar Finanzierung")', () => expect(one('Der Scooterverleiher Rollo sichert 30 Mio. Dollar Finanzierung.'))
    .toMatchObject({ company: 'Rollo', amount: [30e6, 'USD'] }));
  it('Indonesian', () => expect(one('Startup agritech asal Bandung, Panenku, mengumumkan perolehan pendanaan seri A senilai US$8 juta yang dipimpin oleh Merapi Ventures, dengan partisipasi dari Toba Capital dan Rinjani Partners.'))
    .toEqual({ company: 'Panenku', stage: 'series_a', amount: [8e6, 'USD'], leads: ['Merapi Ventures'], others: ['Toba Capital', 'Rinjani Partners'] }));
  it('Indonesian: "pra-seri A" and a lead in the next sentence', () => expect(one('Platform edukasi Belajarku berhasil mengantongi pendanaan pra-seri A sebesar Rp25 miliar. Putaran ini dipimpin Merapi Ventures.'))
    .toMatchObject({ company: 'Belajarku', stage: 'seed', amount: [25e9, 'IDR'], leads: ['Merapi Ventures'] }));
  it('Italian', () => expect(one('La startup milanese Scaffo ha raccolto 8 milioni di euro in un round di serie A guidato da Navigli Ventures.'))
    .toMatchObject({ company: 'Scaffo', stage: 'series_a', amount: [8e6, 'EUR'], leads: ['Navigli Ventures'] }));
  it('Japanese: the topic before は is the raiser, after the clause that describes it', () => expect(one('物流ロボットを開発するミドリロボは、シリーズBラウンドで10億円の資金調達を実施したと発表した。'))
    .toMatchObject({ company: 'ミドリロボ', stage: 'series_b', amount: [1e9, 'JPY'] }));
  it('Japanese: a name in Latin letters before が is the raiser, and a digest of one deal reports it', () => {
    const a: Article = { title: '資金調達情報', site: null, url: null, published: '2024-06-10',
      paragraphs: ['本日の資金調達情報は一件です。', '1、Kelpware Labsが$40Mを調達', '上海の企業であるKelpware LabsがシリーズBで$40Mを調達しました。'] };
    expect(extract(a).rounds.filter((x) => x.primary).map((x) => [x.company, x.stage, x.amount?.value])).toEqual([['Kelpware Labs', 'series_b', 40e6]]);
  });
  it('Chinese and Japanese: a clause is no name (a particle inside, a figure with its scale, a bracket left open)', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10',
      paragraphs: ['北斗キャピタルが主導する形で20億円の資金を調達した。', '——青葉科技（下称“青葉”)最新完成5000万元A轮融资。'] };
    const names = extract(a).rounds.map((x) => x.company);
    expect(names.filter((n) => /[がで]|億円|[)”]|^—/u.test(n ?? ''))).toEqual([]);
  });
  it('Korean: a clause before the particle is no name ("…규모의", "금액", a figure with its scale)', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10',
      paragraphs: ['시기가 빨랐다면 더 큰 규모의 140억원이라는 투자를 유치했다.', '금액은 100억원 규모로 투자를 유치했다.'] };
    expect(extract(a).rounds.map((x) => x.company).filter((n) => /의$|^금액$|억/u.test(n ?? ''))).toEqual([]);
  });
  it('Chinese: "根据媒体消息" (according to the press) is no investor', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10', paragraphs: ['青葉科技完成5000万元A轮融资，根据媒体消息、星河资本参与投资。'] };
    expect(extract(a).rounds.flatMap((x) => x.investors.map((i) => i.name)).filter((n) => /媒体|根据/u.test(n))).toEqual([]);
  });
  it('Chinese: 领投 after a name marks its role, not its name; a clause with a year is no investor', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10', paragraphs: ['青葉科技完成2亿元A轮融资，本轮由星河资本领投，天使投资人王明投资;2020年底，云帆资本跟投。'] };
    const names = extract(a).rounds.flatMap((x) => x.investors.map((i) => i.name));
    expect(names).toContain('星河资本');
    expect(names.filter((n) => /领投|年/u.test(n))).toEqual([]);
  });
  it('Japanese: a name with its alias in brackets stays a name ("バブーン(Baboon)")', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10', paragraphs: ['青葉ロボティクス(Aoba Robotics)は、シリーズAラウンドで10億円の資金調達を実施した。'] };
    expect(extract(a).rounds.filter((x) => x.primary).map((x) => x.company)).toEqual(['青葉ロボティクス(Aoba Robotics)']);
  });
  it('Chinese: a two-character name may open on a function word ("自如": 自 alone is "from")', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10', paragraphs: ['1月16日，自如对外正式宣布完成了40亿元人民币的A轮融资。'] };
    expect(extract(a).rounds.filter((x) => x.primary).map((x) => [x.company, x.stage, x.amount?.value])).toEqual([['自如', 'series_a', 4e9]]);
  });
  it('Japanese: "リード投資家はX" names the lead, "Yなどが参加" another backer (など is "and others")', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10',
      paragraphs: ['青葉ロボティクスは、シリーズBラウンドで20億円の資金調達を実施した。リード投資家は北斗キャピタルで、東雲ベンチャーズなどが参加した。'] };
    const r = extract(a).rounds.filter((x) => x.primary)[0];
    expect(r?.investors.map((i) => [i.name, i.role])).toEqual([['北斗キャピタル', 'lead'], ['東雲ベンチャーズ', 'participant']]);
  });
  it('Japanese and Chinese: a kind noun glued before a Latin name describes it', () => {
    const a: Article = { title: '', site: null, url: null, published: '2024-06-10', paragraphs: ['スタートアップ企業Quillon Labsは、シリーズAで10億円を調達した。'] };
    expect(extract(a).rounds.filter((x) => x.primary).map((x) => x.company)).toEqual(['Quillon Labs']);
  });
  it('Korean: the subject particle marks the raiser, 주도 the lead', () => expect(one('물류 로봇 스타트업 누리로보가 100억원 규모의 시리즈B 투자를 유치했다. 이번 투자는 한빛벤처스가 주도했다.'))
    .toMatchObject({ company: '누리로보', stage: 'series_b', amount: [1e10, 'KRW'], leads: ['한빛벤처스'] }));
  it('Spanish: a kind noun without its article describes the name before it; "acaba de conseguir"', () => expect(one(
    'Así nació Tallera, startup especializada en el reparto de comida que acaba de conseguir una ronda de financiación de 27 millones de dólares.'))
    .toMatchObject({ company: 'Tallera', amount: [27e6, 'USD'] }));
  it('Spanish in the perfect ("ha cerrado")', () => expect(one('Tallera ha cerrado una ronda de financiación de 8 millones de euros liderada por Duero Capital.'))
    .toEqual({ company: 'Tallera', stage: null, amount: [8e6, 'EUR'], leads: ['Duero Capital'], others: [] }));
  it('French: the raiser after the figure ("la levée de 5 M€ de X"), backers "auprès d’X", "ont tous participé"', () => {
    expect(one('Enfin, la levée de 5 millions d’euros de Gralo réalisée auprès d’Orne Management lui permet de monter sur le podium.'))
      .toEqual({ company: 'Gralo', stage: null, amount: [5e6, 'EUR'], leads: [], others: ['Orne Management'] });
    expect(one('Avec un tour de table à 9 millions de dollars, Gralo conclut la levée la plus importante de la semaine. Orne Capital, Vire et Dives ont tous participé à l’opération.'))
      .toEqual({ company: 'Gralo', stage: null, amount: [9e6, 'USD'], leads: [], others: ['Orne Capital', 'Vire', 'Dives'] });
  });
  it('French: a headline that opens on its figure names the raiser after "pour"; "Elle vient de lever"; "sous l’égide de" leads', () => {
    const a: Article = { title: '12 millions d’euros pour Quillon', site: null, url: null, published: '2024-06-10',
      paragraphs: ['La biotech lyonnaise veut accélérer. Elle vient de lever 12 millions d’euros sous l’égide de Rhône Capital.'] };
    const r = extract(a).rounds.filter((x) => x.primary);
    expect(r.map((x) => [x.company, x.amount?.value, x.investors.filter((i) => i.role === 'lead').map((i) => i.name)]))
      .toEqual([['Quillon', 12e6, ['Rhône Capital']]]);
  });
  it('a headline figure "for" a place or a cause names no company', () => {
    const a: Article = { title: '$2 billion for Ukraine reconstruction', site: null, url: null, published: '2024-06-10', paragraphs: ['Donors pledged the sum on Monday.'] };
    expect(extract(a).rounds.filter((x) => x.primary).map((x) => x.company)).not.toContain('Ukraine');
  });
  it('German: a figure in US-Dollar beside the euros names no company', () => expect(one('Das Biotech-Startup Gralo hat umgerechnet 12,3 Millionen Euro (15 Millionen US-Dollar) eingesammelt.'))
    .toMatchObject({ company: 'Gralo', amount: [12.3e6, 'EUR'] }));
  it('keeps "Y Combinator" whole while splitting on the Spanish "y"', () => expect(one('Nubo levantó 3 millones de dólares en una ronda semilla liderada por Y Combinator y Condor Capital.')?.leads)
    .toEqual(['Y Combinator', 'Condor Capital']));
  it('Chinese about a foreign company: "X是一个…平台" names what 该团队 (the team) then raised', () => expect(extract({
    title: '学习社交平台最新获投800万欧元', site: null, url: null, published: '2024-05-20',
    paragraphs: ['Quillo是一个为学生打造的数字学习平台。该团队近日在 Larkspur 和 Odell 共同领投的 A 轮融资中获得了 800 万欧元的新资金。'],
  }).rounds).toMatchObject([{ primary: true, company: 'Quillo', stage: 'series_a', amount: { value: 8e6, currency: 'EUR' } }]));
});

describe('earlier rounds in other languages', () => {
  it.each([
    'Hace seis meses, Kualia cerró su ronda Serie A por 12 millones de dólares.',
    'Kualia cerró su ronda de financiamiento Serie A por 12 millones de dólares el año pasado.',
    'A Kualia captou R$ 12 milhões em sua rodada anterior, há dois anos.',
    'L’an dernier, Kualia avait levé 12 millions d’euros lors de sa précédente levée de fonds.',
  ])('%s', (p) => {
    const r = extract({ title: '', paragraphs: [p], site: null, url: null, published: '2024-06-10' }).rounds;
    expect(r.filter((x) => x.primary)).toEqual([]);
    expect(r.filter((x) => !x.primary).map((x) => [x.company, x.amount?.value])).toEqual([['Kualia', 12e6]]);
  });
});
