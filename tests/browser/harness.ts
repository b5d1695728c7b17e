// Browser-test harness: serves the built app (dist/) on 127.0.0.1 with vite preview and drives Debian's Chromium
// through playwright-core in a fresh profile; helpers to find VM cards and read their terminals.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

/** The repository root. */
export const repoRoot = new URL('../../', import.meta.url).pathname;
/** Where screenshots go (look at them). */
export const outputDir = join(repoRoot, 'test-output');

/** The built app, served until `close`. */
export interface ServedApp {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ (building it first if it is missing) on a free port of 127.0.0.1. */
export async function serveBuiltApp(): Promise<ServedApp> {
  const configFile = join(repoRoot, 'vite.config.ts');
  if (!existsSync(join(repoRoot, 'dist', 'index.html'))) await build({ configFile, logLevel: 'warn' });
  const server: PreviewServer = await preview({ configFile, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview did not listen on a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    // vite's close also ends the browser's keep-alive connections (httpServer.close alone waits for them).
    close: () => server.close(),
  };
}

/** Chromium with a profile of its own, removed on `close`. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless with a fresh user-data-dir. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tabvisor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1400, height: 1000 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The n-th VM card (0-based); Playwright's CSS locators pierce the open shadow roots. */
export function vmCard(page: Page, index: number): Locator {
  return page.locator('tv-vm-card').nth(index);
}

/** The text in a card's terminal (scrollback and screen). */
export function terminalText(card: Locator): Promise<string> {
  return card.locator('tv-console').evaluate((element) => (element as unknown as { text(): string }).text());
}

/** Waits until the card's terminal text matches `pattern`; on timeout the error shows what the terminal held. */
export async function waitForTerminal(card: Locator, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await terminalText(card);
    if (pattern.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`terminal never matched ${pattern}; it ends with:\n${text.slice(-1500)}`);
}

/** Types a line into a card's terminal as keystrokes (the terminal must have focus: click it first). */
export async function typeLine(page: Page, card: Locator, line: string): Promise<void> {
  await card.locator('tv-console').click();
  await page.keyboard.type(line, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** Saves a screenshot of the page as test-output/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(outputDir, { recursive: true });
  const path = join(outputDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
