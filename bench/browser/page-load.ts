// Page load to tinyOS's prompt in headless Chromium: a first visit with a fresh profile, then a reload from the
// service worker's cache.
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/browser/harness.ts';

/** One fresh-profile visit and its reload, in ms from navigation start to the prompt on the terminal. */
export interface PageLoadRun {
  firstVisitMs: number;
  reloadMs: number;
}

/** How long to wait for the prompt before giving up. */
const PROMPT_TIMEOUT_MS = 60_000;

/**
 * In the page: finds the first <tv-console> through the open shadow roots (kept once found) and, when its text ends
 * with tinyOS's prompt (guests/tinyos/kernel/shell.c), gives performance.now(): ms since this navigation started.
 */
const PROMPT_SEEN_AT = `(() => {
  const find = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'tv-console') return element;
      const inner = element.shadowRoot && find(element.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  globalThis.__benchConsole ??= find(document);
  const terminal = globalThis.__benchConsole;
  return terminal !== null && typeof terminal.text === 'function' && /tinyos> $/.test(terminal.text()) ? performance.now() : false;
})()`;

/** Polls every 10 ms inside the page, so the figure does not include a round trip to this process. */
async function promptSeenAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(PROMPT_SEEN_AT, undefined, { polling: 10, timeout: PROMPT_TIMEOUT_MS });
  return Number(await handle.jsonValue());
}

/** Opens the app in a new Chromium profile, waits for the prompt, lets the service worker take the page, reloads. */
export async function measurePageLoad(appUrl: string): Promise<PageLoadRun> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
    await page.goto(appUrl);
    const firstVisitMs = await promptSeenAt(page);
    // The service worker is active once its precache is complete; clientsClaim then makes it the page's controller.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: PROMPT_TIMEOUT_MS });
    await page.reload();
    const reloadMs = await promptSeenAt(page);
    if (!(await page.evaluate('navigator.serviceWorker.controller !== null'))) throw new Error('the reloaded page has no service worker');
    return { firstVisitMs, reloadMs };
  } finally {
    await browser.close();
  }
}
