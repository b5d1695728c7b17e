// Tests of the VM worker's API in Node, on the real core and tinyOS: boot to the prompt, typed input, pause and
// resume, power off, reset, and an idle guest that sleeps.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createVmHost, messageChannelScheduler } from '../../web/vm-host.ts';
import type { VmWorkerApi } from '../../web/vm-protocol.ts';

const root = new URL('../../', import.meta.url);
const core = WebAssembly.compile(readFileSync(new URL('build/core.wasm', root)));
const tinyos = readFileSync(new URL('guests/tinyos/tinyos.elf', root));
const PROMPT = /tinyos> $/;

describe('the VM host (the worker API)', () => {
  const closers: (() => void)[] = [];
  afterEach(() => closers.splice(0).forEach((close) => close()));

  async function bootTinyos(): Promise<{ host: VmWorkerApi; screen: () => string }> {
    const scheduler = messageChannelScheduler();
    const host = createVmHost(core, scheduler);
    let text = '';
    const decoder = new TextDecoder();
    await host.create({ ramMiB: 64, firmware: 'none', console: 'uart', kernel: tinyos.slice() }, (chunk) => (text += decoder.decode(chunk, { stream: true })));
    closers.push(() => {
      host.powerOff();
      scheduler.close();
    });
    host.start();
    await until(() => PROMPT.test(text), () => text);
    return { host, screen: () => text };
  }

  it('boots tinyOS to its prompt and answers a command typed into it', async () => {
    const { host, screen } = await bootTinyos();
    host.sendInput(new TextEncoder().encode('help\r'));
    await until(() => /ticks\s+timer ticks since boot[\s\S]*tinyos> $/.test(screen()), screen);
    const stats = host.stats();
    expect(stats.instructions).toBeGreaterThan(0);
    expect(stats.exits.mmio.uart0).toBeDefined();
  });

  it('runs nothing while paused, keeps typed input, and answers it on resume', async () => {
    const { host, screen } = await bootTinyos();
    host.pause();
    expect(host.stats().state).toBe('paused');
    const instructions = host.stats().instructions;
    host.sendInput(new TextEncoder().encode('ticks\r'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.stats().instructions).toBe(instructions);
    expect(screen()).not.toContain('ticks:');
    host.resume();
    await until(() => /ticks: \d+/.test(screen()), screen);
  });

  it('lets an idle guest sleep on a timer instead of running slices back to back', async () => {
    const { host } = await bootTinyos();
    await until(() => host.stats().loop === 'sleeping', () => host.stats().loop);
    expect(host.stats().exits.idle).toBeGreaterThan(0);
  });

  it('powers off, and boots again on reset', async () => {
    const { host, screen } = await bootTinyos();
    host.powerOff();
    expect(host.stats().state).toBe('halted');
    expect(host.stats().loop).toBe('finished');
    const before = screen().length;
    host.reset();
    await until(() => screen().length > before && PROMPT.test(screen()), screen);
    expect(host.stats().loop).not.toBe('finished');
  });

  it('refuses commands before create and a second create', async () => {
    const scheduler = messageChannelScheduler();
    closers.push(() => scheduler.close());
    const host = createVmHost(core, scheduler);
    expect(() => host.start()).toThrow('call create first');
    await host.create({ ramMiB: 64, firmware: 'none', console: 'uart', kernel: tinyos.slice() }, () => {});
    await expect(host.create({ ramMiB: 64, firmware: 'none', console: 'uart', kernel: tinyos.slice() }, () => {})).rejects.toThrow('already holds a VM');
  });
});

/** Waits (up to 10 s) for `condition`; on timeout, the error shows `describe()`. */
async function until(condition: () => boolean, describe: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out; state:\n${describe().slice(-800)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
