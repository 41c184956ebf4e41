import { describe, expect, it } from 'vitest';
import { chooseChromium } from '../../scripts/lib/browser.ts';

const none = () => Promise.reject(new Error("Cannot find package '@sparticuz/chromium'"));

describe('chooseChromium', () => {
  it('takes CHROMIUM_PATH first, then Debian’s /usr/bin/chromium', async () => {
    const all = new Set(['/opt/chrome', '/usr/bin/chromium']);
    await expect(
      chooseChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, exists: (p) => all.has(p), packaged: none }),
    ).resolves.toEqual({ path: '/opt/chrome', source: 'system' });
    await expect(chooseChromium({ env: {}, exists: (p) => all.has(p), packaged: none })).resolves.toEqual({
      path: '/usr/bin/chromium',
      source: 'system',
    });
  });

  it('falls back to the packaged Chromium when the machine has none', async () => {
    await expect(
      chooseChromium({ env: {}, exists: () => false, packaged: async () => '/tmp/chromium' }),
    ).resolves.toEqual({ path: '/tmp/chromium', source: '@sparticuz/chromium' });
  });

  it('fails with one Norwegian/English line saying what to install when there is neither', async () => {
    const error = await chooseChromium({ env: {}, exists: () => false, packaged: none }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).toMatch(
      /^Fant ingen Chromium \/ No Chromium found: .*apt-get install -y chromium.*@sparticuz\/chromium/,
    );
  });

  it('does not fall back when CHROMIUM_PATH names a file that is not there', async () => {
    await expect(
      chooseChromium({
        env: { CHROMIUM_PATH: '/nowhere' },
        exists: (p) => p === '/usr/bin/chromium',
        packaged: async () => '/tmp/chromium',
      }),
    ).rejects.toThrow(/CHROMIUM_PATH=\/nowhere/);
  });
});
