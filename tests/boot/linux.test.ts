// Linux 6.1 + busybox (our recipe) reaches its shell under both firmware modes and both consoles, and its devices work.
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuestSession } from './guest-session.ts';
import { namedGuest, OPENSBI_FW_DYNAMIC } from '../../src/cli/guests.ts';
import { MemoryBlockBackend } from '../../src/backends/memory-block.ts';
import { NodeFs } from '../../src/backends/node-fs.ts';
import type { VmConfig } from '../../src/vm.ts';
import { RISCV_ISA } from '../../src/machine/device-tree.ts';

const guest = namedGuest('linux')!;
const PROMPT = /root@tabvisor:[^#]*# $/;
let kernel: Uint8Array;
let initrd: Uint8Array;
let opensbi: Uint8Array;

beforeAll(() => {
  if (!existsSync(guest.kernel) || !existsSync(guest.initrd!)) {
    throw new Error(`the Linux guest is not built (${guest.kernel}): build it with: npm run guests:linux`);
  }
  kernel = readFileSync(guest.kernel);
  initrd = readFileSync(guest.initrd!);
  opensbi = readFileSync(OPENSBI_FW_DYNAMIC);
});

async function boot(firmware: VmConfig['firmware'], console: VmConfig['console'], extra: Partial<VmConfig> = {}): Promise<GuestSession> {
  const s = await GuestSession.start({
    ramMiB: 128, firmware, console, kernel, initrd, bootargs: guest.bootargs!(console),
    firmwareImage: firmware === 'opensbi' ? opensbi : undefined, ...extra,
  });
  s.waitFor('TABVISOR-READY', 300_000_000);
  s.waitFor(PROMPT, 100_000_000);
  return s;
}

describe.each([
  ['builtin', 'uart'],
  ['builtin', 'virtio'],
  ['opensbi', 'uart'],
  ['opensbi', 'virtio'],
] as const)('Linux with firmware %s and console %s', (firmware, console) => {
  it('reaches the shell, reports the machine, and powers off with status 0', async () => {
    const s = await boot(firmware, console);
    expect(s.command('uname -a', PROMPT)).toMatch(/Linux tabvisor 6\.1\.\d+ .* riscv64/);
    const cpuinfo = s.command('cat /proc/cpuinfo', PROMPT);
    // Linux builds the string from the device tree's riscv,isa, whose letters are misa's (tests/unit/interrupt-lines).
    const letters = /isa\s+: rv64([a-z]+)/.exec(cpuinfo)![1];
    expect(letters).toBe(RISCV_ISA.slice(4).split('_')[0]);
    expect(cpuinfo).toMatch(/mmu\s+: sv39/);
    expect(s.command('tty', PROMPT)).toContain(console === 'uart' ? '/dev/ttyS0' : '/dev/hvc1');
    s.type('poweroff\n');
    expect(s.waitForPowerOff()).toBe(0);
    const stats = s.vm.stats();
    if (firmware === 'builtin') expect(stats.exits.hypercalls.srst?.system_reset).toBe(1);
    else expect(stats.exits.hypercalls).toEqual({}); // OpenSBI answers in emulated M-mode: no hypercalls
  });
});

describe.each(['builtin', 'opensbi'] as const)('Linux SMP with firmware %s', (firmware) => {
  it('brings up two harts that both run processes', async () => {
    const s = await boot(firmware, 'uart', { harts: 2 });
    expect(s.transcript).toContain('smp: Brought up 1 node, 2 CPUs');
    expect(s.command('nproc', PROMPT)).toMatch(/^nproc\r?\n2\r?\n/);
    // Two busy processes: each hart's user time grows (the per-CPU lines of /proc/stat).
    const stat = s.command('(i=0; while [ $i -lt 3000 ]; do i=$((i+1)); done) & (j=0; while [ $j -lt 3000 ]; do j=$((j+1)); done) & wait; grep "^cpu[01]" /proc/stat', PROMPT, 500_000_000);
    const user = [...stat.matchAll(/^cpu([01]) (\d+)/gm)].map((m) => Number(m[2]));
    expect(user).toHaveLength(2);
    expect(Math.min(...user)).toBeGreaterThan(0);
    s.type('poweroff\n');
    expect(s.waitForPowerOff()).toBe(0);
  });
});

describe('Linux devices', () => {
  it('shares a host folder over 9p, both ways', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tabvisor-9p-'));
    writeFileSync(join(dir, 'from-host.txt'), 'written by the host\n');
    const s = await boot('builtin', 'uart', { shares: [{ fs: new NodeFs(dir), tag: 'hostshare' }] });
    s.command('mkdir -p /mnt/h && mount -t 9p -o trans=virtio,version=9p2000.L hostshare /mnt/h', PROMPT);
    expect(s.command('cat /mnt/h/from-host.txt', PROMPT)).toContain('written by the host');
    s.command('echo written by the guest > /mnt/h/from-guest.txt && sync', PROMPT);
    expect(readFileSync(join(dir, 'from-guest.txt'), 'utf8')).toBe('written by the guest\n');
  });

  it('writes a virtio disk that holds the data after sync', async () => {
    const image = new Uint8Array(2 << 20);
    const s = await boot('builtin', 'uart', { drives: [new MemoryBlockBackend(image)] });
    s.command('echo tabvisor-disk-check | dd of=/dev/vda bs=512 count=1 conv=sync && sync', PROMPT);
    expect(new TextDecoder().decode(image.subarray(0, 20))).toBe('tabvisor-disk-check\n');
  });

  it('refuses writes to a read-only disk', async () => {
    const image = new Uint8Array(1 << 20);
    const s = await boot('builtin', 'uart', { drives: [new MemoryBlockBackend(image, true)] });
    expect(s.command('echo x | dd of=/dev/vda bs=512 count=1 conv=sync; echo status=$?', PROMPT)).toMatch(/status=1|Operation not permitted|Read-only/);
    expect(image.every((b) => b === 0)).toBe(true);
  });

  it('reads random bytes from /dev/hwrng', async () => {
    const s = await boot('builtin', 'uart');
    const out = s.command('head -c 32 /dev/hwrng | hexdump -v -e \'1/1 "%02x"\'; echo', PROMPT);
    const hex = /([0-9a-f]{64})/.exec(out);
    expect(hex).not.toBeNull();
    expect(new Set(hex![1]).size).toBeGreaterThan(4);
  });
});

/** A cpio archive of `bytes` bytes that passes the format check (the real archive's head and trailer, padding between). */
function largeInitrd(bytes: number): Uint8Array {
  const big = new Uint8Array(bytes);
  big.set(initrd.subarray(0, 1024));
  big.set(initrd.subarray(initrd.length - 1024), bytes - 1024);
  return big;
}

describe('bad images', () => {
  it('refuses a truncated or foreign initrd', async () => {
    await expect(GuestSession.start({ ramMiB: 128, firmware: 'builtin', console: 'uart', kernel, initrd: initrd.subarray(0, initrd.length >> 1) }))
      .rejects.toThrow(/initrd: the cpio archive is truncated/);
    await expect(GuestSession.start({ ramMiB: 128, firmware: 'builtin', console: 'uart', kernel, initrd: kernel.subarray(0, 4096) }))
      .rejects.toThrow(/initrd: not a cpio archive/);
  });

  it('refuses a Linux image whose header is inconsistent', async () => {
    const bad = new Uint8Array(kernel.subarray(0, 8192));
    new DataView(bad.buffer).setBigUint64(16, 100n, true); // image_size smaller than the file
    await expect(GuestSession.start({ ramMiB: 128, firmware: 'builtin', console: 'uart', kernel: bad, initrd })).rejects.toThrow(/corrupt Linux image header/);
  });

  it('refuses a corrupt ELF kernel before starting', async () => {
    const elfHeaderOnly = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)]);
    await expect(GuestSession.start({ ramMiB: 128, firmware: 'builtin', console: 'uart', kernel: elfHeaderOnly })).rejects.toThrow(/kernel: not a RISC-V ELF/);
    const tinyos = readFileSync(new URL('../../guests/tinyos/tinyos.elf', import.meta.url));
    await expect(GuestSession.start({ ramMiB: 128, firmware: 'builtin', console: 'uart', kernel: tinyos.subarray(0, 2000) })).rejects.toThrow(/kernel: .*truncated/);
  });

  it('gives a clear error for an initrd that does not fit', async () => {
    await expect(GuestSession.start({ ramMiB: 16, firmware: 'builtin', console: 'uart', kernel, initrd: largeInitrd(32 << 20) }))
      .rejects.toThrow(/initrd does not fit/);
  });
});
