// Browser test of a large guest: Linux downloads (once), boots to its busybox shell in a worker and answers a command;
// its images are then kept in Cache Storage, so it boots again with the network off. Needs `npm run guests:linux`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, serveBuiltApp, typeLine, vmCard, waitForTerminal, type Browser, type ServedApp } from './harness.ts';

/** busybox's root prompt on the Linux guest (guests/linux). */
const LINUX_PROMPT = /# $/;

describe('Linux in Chromium', () => {
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

  it('downloads Linux, boots it to a shell, and boots it again from the cache with the network off', async () => {
    const page = await browser.context.newPage();
    await page.goto(app.url);
    const linuxEntry = page.locator('tv-catalog li[data-guest="linux"]');
    // The catalog renders once guests.json has arrived: wait for it, then require the Linux entry's boot button.
    await page.locator('tv-catalog li[data-guest="tinyos"] button').waitFor({ timeout: 30_000 });
    expect(await linuxEntry.locator('button').count(), 'Linux is not built: run `npm run guests:linux`, then `npm run build:web`').toBe(1);
    await linuxEntry.locator('button').click();
    const first = vmCard(page, 1);
    await waitForTerminal(first, LINUX_PROMPT, 90_000);
    await typeLine(page, first, 'uname -m');
    await waitForTerminal(first, /uname -m\r?\n\s*riscv64/);
    await screenshot(page, 'linux-booted');

    await app.close(); // no server and no network: the images must come from Cache Storage
    serving = false;
    await browser.context.setOffline(true);
    await first.locator('button[name="poweroff"]').click();
    await first.locator('button[name="start"]').click();
    // A new VM gets a fresh screen: a prompt on a screen without the first boot's command is the second boot's.
    await waitForTerminal(first, /^(?![\s\S]*uname -m)[\s\S]*Linux version 6\.1[\s\S]*# $/, 90_000);
    expect(await first.getAttribute('data-state')).not.toBe('error');
    await browser.context.setOffline(false);
  }, 240_000);
});
