// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupChunks } from '../lib/export';
import { counts, saveArticle, type DealmarkDB } from '../lib/store';
import { article, freshDb, lead, round, usd } from '../lib/store/test-support';
import { fakeApi, type FakeApi } from '../tests/unit/fake-api';
import { ExportButtons } from './ExportButtons';
import { exportFromHash, Options } from './Options';

let db: DealmarkDB;
let api: FakeApi;
beforeEach(async () => {
  db = await freshDb();
  await saveArticle(db, article('https://news.example/a', '2024-02-01'), [
    round({ company: 'Fennel & Fig, "Ltd"', stage: 'seed', amount: usd(2e6), date: '2024-02', investors: [lead('=HYPERLINK("x")')] }),
  ]);
  api = fakeApi(db);
});
afterEach(cleanup);

async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('Options', () => {
  it('shows the counts, saves highlight and BOM settings', async () => {
    render(<Options api={api} />);
    await waitFor(() => expect(screen.getByTestId('counts').textContent).toContain('1 round of 1 company, from 1 article'));
    fireEvent.change(await screen.findByLabelText('Amount'), { target: { value: 'underline' } });
    await waitFor(() => expect(api.settingsValue.highlight.amount).toBe('underline'));
    fireEvent.click(screen.getByRole('checkbox', { name: /byte-order mark/ }));
    await waitFor(() => expect(api.settingsValue.csvBom).toBe(false));
  });

  it('lists the sites it runs on and stops one', async () => {
    api.allowed.add('https://news.example');
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Stop on https://news.example' }));
    await screen.findByText(/No site yet/);
    fireEvent.click(screen.getByRole('checkbox', { name: /Run on all sites/ }));
    await waitFor(() => expect(api.allowed.has('*')).toBe(true));
  });

  it('deletes everything only after confirmation', async () => {
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    expect((await counts(db)).rounds).toBe(1);
    const group = screen.getByRole('group', { name: /Delete every saved round/ });
    fireEvent.click(within(group).getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(screen.getByTestId('counts').textContent).toContain('0 rounds'));
  });

  it('imports a backup and reports what it added and skipped; a bad file changes nothing and says why', async () => {
    let text = '';
    for await (const chunk of backupChunks(db)) text += chunk;
    render(<Options api={api} />);
    const input = (await screen.findByLabelText(/Import a backup/)) as HTMLInputElement;
    const pick = (name: string, body: string) => {
      const file = new File([body], name, { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      fireEvent.change(input);
    };
    pick('backup.json', text);
    await waitFor(() => expect(screen.getByText(/Imported backup.json/).textContent).toMatch(/Already there \(skipped\): .*1 rounds/));
    pick('broken.json', text.slice(0, text.length / 2));
    expect((await screen.findByRole('alert')).textContent).toMatch(/nothing changed/);
    expect((await counts(db)).rounds).toBe(1);
  });

  it('reads the export to start from the page address', () => {
    expect(exportFromHash('#export=rounds')).toBe('rounds');
    expect(exportFromHash('#export=evil')).toBeNull();
  });
});

describe('ExportButtons', () => {
  it('exports rounds.csv with a BOM, CRLF and the injection guard, showing progress then the result', async () => {
    const saved: { blob: Blob; name: string }[] = [];
    render(<ExportButtons api={api} bom save={(blob, name) => saved.push({ blob, name })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export rounds.csv' }));
    await screen.findByText(/rounds.csv is ready/);
    expect(saved[0]!.name).toBe('rounds.csv');
    const bytes = await blobBytes(saved[0]!.blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[1]).toContain('"Fennel & Fig, ""Ltd""",Seed,2024-02,2000000,USD');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('leaves the BOM out when the setting is off', async () => {
    const saved: Blob[] = [];
    render(<ExportButtons api={api} bom={false} save={(blob) => saved.push(blob)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export facts.csv' }));
    await screen.findByText(/facts.csv is ready/);
    expect((await blobBytes(saved[0]!))[0]).toBe('K'.charCodeAt(0));
  });

  it('says why an export failed', async () => {
    api.exportFile = async () => {
      throw new Error('Dealmark could not read or write its database. Nothing was changed.');
    };
    render(<ExportButtons api={api} bom />);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON backup' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The export failed: Dealmark could not read');
  });
});
