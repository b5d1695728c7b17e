// tinyOS boots in M-mode and under the builtin SBI (OpenSBI: tests/boot/firmware.test.ts) and its shell commands show the machine; a user process cannot touch kernel memory.
import { describe, it, expect } from 'vitest';
import { GuestSession, repoFile } from './guest-session.ts';

/** The prompt at the start of a line (line editing redraws it after a carriage return, which does not count). */
const PROMPT = '\ntinyos> ';
const tinyos = repoFile('guests/tinyos/tinyos.elf');

describe.each([
  ['none', /booted in M-mode/],
  ['builtin', /booted in S-mode \(SBI: implementation 21590/],
] as const)('tinyOS with firmware %s', (firmware, banner) => {
  it('boots to its prompt and answers every command', async () => {
    const s = await GuestSession.start({ ramMiB: 128, firmware, console: 'uart', kernel: tinyos });
    expect(s.waitFor(PROMPT, 20_000_000)).toMatch(banner);
    expect(s.vm.hart.instructions).toBeLessThan(20_000_000);

    expect(s.command('help', PROMPT)).toMatch(/traps\s+trap counts by cause/);
    const info = s.command('info', PROMPT);
    expect(info).toContain('rv64imafdc_zicsr_zifencei_sstc');
    expect(info).toContain('128 MiB at 0x80000000');
    expect(info).toMatch(/ns16550a at 0x10000000/);
    expect(s.command('ps', PROMPT)).toMatch(/PID/i);
    expect(s.command('mem', PROMPT)).toMatch(/pages?/i);
    expect(s.command('ticks', PROMPT)).toMatch(/\d+/);
    expect(s.command('uptime', PROMPT)).toMatch(/\d/);
    expect(s.command('run hello', PROMPT)).toMatch(/hello/i);
    const sbi = s.command('sbi', PROMPT);
    if (firmware === 'none') expect(sbi).toMatch(/none \(M-mode\)/);
    else expect(sbi).toMatch(/TIME\s+timer\s+yes/);

    // A user process reading and writing kernel memory is killed; the OS carries on.
    expect(s.command('run fault', PROMPT)).toMatch(/load page fault at address 0x80200000.*process killed/s);
    expect(s.command('run fault write', PROMPT)).toMatch(/store page fault at address 0x80200000.*process killed/s);
    expect(s.command('traps', PROMPT)).toMatch(/load page fault\s+[1-9]/);
    expect(s.command('run hello', PROMPT)).toMatch(/hello/i);

    s.type('poweroff\n');
    expect(s.waitForPowerOff()).toBe(0);
  });
});

describe('tinyOS shell line editing', () => {
  it('handles backspace and history', async () => {
    const s = await GuestSession.start({ ramMiB: 64, firmware: 'builtin', console: 'uart', kernel: tinyos });
    s.waitFor(PROMPT, 30_000_000);
    expect(s.command('helx\x7fp', PROMPT)).toMatch(/this list/);
    expect(s.command('\x1b[A', PROMPT)).toMatch(/this list/); // up arrow recalls "help"
    s.type('reboot\n');
    expect(s.waitFor(PROMPT, 30_000_000)).toMatch(/booted in S-mode/);
  });
});
