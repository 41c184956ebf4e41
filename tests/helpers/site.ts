import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { distDir } from '../../scripts/lib/dist.ts';
import { assertBuilt } from './dist.ts';

/** What a page reported through `securitypolicyviolation`. */
export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  page: string;
}

export interface Site {
  /** The static server's origin, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  readonly browser: Browser;
  /** A page in its own context, made with the options given to useSite(). */
  readonly page: Page;
  /** Another page in a new context of its own (its own cookies and storage), watched the same way. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** CSP violations and requests to other hosts since the last test; each test must leave both empty. */
  readonly cspViolations: CspViolation[];
  readonly foreignRequests: string[];
}

export interface SiteOptions {
  /** The folder to serve (default dist/); a function for a folder another beforeAll builds first. */
  root?: string | (() => string);
  /** Options for `site.page`'s context: viewport, locale, touch. */
  page?: BrowserContextOptions;
}

/**
 * The one e2e fixture: a static server over the built site, one Chromium, and a page, set up in
 * beforeAll and closed in afterAll of the file or describe block that calls it. Every context it
 * makes reports the page's Content-Security-Policy violations and every request to a host other
 * than the local server, and afterEach fails the test that caused one: so each e2e test also proves
 * that what it exercises works under the CSP without leaving the site.
 */
export function useSite(options: SiteOptions = {}): Site {
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const cspViolations: CspViolation[] = [];
  const foreignRequests: string[] = [];
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useSite(): ${name} is used before beforeAll has run`);
    return value;
  };

  const newContext = async (contextOptions: BrowserContextOptions = {}) => {
    const context = await ready(browser, 'browser').newContext(contextOptions);
    const origin = new URL(ready(server, 'server').url).origin;
    // A binding and an init script both run outside the page's CSP, so watching cannot trip it.
    await context.exposeBinding('__vsCspViolation', (_source, v: CspViolation) => void cspViolations.push(v));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __vsCspViolation: (v: object) => void }).__vsCspViolation;
        report({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          sample: e.sample,
          page: location.pathname + location.search,
        });
      });
    });
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) foreignRequests.push(request.url());
    });
    return context;
  };
  const newPage = async (contextOptions?: BrowserContextOptions) => (await newContext(contextOptions)).newPage();

  beforeAll(async () => {
    const root = typeof options.root === 'function' ? options.root() : (options.root ?? distDir);
    if (root === distDir) assertBuilt();
    server = await startStaticServer(root);
    browser = await launchBrowser();
    page = await newPage(options.page);
  });

  afterEach(() => {
    const violations = cspViolations.splice(0);
    const requests = foreignRequests.splice(0);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
    expect(requests, 'requests to other hosts').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get url() {
      return ready(server, 'server').url;
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get page() {
      return ready(page, 'page');
    },
    newPage,
    newContext,
    cspViolations,
    foreignRequests,
  };
}
