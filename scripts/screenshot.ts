#!/usr/bin/env node
// Takes a full-page screenshot of a page of the built site in headless Chromium, so a person can look
// at what a visitor sees: node scripts/screenshot.ts /eksempler/vurderingsteam/ out.png [width] [height]
import { launchBrowser } from './lib/browser.ts';
import { startStaticServer } from './lib/static-server.ts';

const [path = '/', out = 'test-results/screenshot.png', width = '1280', height = '900'] = process.argv.slice(2);
const server = await startStaticServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await page.goto(server.url + path);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Skjermbilde av ${path} lagret i ${out}`);
} finally {
  await browser.close();
  await server.close();
}
