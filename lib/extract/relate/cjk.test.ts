// Chinese, Japanese and Korean sentences → frames. Sentences written for these tests (invented companies).
import { describe, expect, it } from 'vitest';
import { cjkFramesOf } from './cjk';

const frame = (text: string) => {
  const [f] = cjkFramesOf({ block: 0, blockText: text, start: 0, text, currency: { dollar: 'USD', yen: 'JPY' }, published: '2024-05-20' });
  return f && { company: f.company?.name ?? null, amount: f.amount?.money ?? null, stage: f.stage?.stage ?? null,
    leads: f.leads.map((h) => h.name), participants: f.participants.map((h) => h.name) };
};

describe('CJK frames', () => {
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
});
