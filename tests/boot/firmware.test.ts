// Debian's firmware as shipped: tinyOS under OpenSBI in emulated M-mode, and U-Boot (S-mode build) under both SBIs.
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { GuestSession, repoFile } from './guest-session.ts';
import { OPENSBI_FW_DYNAMIC, UBOOT_SMODE } from '../../src/cli/guests.ts';

function debianFile(path: string, pkg: string): Uint8Array {
  if (!existsSync(path)) throw new Error(`${path} is missing: apt-get install ${pkg} (or run .ci/install-deps)`);
  return readFileSync(path);
}

describe('OpenSBI', () => {
  it('boots tinyOS in S-mode, whose shell sees OpenSBI and powers off through it', async () => {
    const s = await GuestSession.start({
      ramMiB: 128, firmware: 'opensbi', console: 'uart', kernel: repoFile('guests/tinyos/tinyos.elf'),
      firmwareImage: debianFile(OPENSBI_FW_DYNAMIC, 'opensbi'),
    });
    expect(s.waitFor('\ntinyos> ', 40_000_000)).toMatch(/OpenSBI v[\d.]+[\s\S]*booted in S-mode \(SBI: OpenSBI/);
    expect(s.command('sbi', '\ntinyos> ')).toMatch(/SRST\s+system reset\s+yes/);
    expect(s.command('run fault', '\ntinyos> ')).toMatch(/process killed/);
    s.type('poweroff\n');
    expect(s.waitForPowerOff()).toBe(0);
    expect(s.vm.stats().exits.mmio.test?.finisher).toBe(1); // OpenSBI's SRST drives the sifive test device
  });
});

describe.each(['builtin', 'opensbi'] as const)('U-Boot under firmware %s', (firmware) => {
  it('reaches its prompt and runs a command', async () => {
    const s = await GuestSession.start({
      ramMiB: 128, firmware, console: 'uart', kernel: debianFile(UBOOT_SMODE, 'u-boot-qemu'),
      firmwareImage: firmware === 'opensbi' ? debianFile(OPENSBI_FW_DYNAMIC, 'opensbi') : undefined,
    });
    s.waitFor('Hit any key to stop autoboot', 400_000_000);
    s.type(' ');
    s.waitFor('=> ', 50_000_000);
    expect(s.command('version', '=> ')).toMatch(/U-Boot \d{4}\.\d+/);
    expect(s.command('echo tabvisor-$arch', '=> ')).toContain('tabvisor-riscv');
  });
});
