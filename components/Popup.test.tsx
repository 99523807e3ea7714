// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { companyHistory, saveArticle, type DealmarkDB } from '../lib/store';
import { article, evidence, freshDb, lead, participant, round, usd, valuation } from '../lib/store/test-support';
import { fakeApi, tabState, type FakeApi } from '../tests/unit/fake-api';
import { Popup } from './Popup';

const A = 'https://news.example/kelp-series-a';
const B = 'https://news.example/kelp-series-b';

async function seed(db: DealmarkDB) {
  await saveArticle(db, article(A, '2023-03-02', 'Orbital Kelp raises $10m'), [
    round({ company: 'Orbital Kelp', stage: 'series_a', amount: usd(10e6), date: '2023-03', investors: [lead('Tidewater Ventures'), participant('Brine Capital')],
      evidence: [evidence('amount', '$10m')] }),
  ]);
  await saveArticle(db, article(B, '2024-03-05', 'Orbital Kelp lands $25m Series B'), [
    round({ company: 'Orbital Kelp', stage: 'series_b', amount: usd(25e6), valuation: valuation(3e9, 'post'), date: '2024-03',
      investors: [lead('Deepwater Partners'), participant('Tidewater Ventures')],
      evidence: [{ ...evidence('amount', '$25m'), quote: 'Orbital Kelp said on Tuesday it raised $25m in a Series B.' }] }),
  ]);
}

let db: DealmarkDB;
let api: FakeApi;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(cleanup);

describe('Popup: this page’s rounds', () => {
  it('shows the page’s round, the company’s earlier round, the step-up and the chart', async () => {
    await seed(db);
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    const { container } = render(<Popup api={api} />);
    const card = await screen.findByRole('article', { name: /Orbital Kelp Series B/ });
    expect(within(card).getByText('$25m')).toBeTruthy();
    expect(within(card).getByText('$3bn post-money')).toBeTruthy();
    expect(card.textContent).toContain('Deepwater Partners');
    // Comparison with the Series A: ×2.5, 12 months, Tidewater repeats, Deepwater is new.
    expect(card.textContent).toContain('×2.5');
    expect(card.textContent).toContain('12 months');
    expect(within(card).getByText('Tidewater Ventures', { selector: 'dd' })).toBeTruthy();
    const earlier = screen.getByRole('list', { name: /Other rounds of Orbital Kelp/ });
    expect(earlier.textContent).toContain('Series A');
    expect(earlier.textContent).toContain('$10m');
    const chart = container.querySelector('svg[role=img]')!;
    expect(chart.querySelector('title')!.textContent).toContain('Orbital Kelp');
    expect(chart.querySelector('desc')!.textContent).toContain('Series A, Mar 2023: $10m');
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
  });

  it('says the step-up is the valuation multiple and the round size is the amount ratio', async () => {
    await saveArticle(db, article(A, '2023-01-10'), [
      round({ company: 'Orbital Kelp', stage: 'series_a', amount: usd(10e6), valuation: valuation(40e6, 'post'), date: '2023-01-10' }),
    ]);
    await saveArticle(db, article(B, '2024-04-12'), [
      round({ company: 'Orbital Kelp', stage: 'series_b', amount: usd(30e6), valuation: valuation(150e6, 'post'), date: '2024-04-12' }),
    ]);
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    render(<Popup api={api} />);
    const card = await screen.findByRole('article', { name: /Series B/ });
    const value = (label: string) => within(card).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(value('Step-up')).toBe('×3.75');
    expect(value('Round size')).toBe('×3');
    expect(value('Time since')).toBe('15 months');
  });

  it('dates a round of an undated article by the day it was read, and says so', async () => {
    const U = 'https://news.example/undated';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-03T09:00:00Z'));
    try {
      await saveArticle(db, { url: U, title: 'Orbital Kelp raises', site: null, published: null }, [round({ company: 'Orbital Kelp', stage: 'seed', amount: usd(2e6) })]);
    } finally {
      vi.useRealTimers();
    }
    api = fakeApi(db, { url: U, state: tabState({ url: U }) });
    render(<Popup api={api} />);
    const card = await screen.findByRole('article', { name: /Seed/ });
    expect(card.querySelector('.dm-date')?.textContent).toBe('seen 3 Mar 2025');
  });

  it('tells reported rounds from rounds articles only mention', async () => {
    const C = 'https://news.example/kelp-profile';
    const mention = round({ primary: false, company: 'Orbital Kelp', stage: 'seed', amount: usd(2e6), date: '2021-05' });
    await saveArticle(db, article(A, '2023-03-02'), [round({ company: 'Orbital Kelp', stage: 'series_a', amount: usd(10e6), date: '2023-03' }), mention]);
    await saveArticle(db, article(C, '2023-06-01'), [mention]);
    api = fakeApi(db, { url: C, state: tabState({ url: C, status: 'no-funding' }) });
    render(<Popup api={api} />);
    const card = await screen.findByRole('article', { name: /Seed/ });
    expect(card.textContent).toContain('mentioned in 2 articles, reported by none');
    expect(screen.getByRole('status').textContent).toBe('This article is not about a funding round. The round it mentions is kept as mentioned, not reported.');
    cleanup();
    api = fakeApi(db, { url: A, state: tabState({ url: A }) });
    render(<Popup api={api} />);
    expect((await screen.findByRole('article', { name: /Series A/ })).textContent).toContain('reported by 1 article');
  });

  it('shows a fact’s evidence: the quote, the article and its site and date', async () => {
    await seed(db);
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    render(<Popup api={api} />);
    const card = await screen.findByRole('article', { name: /Series B/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Where the amount was read' }));
    const mark = await within(card).findByText('$25m', { selector: 'mark' });
    expect(mark.parentElement!.textContent).toBe('Orbital Kelp said on Tuesday it raised $25m in a Series B.');
    const link = within(card).getByRole('link', { name: 'Orbital Kelp lands $25m Series B' });
    expect(link.getAttribute('href')).toBe(B);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(card.textContent).toContain('news.example · 5 Mar 2024');
  });

  it('corrects the amount and the lead in place; the correction is stored', async () => {
    await seed(db);
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    render(<Popup api={api} />);
    const card = await screen.findByRole('article', { name: /Series B/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Correct' }));
    const form = await screen.findByRole('form', { name: /Correct Orbital Kelp/ });
    fireEvent.input(within(form).getByLabelText('Amount raised amount'), { target: { value: '30m' } });
    fireEvent.input(within(form).getByLabelText('Investor 1 name'), { target: { value: 'Deepwater Partners II' } });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByRole('article', { name: /Series B/ }).textContent).toContain('$30m'));
    const after = screen.getByRole('article', { name: /Series B/ });
    expect(after.textContent).toContain('corrected');
    expect(after.textContent).toContain('Deepwater Partners II');
    expect(after.textContent).toContain('×3'); // 30 / 10
    const stored = (await companyHistory(db, 'Orbital Kelp')).find((r) => r.stage === 'series_b')!;
    expect(stored.amount!.value).toBe(30e6);
    expect(stored.corrected).toEqual(expect.arrayContaining(['amount', 'investors']));
    // Only the changed fields were sent.
    expect(api.sent.map((r: any) => r.correction.field).sort()).toEqual(['amount', 'investors']);
  });

  it('refuses an amount it cannot read, with a sentence, and changes nothing', async () => {
    await seed(db);
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    render(<Popup api={api} />);
    const card = await screen.findByRole('article', { name: /Series B/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Correct' }));
    const form = await screen.findByRole('form');
    fireEvent.input(within(form).getByLabelText('Amount raised amount'), { target: { value: 'lots' } });
    fireEvent.submit(form);
    expect((await screen.findByRole('alert')).textContent).toMatch(/"lots" is not an amount/);
    expect(api.sent).toHaveLength(0);
  });

  it('deletes a round only after confirmation', async () => {
    await seed(db);
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    render(<Popup api={api} />);
    const card = await screen.findByRole('article', { name: /Series B/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Delete round' }));
    expect(api.sent).toHaveLength(0);
    const confirm = within(card).getByRole('button', { name: 'Delete' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('article', { name: /Series B/ })).toBeNull());
    expect((await companyHistory(db, 'Orbital Kelp')).map((r) => r.stage)).toEqual(['series_a']);
  });
});

describe('Popup: empty, loading and error states', () => {
  it('offers to read a page it has not read yet', async () => {
    api = fakeApi(db, { url: 'https://news.example/new', state: null });
    render(<Popup api={api} />);
    expect(screen.getByRole('status').textContent).toBe('Reading this page…');
    const button = await screen.findByRole('button', { name: 'Click to read this page' });
    expect(screen.getByRole('status').textContent).toContain('has not read this page yet');
    api.info = { ...api.info, state: tabState({ url: 'https://news.example/new', status: 'no-funding' }) };
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('not about a funding round'));
    expect(api.readCalls).toEqual([7]);
  });

  it('opened from the toolbar, reads an unread page at once', async () => {
    api = fakeApi(db, { url: 'https://news.example/new', state: null });
    const read = api.readPage.bind(api);
    api.readPage = async (tabId: number) => {
      await read(tabId);
      api.info = { ...api.info, state: tabState({ url: 'https://news.example/new', status: 'no-funding' }) };
    };
    render(<Popup api={api} autoRead />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('not about a funding round'));
    expect(api.readCalls).toEqual([7]);
  });

  it.each([
    ['not-article', /does not look like an article/],
    ['no-funding', /not about a funding round/],
  ] as const)('says so when the page is %s', async (status, text) => {
    api = fakeApi(db, { url: 'https://x.example/', state: tabState({ url: 'https://x.example/', status }) });
    render(<Popup api={api} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(text));
    expect(screen.queryByRole('button', { name: 'Click to read this page' })).toBeNull();
  });

  it('reports a store that cannot be opened in words', async () => {
    api = fakeApi(db, { url: B });
    api.pageRounds = async () => {
      throw new Error('Your saved rounds were written by a newer version of Dealmark.');
    };
    render(<Popup api={api} />);
    expect((await screen.findByRole('alert')).textContent).toContain('newer version of Dealmark');
  });
});

describe('Popup: hostile page text', () => {
  it('renders names, quotes and titles as text, never as HTML, and links only http(s)', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const url = 'https://evil.example/a';
    await saveArticle(db, { url, title: '<script>window.__pwned=2</script>', site: 'evil.example', published: null }, [
      round({ company: `Acme ${evil}`, stage: 'seed', amount: usd(1e6), date: '2024-01', investors: [lead(`=HYPERLINK("x") ${evil}`)],
        evidence: [{ ...evidence('amount', '$1m'), quote: `${evil} raised $1m` }] }),
    ]);
    api = fakeApi(db, { url, state: tabState({ url }) });
    const { container } = render(<Popup api={api} />);
    const card = await screen.findByRole('article');
    expect(card.textContent).toContain(`Acme ${evil}`);
    fireEvent.click(within(card).getByRole('button', { name: 'Where the amount was read' }));
    await within(card).findByText('$1m', { selector: 'mark' });
    expect(container.querySelector('img, script')).toBeNull();
    expect(card.textContent).toContain('<script>window.__pwned=2</script>');
    expect((window as any).__pwned).toBeUndefined();
  });
});

describe('Popup: search, company and investor views', () => {
  it('finds companies and investors as you type and opens their views', async () => {
    await seed(db);
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    render(<Popup api={api} />);
    await screen.findByRole('article', { name: /Series B/ });
    const input = screen.getByRole('searchbox', { name: 'Search companies and investors' });
    fireEvent.input(input, { target: { value: 'tide' } });
    const investors = await screen.findByRole('region', { name: 'Investors' });
    fireEvent.click(within(investors).getByRole('button', { name: /Tidewater Ventures/ }));
    const view = await screen.findByRole('region', { name: 'Tidewater Ventures' });
    expect(view.textContent).toContain('2 rounds, led 1');
    fireEvent.input(input, { target: { value: 'orbit' } });
    const companies = await screen.findByRole('region', { name: 'Companies' });
    fireEvent.click(within(companies).getByRole('button', { name: /Orbital Kelp/ }));
    const company = await screen.findByRole('region', { name: 'Orbital Kelp' });
    expect(within(company).getAllByRole('article')).toHaveLength(2);
    fireEvent.input(input, { target: { value: 'zzz' } });
    expect((await screen.findByText(/No saved company or investor starts with/)).textContent).toContain('zzz');
  });
});

describe('Popup: undo a correction, merge and split companies', () => {
  it('goes back to what the sources say', async () => {
    await seed(db);
    const b = (await companyHistory(db, 'Orbital Kelp')).find((r) => r.stage === 'series_b')!;
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    await api.send({ type: 'correct-round', roundId: b.id, correction: { field: 'amount', value: usd(99e6) } });
    render(<Popup api={api} />);
    const card = await screen.findByRole('article', { name: /Series B/ });
    expect(card.textContent).toContain('$99m');
    fireEvent.click(within(card).getByRole('button', { name: 'Undo my corrections' }));
    await waitFor(() => expect(screen.getByRole('article', { name: /Series B/ }).textContent).toContain('$25m'));
  });

  it('merges a company saved under another name, then splits it again', async () => {
    await seed(db);
    await saveArticle(db, article('https://other.example/c', '2025-01-10'), [
      round({ company: 'Kelpworks Orbital', stage: 'series_c', amount: usd(80e6), date: '2025-01' }),
    ]);
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'All of Orbital Kelp' }));
    const view = await screen.findByRole('region', { name: 'Orbital Kelp' });
    expect(within(view).getAllByRole('article')).toHaveLength(2);
    fireEvent.input(within(view).getByLabelText('Company to merge into Orbital Kelp'), { target: { value: 'kelpw' } });
    fireEvent.click(await within(view).findByRole('button', { name: 'Merge' }));
    fireEvent.click(within(view).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Orbital Kelp' })).getAllByRole('article')).toHaveLength(3));
    const merged = screen.getByRole('region', { name: 'Orbital Kelp' });
    expect(merged.textContent).toContain('also written Kelpworks Orbital');
    fireEvent.click(within(merged).getByRole('checkbox', { name: 'Kelpworks Orbital' }));
    fireEvent.click(within(merged).getByRole('button', { name: 'Split into a new company' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Orbital Kelp' })).getAllByRole('article')).toHaveLength(2));
  });
});

describe('Popup: add from the page', () => {
  it('adds a selected name as an investor of the page’s round; bad selections say why', async () => {
    await seed(db);
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    render(<Popup api={api} />);
    await screen.findByRole('article', { name: /Series B/ });
    fireEvent.click(screen.getByRole('button', { name: 'Add the text selected on the page…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Nothing is selected on the page');
    api.selection = { text: 'Quillfeather Partners', prefix: 'participation from ', suffix: '.', quote: 'With participation from Quillfeather Partners.', start: 24, end: 45, url: B };
    fireEvent.click(screen.getByRole('button', { name: 'Add the text selected on the page…' }));
    const form = await screen.findByRole('form', { name: 'Add the selected text' });
    expect(form.textContent).toContain('“Quillfeather Partners”');
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('article', { name: /Series B/ }).textContent).toContain('Quillfeather Partners'));
    // An amount that is not one is refused with a sentence, and nothing changes.
    api.selection = { ...api.selection, text: 'Partners' };
    fireEvent.click(screen.getByRole('button', { name: 'Add the text selected on the page…' }));
    const again = await screen.findByRole('form', { name: 'Add the selected text' });
    fireEvent.change(within(again).getByLabelText(/Add as/), { target: { value: 'amount' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toContain('“Partners” is not an amount of money');
    expect(screen.getByRole('article', { name: /Series B/ }).textContent).toContain('$25m');
  });
});

describe('Popup: merge and split investors', () => {
  it('merges an investor saved under another name into the one shown, then splits it again', async () => {
    await seed(db);
    await saveArticle(db, article('https://other.example/c', '2025-01-10'), [
      round({ company: 'Orbital Kelp', stage: 'series_c', amount: usd(80e6), date: '2025-01', investors: [lead('TW Ventures')] }),
    ]);
    api = fakeApi(db, { url: B, state: tabState({ url: B }) });
    render(<Popup api={api} />);
    const card = await screen.findByRole('article', { name: /Series B/ });
    fireEvent.click(within(card).getAllByRole('button', { name: 'Tidewater Ventures' })[0]!);
    const view = await screen.findByRole('region', { name: 'Tidewater Ventures' });
    await waitFor(() => expect(view.textContent).toContain('2 rounds'));
    fireEvent.input(within(view).getByLabelText('Investor to merge into Tidewater Ventures'), { target: { value: 'tw' } });
    fireEvent.click(await within(view).findByRole('button', { name: 'Merge' }));
    fireEvent.click(within(view).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Tidewater Ventures' }).textContent).toContain('3 rounds, led 2'));
    fireEvent.click(within(screen.getByRole('region', { name: 'Tidewater Ventures' })).getByRole('checkbox', { name: 'TW Ventures' }));
    fireEvent.click(screen.getByRole('button', { name: 'Split into a new investor' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Tidewater Ventures' }).textContent).toContain('2 rounds, led 1'));
  });
});

describe('Popup: reading a page that turns out not to be funding news', () => {
  it('says no funding news was found when the page never answers', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      api = fakeApi(db, { url: 'https://blog.example/recipe', state: null });
      render(<Popup api={api} />);
      fireEvent.click(await screen.findByRole('button', { name: 'Click to read this page' }));
      await vi.advanceTimersByTimeAsync(7_000);
      await waitFor(() => expect(screen.getByRole('status').textContent).toContain('No funding round found'));
    } finally {
      vi.useRealTimers();
    }
  });
});
