// Browser tests of the built web app in headless Chromium: tinyOS boots on page load and answers commands, VMs run
// side by side, pause/resume, a spinning guest leaves the page responsive, and the app works offline after one visit.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, serveBuiltApp, terminalText, typeLine, vmCard, waitForTerminal, type Browser, type ServedApp } from './harness.ts';
import { bareElf, FLOOD_PROGRAM, SPIN_PROGRAM } from './bare-elf.ts';

/** tinyOS's shell prompt (guests/tinyos/kernel/shell.c). */
const PROMPT = /tinyos> $/;
/** A line of `help`'s answer. */
const HELP_ANSWER = /info\s+harts, ISA, memory and devices/;
/** Part of `info`'s answer: the ISA string read from the device tree. */
const INFO_ANSWER = /rv64i/i;

describe('the web app in Chromium', () => {
  let app: ServedApp;
  let browser: Browser;
  let serving = false;

  beforeAll(async () => {
    app = await serveBuiltApp();
    serving = true;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (serving) await app.close();
  });

  // Closing a test's pages ends their VM workers, even when the test failed (a flooding guest would slow the next).
  afterEach(async () => {
    for (const page of browser.context.pages()) await page.close();
  });

  async function openApp(): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(app.url);
    return page;
  }

  it('boots tinyOS when the page opens and answers help and info', async () => {
    const page = await openApp();
    const card = vmCard(page, 0);
    await waitForTerminal(card, PROMPT);
    console.log(`navigation start to tinyOS prompt seen: ${Math.round(Number(await page.evaluate('performance.now()')))} ms`);
    await typeLine(page, card, 'help');
    await waitForTerminal(card, HELP_ANSWER);
    await typeLine(page, card, 'info');
    const text = await waitForTerminal(card, INFO_ANSWER);
    expect(text).toMatch(PROMPT);
    // Arrows reach the guest as escape sequences: Up recalls the previous command from tinyOS's history.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await terminalText(card)).match(new RegExp(HELP_ANSWER, 'g'))?.length).toBe(2);
    // Ctrl keys too: Ctrl-U clears the line typed so far.
    await page.keyboard.type('bogus');
    await page.keyboard.press('Control+u');
    await typeLine(page, card, 'uptime');
    await waitForTerminal(card, /uptime\s*\r?\n.*\d/);
    expect(await terminalText(card)).not.toContain('bogus');
    // Paste (Ctrl+Shift+V) types the clipboard's text.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await page.evaluate("navigator.clipboard.writeText('ticks\\r')");
    await card.locator('tv-console').click();
    await page.keyboard.press('Control+Shift+V');
    await waitForTerminal(card, /ticks\s*\r?\n.*\d/);
    await screenshot(page, 'tinyos-booted');
  }, 60_000);

  it('runs a second VM beside the first, each with its own console', async () => {
    const page = await openApp();
    await waitForTerminal(vmCard(page, 0), PROMPT);
    await page.locator('tv-catalog li[data-guest="tinyos"] button').click();
    const second = vmCard(page, 1);
    await waitForTerminal(second, PROMPT);
    await typeLine(page, second, 'ticks');
    await waitForTerminal(second, /ticks\s*\r?\n.*\d/);
    expect(await terminalText(vmCard(page, 0))).not.toContain('ticks');
    const [firstBox, secondBox] = [await vmCard(page, 0).boundingBox(), await second.boundingBox()];
    expect(secondBox!.x).toBeGreaterThan(firstBox!.x + firstBox!.width / 2); // side by side, not stacked
    await screenshot(page, 'two-vms');
  }, 60_000);

  it('pauses a VM (typed keys wait) and resumes it (they are answered)', async () => {
    const page = await openApp();
    const card = vmCard(page, 0);
    await waitForTerminal(card, PROMPT);
    await card.locator('button[name="pause"]').click();
    await expect.poll(() => card.getAttribute('data-state')).toBe('paused');
    const instructionsWhenPaused = await instructions(card);
    await typeLine(page, card, 'help');
    await page.waitForTimeout(1000);
    expect(await terminalText(card)).not.toMatch(HELP_ANSWER);
    expect(await instructions(card)).toBe(instructionsWhenPaused);
    await screenshot(page, 'paused');
    await card.locator('button[name="resume"]').click();
    await waitForTerminal(card, HELP_ANSWER);
  }, 60_000);

  it('keeps the page responsive while a guest spins in a tight loop', async () => {
    const page = await openApp();
    const tinyos = vmCard(page, 0);
    await waitForTerminal(tinyos, PROMPT);
    const spinner = await bootOwnImage(page, 'spin.elf', bareElf(SPIN_PROGRAM));
    await expect.poll(() => spinner.getAttribute('data-state')).toBe('running');
    const before = await instructions(spinner);
    await expect.poll(() => instructions(spinner)).toBeGreaterThan(before + 1_000_000);
    // While it spins: a click on the page changes the DOM, and the other VM answers a command.
    await page.locator('button[name="add-vm"]').click();
    await expect.poll(() => page.locator('tv-vm-card').count()).toBe(3);
    await typeLine(page, tinyos, 'help');
    await waitForTerminal(tinyos, HELP_ANSWER);
    expect(await spinner.getAttribute('data-state')).toBe('running');
    await screenshot(page, 'spinning-guest');
  }, 60_000);

  it('keeps the page responsive while a guest floods its console', async () => {
    const page = await openApp();
    const tinyos = vmCard(page, 0);
    await waitForTerminal(tinyos, PROMPT);
    const flooder = await bootOwnImage(page, 'flood.elf', bareElf(FLOOD_PROGRAM));
    await waitForTerminal(flooder, /A{50}/);
    await page.locator('button[name="add-vm"]').click();
    await expect.poll(() => page.locator('tv-vm-card').count()).toBe(3);
    await typeLine(page, tinyos, 'help');
    await waitForTerminal(tinyos, HELP_ANSWER);
    expect(await flooder.getAttribute('data-state')).toBe('running');
    await screenshot(page, 'flooding-guest');
  }, 60_000);

  it('boots tinyOS again after a reload with the network off', async () => {
    const page = await openApp();
    await waitForTerminal(vmCard(page, 0), PROMPT);
    // The service worker has installed (precached the app, the core and tinyOS) and controls the page.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.waitForFunction('navigator.serviceWorker.controller !== null');
    // Installable: Chromium finds a valid manifest, icons and a service worker.
    const devtools = await browser.context.newCDPSession(page);
    expect(await devtools.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    await app.close(); // the server is gone, not just the network: everything must come from the caches
    serving = false;
    await browser.context.setOffline(true);
    await page.reload();
    const card = vmCard(page, 0);
    await waitForTerminal(card, PROMPT);
    await typeLine(page, card, 'help');
    await waitForTerminal(card, HELP_ANSWER);
    await screenshot(page, 'offline');
  }, 60_000);
});

/** Adds a VM card, gives it an image file as the user would, and starts it in M-mode; returns the card. */
async function bootOwnImage(page: Page, name: string, image: Uint8Array): Promise<ReturnType<typeof vmCard>> {
  const cards = await page.locator('tv-vm-card').count();
  await page.locator('button[name="add-vm"]').click();
  await expect.poll(() => page.locator('tv-vm-card').count()).toBe(cards + 1);
  const card = vmCard(page, cards);
  await card.locator('select[name="guest"]').selectOption('custom');
  await card.locator('input[name="image"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(image) });
  await card.locator('select[name="firmware"]').selectOption('none');
  await card.locator('button[name="start"]').click();
  return card;
}

/** Instructions the card's VM has retired, from its latest stats. */
function instructions(card: ReturnType<typeof vmCard>): Promise<number> {
  return card.locator('tv-stats').evaluate((element) => (element as unknown as { stats: { instructions: number } | null }).stats?.instructions ?? 0);
}
