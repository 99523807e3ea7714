// Date rules, one example each, in sentences of our own; every date is read against a Wednesday article
// published on 2021-06-16 unless the case says otherwise.
import { describe, expect, it } from 'vitest';
import { datelineDate, daysBefore, findDates } from './dates';

const PUB = '2021-06-16'; // a Wednesday
const dates = (text: string, published: string | null = PUB): string[] => findDates(text, published).map((d) => d.date);

describe('dates', () => {
  it.each([
    ['The bakery chain closed the round on March 3, 2020.', '2020-03-03'],
    ['The deal was signed on 7th of February 2019.', '2019-02-07'],
    ['Terms were agreed on Sept. 22nd, 2018.', '2018-09-22'],
    ['The startup said on Monday (June 14) that it had closed.', '2021-06-14'],
    ['It confirmed the raise on Tuesday.', '2021-06-15'],
    ['Investors wired the money last Wednesday.', '2021-06-16'],
    ['The paperwork was filed June 2.', '2021-06-02'],
    ['The seed round closed in October 2017.', '2017-10'],
    ['It raised its first cheque last June.', '2020-06'],
    ['The note converted last May.', '2021-05'],
    ['The fund first invested in April.', '2021-04'],
    ['They met back in September.', '2020-09'],
    ['In February the bakery said it had raised $3 million.', '2021-02'],
    ['It last raised money last year.', '2020'],
    ['Talks started last month.', '2021-05'],
    ['The bank signed earlier this month.', '2021-06'],
    ['It hired forty people earlier this year.', '2021'],
    ['The brand has been growing since 2016.', '2016'],
    ['A pilot ran in early 2019.', '2019'],
    ['It announced the round this week.', '2021-06'],
    ['The lab opened last week.', '2021-06'],
    ['The founders said today that they had closed.', '2021-06-16'],
    ['The filing was made yesterday.', '2021-06-15'],
  ])('%s → %s', (text, date) => expect(dates(text)).toEqual([date]));

  it('reads a full date once, not also as the month and day inside it', () => {
    expect(findDates('Both sides signed on August 30, 2019 in Lisbon.', PUB)).toEqual([
      { date: '2019-08-30', start: 21, end: 36, text: 'August 30, 2019' },
    ]);
  });

  it('reads nothing relative without a published date, but absolute dates still', () => {
    expect(dates('It closed last month, after a first close on May 4, 2021.', null)).toEqual(['2021-05-04']);
  });

  it('keeps a month-and-day with a capital month only ("june 3" in lower case is not a date)', () => {
    expect(dates('The team grew by june 3 hires.')).toEqual([]);
  });

  it.each([
    ['2021-06-01', 15], ['2021-05', 16], ['2020', 167], ['2021', -198],
  ])('daysBefore(%s) is %i: a partial date stands for its last day', (date, days) => expect(daysBefore(date, PUB)).toBe(days));

  it.each([
    ['PORTLAND, Ore., May 11, 2021 /PRNewswire/ -- A maker of heat pumps said…', '2021-05-11'],
    ['LYON, 4 February 2020 - Une jeune pousse a levé…', '2020-02-04'],
    ['(Oct 1, 2019) — The co-op announced…', '2019-10-01'],
    ['A founder wrote on March 3, 2020 about the raise.', null],
  ])('dateline of "%s" is %s', (line, date) => expect(datelineDate([line])).toBe(date));
});
