import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Flags for a quiet headless run: no first-run UI, no background traffic to Google's hosts. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface ChromiumExecutable {
  path: string;
  /** Where it came from, for log lines. */
  source: 'system' | '@sparticuz/chromium';
}

const missing =
  'Fant ingen Chromium / No Chromium found: installer den med «apt-get install -y chromium», sett CHROMIUM_PATH, eller kjør «npm install» (den henter @sparticuz/chromium).';

/** What findChromium() looks at, so a test can give it a machine without a system browser. */
export interface ChromiumLookup {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Resolves to the package's executablePath(), or rejects when the package is not installed. */
  packaged: () => Promise<string>;
}

const packagedChromium = async () => {
  const { default: packaged } = await import('@sparticuz/chromium');
  // It also sets LD_LIBRARY_PATH for its bundled libraries in process.env; the launch inherits it.
  return packaged.executablePath();
};

/**
 * The browser every test, benchmark and Lighthouse run drives, never one downloaded by Playwright:
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the Chromium inside the npm package
 * @sparticuz/chromium (so a machine without a system browser still runs `npm test` after `npm
 * install`). It is a devDependency, not an optional one: npm silently skips an optional package
 * whose engines do not match the Node that runs npm, and on a fresh Debian machine that is Node 20.
 * It is imported only when needed: it unpacks its 60 MB browser into /tmp on first use.
 */
export async function chooseChromium({ env, exists, packaged }: ChromiumLookup): Promise<ChromiumExecutable> {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    if (!exists(wanted)) throw new Error(`CHROMIUM_PATH=${wanted} finnes ikke / does not exist. ${missing}`);
    return { path: wanted, source: 'system' };
  }
  if (exists('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'system' };
  let path: string;
  try {
    path = await packaged();
  } catch {
    throw new Error(missing);
  }
  return { path, source: '@sparticuz/chromium' };
}

let found: Promise<ChromiumExecutable> | undefined;

export function findChromium(): Promise<ChromiumExecutable> {
  found ??= chooseChromium({ env: process.env, exists: existsSync, packaged: packagedChromium });
  return found;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const { path } = await findChromium();
  return chromium.launch({ executablePath: path, args: chromiumFlags, ...options });
}
