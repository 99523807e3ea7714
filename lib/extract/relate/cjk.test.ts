// Chinese, Japanese and Korean sentences → frames. Sentences written for these tests (invented companies).
import { describe, expect, it } from 'vitest';
import { cjkFramesOf, findCjkMoney } from './cjk';

const frame = (text: string) => {
  const [f] = cjkFramesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' });
  return f && { company: f.company?.name ?? null, amount: f.amount?.money ?? null, stage: f.stage?.stage ?? null,
    leads: f.leads.map((h) => h.name), participants: f.participants.map((h) => h.name) };
};

describe('CJK frames', () => {
  it('an outlet\'s tag and its reporter\'s byline opening a wire story are no raiser', () => {
    expect(frame('【星河网】(记者 李明)星河果园今日宣布完成1亿元人民币B轮融资。')?.company).toBe('星河果园');
  });
  it('筹得 raises; the words between the name and the verb (证实, 在…融资中) are not the name; 令吉 is a currency', () => {
    expect(frame('中国手机生产商星河公司证实在最新一轮融资中筹得11亿美元(约38.5亿令吉)。')).toMatchObject({
      company: '星河公司', amount: { value: 1_100_000_000, currency: 'USD', qualifier: 'exact' },
    });
  });
  it('参与融资投资者，包括A、B和C: the investors who took part, a description before a Latin name dropped', () => {
    expect(frame('创始人指参与融资投资者,包括Orchid投资有限公司、Kessel Global和新加坡主权财富基金Pell私人有限公司。')).toMatchObject({
      participants: ['Orchid投资有限公司', 'Kessel Global', 'Pell私人有限公司'],
    });
  });
  it('a raise with its lead, co-investors and followers-on', () => {
    expect(frame('近日，星河机器人已完成B轮融资，融资规模超5亿人民币，领投方为远山资本，青木基金、明湖投资共同参与本次投资，A轮股东北辰创投、云帆基金等追加投资。')).toEqual({
      company: '星河机器人', amount: { value: 500_000_000, currency: 'CNY', qualifier: 'more_than' }, stage: 'series_b',
      leads: ['远山资本'], participants: ['青木基金', '明湖投资', '北辰创投', '云帆基金'],
    });
  });
  it('由X领投, Y跟投', () => {
    expect(frame('「光栅科技」宣布完成数千万元A轮融资，由松果资本领投，老股东石桥创投跟投。')).toMatchObject({
      company: '光栅科技', amount: null, stage: 'series_a', leads: ['松果资本'], participants: ['石桥创投'],
    });
  });
  it('a Japanese raise in 億円', () => {
    expect(frame('株式会社ミドリ技研は、シリーズBラウンドで総額12億円の資金調達を実施しました。')).toMatchObject({
      amount: { value: 1_200_000_000, currency: 'JPY', qualifier: 'exact' }, stage: 'series_b',
    });
  });

  it('an existing backer "continues" to invest: the adverb is no part of its name', () => {
    expect(frame('「青禾医疗」已完成1亿元A+轮融资，本轮由远帆资本领投，老股东石溪创投持续加码，原有股东木槿基金继续跟进。')).toMatchObject({
      company: '青禾医疗', leads: ['远帆资本'], participants: ['石溪创投', '木槿基金'],
    });
  });
  it('"X等专业机构" ends the name at 等, and "A旗下B" names the fund B', () => {
    expect(frame('本轮融资由北川资本旗下北川成长基金领投，白鹭投资、青松创投等专业医疗投资机构跟投。')).toMatchObject({
      leads: ['北川成长基金'], participants: ['白鹭投资', '青松创投'],
    });
  });
  it('A、B共同投资: investors who invested together', () => {
    expect(frame('合成材料企业禾川科技宣布完成近亿元A轮融资，本轮由松岭资本、河湾创投共同投资。')).toMatchObject({
      participants: ['松岭资本', '河湾创投'],
    });
  });
  it('a Japanese list brackets its names: the words around them describe the investors', () => {
    expect(frame('海外からは、新規投資家として米国を拠点とする「Harbor Lane Capital」、「Kestrel Partners」が参加した。')).toMatchObject({
      participants: ['Harbor Lane Capital', 'Kestrel Partners'],
    });
  });
  it('a Korean list ends at its particle: "A, B 등이 참여", "A와 B가 공동 주도"', () => {
    expect(frame('이번 투자는 하버벤처스가 주도했으며, 퀼론캐피탈, 오스트라파트너스 등이 참여했다.')).toMatchObject({
      leads: ['하버벤처스'], participants: ['퀼론캐피탈', '오스트라파트너스'],
    });
    expect(frame('켈프웨어는 80억원 규모의 시리즈A 투자를 유치했다. 하버벤처스와 퀼론캐피탈이 공동 주도했다.')).toMatchObject({
      company: '켈프웨어', leads: ['하버벤처스', '퀼론캐피탈'],
    });
    expect(frame('이번 라운드에는 하버벤처스, 퀼론캐피탈과 오스트라파트너스가 참여했다.')).toMatchObject({
      participants: ['하버벤처스', '퀼론캐피탈', '오스트라파트너스'],
    });
  });
  it('Korean: an investor\'s sentence "A가 B에 …을 투자했다" names B the raiser and A its investor; "X로부터" is a source', () => {
    expect(frame('하버벤처스가 물류 스타트업 켈프웨어에 30억원을 투자했다고 밝혔다.')).toMatchObject({
      company: '켈프웨어', participants: ['하버벤처스'],
    });
    expect(frame('켈프웨어가 퀼론캐피탈로부터 50억원 규모의 시리즈A 투자를 유치했다.')).toMatchObject({
      company: '켈프웨어', participants: ['퀼론캐피탈'],
    });
  });
  it('Korean figures count thousands of 억 and trillions: "1천억 원", "1조 2천억 원"; a share issue\'s company takes the investment', () => {
    expect(findCjkMoney('1천억 원').map((m) => m.money.value)).toEqual([1e11]);
    expect(findCjkMoney('1조 2천억 원').map((m) => m.money.value)).toEqual([1.2e12]);
    expect(findCjkMoney('2천만원').map((m) => m.money.value)).toEqual([2e7]);
    expect(frame('하버은행이 켈프웨어 유상증자에 1천억 원을 투자했다.')).toMatchObject({ company: '켈프웨어', participants: ['하버은행'] });
  });
  it('Japanese translations of Korean news: 450億ウォン, 投資を誘致, a bracket inside the description, が without a comma', () => {
    expect(frame('電気自動車充電事業者(CPO)のミドリチャージが450億ウォン規模の投資を誘致したと明らかにした。')).toMatchObject({
      company: 'ミドリチャージ', amount: { value: 45e9, currency: 'KRW' },
    });
  });
  it('Japanese: a bracketed stage names the round, not its raiser (「シリーズA」の資金調達)', () => {
    expect(frame('事業の初期段階である「シリーズA」の資金調達で、総額68億円を集めた。')?.company ?? null).not.toBe('シリーズA');
  });
  it('Chinese: "拿下第一名" (won first place) raises nothing; "宣布再次获得" trails the name; a clause word opens none', () => {
    expect(frame('毕业设计还拿下第一名，随后获得一线基金们多次加持。')?.company ?? null).toBeNull();
    expect(frame('青葉小铺宣布再次获得融资，C轮融资总金额5000万美金，由星河资本领投。')).toMatchObject({ company: '青葉小铺', stage: 'series_c', leads: ['星河资本'] });
    expect(frame('并以此拿下星河资本战略投资。')?.company ?? null).toBeNull();
  });
  it('Chinese: a round dated a year or more before the page is an earlier one', () => {
    const [f] = cjkFramesOf({ block: 0, blockText: '', start: 0, text: '2018年3月，青葉小铺宣布获得5000万美金C轮融资。', currency: { dollar: 'USD', yen: 'JPY' }, published: '2022-05-20' });
    expect(f?.past).toBe(true);
  });
  it('Korean: "X 리드로 A, B 등이 투자에 참여했다" — the lead before 리드로, the others before "투자에 참여"', () => {
    expect(frame('하버펀드 리드로 퀼론캐피탈, 오스트라파트너스 등이 투자에 참여했다.')).toMatchObject({
      leads: ['하버펀드'], participants: ['퀼론캐피탈', '오스트라파트너스'],
    });
  });

  it('"该团队在 X 和 Y 共同领投的 A 轮融资中获得…": the round is no raiser, the list starts after 在, "the team" refers', () => {
    const [f] = cjkFramesOf({ block: 0, blockText: '', start: 0, text: '该团队近日在 Larkspur 和 Odell 共同领投的 A 轮融资中获得了 800 万欧元。', currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' });
    expect({ company: f!.company, ref: f!.companyRef, leads: f!.leads.map((h) => h.name) }).toEqual({ company: null, ref: true, leads: ['Larkspur', 'Odell'] });
  });
  it('"X在本轮领投" keeps the name before 在', () => {
    expect(frame('「光栅科技」完成A轮融资，松果资本在本轮领投。')).toMatchObject({ leads: ['松果资本'] });
  });
  it('"6 万多名新用户" counts users, not money', () => {
    expect(frame('该应用在第一周内获得了 6 万多名新用户。')).toBeUndefined();
  });
});
