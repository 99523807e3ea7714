// Export in the built extension: a click on "Export rounds.csv" in the options page downloads a file whose
// bytes are what a spreadsheet expects (UTF-8 BOM, the header, CRLF line ends, the saved round). The popup's
// export buttons open this page, because a popup closes (and its blob: URL dies) when a save dialog opens.
// Also takes the options page screenshot for the README.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, serve, type ExtensionBrowser, type StaticServer } from './harness';
import { screenshotPath } from './screenshots';
import { visit } from './visit';

describe('export from the options page in Chromium', () => {
  let b: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve({ '/2023/saltmarsh-series-a': readFileSync(join(ROOT, 'tests/fixtures/popup/series-a.html'), 'utf8') });
    b = await launchChromium();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('downloads rounds.csv with a BOM, the header, CRLF line ends and the saved round', async () => {
    await visit(b, server.url('/2023/saltmarsh-series-a'));
    const options = await b.ctx.newPage();
    await options.setViewportSize({ width: 900, height: 820 });
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('counts').textContent()).toContain('1 round of 1 company');

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export rounds.csv' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rounds.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Company,Investment Type,Announced Date,Money Raised,Money Raised Currency,Money Raised Qualifier,Valuation,Valuation Currency,' +
        'Valuation Basis,Valuation Qualifier,Lead Investors,Other Investors,Number of Sources,Source URLs,First Seen,Reported',
    );
    expect(lines[1]).toMatch(/^Saltmarsh Robotics,Series A,2023-04(-12)?,12000000,USD,exact,,,,,Harbor Light Ventures,Kestrel Capital,1,http:\/\/127\.0\.0\.1:\d+\/2023\/saltmarsh-series-a,[^,]+,reported$/);
    expect(lines.at(-1)).toBe(''); // the last record ends with CRLF too
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare LF or CR
    await expect.poll(() => options.getByRole('status').last().textContent()).toContain('rounds.csv is ready');

    await options.screenshot({ path: screenshotPath('options.png'), fullPage: true });
  });
});
