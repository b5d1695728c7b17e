// Linux benchmarks: boot to the shell prompt (Tabvisor in both firmware modes vs qemu-system-riscv64) and console throughput.
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { Vm, type VmConfig, type VmStats } from '../src/vm.ts';
import { namedGuest, buildHint, OPENSBI_FW_DYNAMIC } from '../src/cli/guests.ts';
import type { CharBackend } from '../src/backends/types.ts';
import { type Outcome, fixed, haveCommand, heading, line, millions, reason, secondsSince, times } from './measure.ts';

/** The line the guest's /init prints once the kernel is up (guests/linux/init). */
const READY_MARKER = 'TABVISOR-READY';
/** The login shell's prompt (PS1 '\u@\h:\w\$ ' in guests/linux/overlay/etc/profile, hostname tabvisor). */
const PROMPT = 'root@tabvisor:~# ';
/** The same command line for both machines, so the kernel does the same work. */
const BOOTARGS = { uart: 'console=ttyS0', virtio: 'console=hvc1' } as const;
const RAM_MIB = 128;
/** Give up on a boot after this much wall time. */
const BOOT_TIMEOUT_S = 120;

/** Bytes written to the console by the throughput benchmark. */
export const CONSOLE_BYTES = 1 << 20;

/** Exit counts grouped by kind: MMIO per device (and per register), hypercalls per SBI extension, WFI idles. */
export interface ExitSummary {
  total: number;
  mmio: Record<string, number>;
  /** device -> register -> accesses (the --json output's detail; the printed line shows devices only). */
  mmioRegisters: Record<string, Record<string, number>>;
  hypercalls: Record<string, number>;
  idle: number;
}

/** Linux booted on Tabvisor to its prompt: the figures of the fastest of several boots, and every boot's time. */
export interface TabvisorBoot {
  firmware: 'builtin' | 'opensbi';
  instructions: number;
  readySeconds: number;
  promptSeconds: number;
  mips: number;
  exits: ExitSummary;
  /** Seconds to the prompt of each boot, in order (the process's first boot also pays for V8's Wasm tier-up). */
  runs: number[];
}

/** The same kernel booted on qemu-system-riscv64: the fastest of several boots, and every boot's time. */
export interface QemuBoot {
  readySeconds: number;
  promptSeconds: number;
  runs: number[];
}

/** Console throughput of one console kind: the fastest of several runs of the command in one guest. */
export interface ConsoleThroughput {
  console: 'uart' | 'virtio';
  bytes: number;
  seconds: number;
  mbPerSecond: number;
  instructions: number;
  exits: ExitSummary;
  runs: number[];
}

/** The Linux guest's images, or why they are missing. */
function linuxImages(): { kernel: string; initrd: string } | { missing: string } {
  const guest = namedGuest('linux')!;
  for (const path of [guest.kernel, guest.initrd!]) {
    if (!existsSync(path)) return { missing: `${path} not found: ${buildHint('linux')}` };
  }
  return { kernel: guest.kernel, initrd: guest.initrd! };
}

/** Sums a device -> register -> count table to device -> count. */
function perKey(table: Record<string, Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, inner] of Object.entries(table)) out[k] = Object.values(inner).reduce((a, b) => a + b, 0);
  return out;
}

/** The exits between two stats snapshots, grouped by kind. */
function exitsBetween(before: VmStats | undefined, after: VmStats): ExitSummary {
  const sub = (a: Record<string, number>, b: Record<string, number> | undefined): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(a)) if (v - (b?.[k] ?? 0) > 0) out[k] = v - (b?.[k] ?? 0);
    return out;
  };
  const registers: Record<string, Record<string, number>> = {};
  for (const [device, regs] of Object.entries(after.exits.mmio)) {
    const delta = sub(regs, before?.exits.mmio[device]);
    if (Object.keys(delta).length > 0) registers[device] = delta;
  }
  return {
    total: after.exits.total - (before?.exits.total ?? 0),
    mmio: sub(perKey(after.exits.mmio), before && perKey(before.exits.mmio)),
    mmioRegisters: registers,
    hypercalls: sub(perKey(after.exits.hypercalls), before && perKey(before.exits.hypercalls)),
    idle: after.exits.idle - (before?.exits.idle ?? 0),
  };
}

/** Exit counts on one line: "total 12345: mmio uart0 9000, sbi time 300, idle 12". */
export function formatExits(e: ExitSummary): string {
  const parts = [
    ...Object.entries(e.mmio).map(([d, n]) => `mmio ${d} ${n}`),
    ...Object.entries(e.hypercalls).map(([x, n]) => `sbi ${x} ${n}`),
    `wfi ${e.idle}`,
  ];
  return `exits ${e.total} (${parts.join(', ')})`;
}

/** A booted (or booting) Linux on Tabvisor, its console captured and typed into. */
class LinuxOnTabvisor {
  /** Console output decoded so far (only its tail once it grows long). */
  private output = '';
  private consumed = 0;
  /** Bytes written since the last decode: the UART writes one byte per call, so decoding each call would dominate. */
  private readonly pending = new Uint8Array(1 << 16);
  private pendingLength = 0;
  private receiver: (bytes: Uint8Array) => void = () => {};
  private readonly decoder = new TextDecoder('latin1');
  /** Bytes of console output so far. */
  bytesOut = 0;

  private constructor(readonly vm: Vm) {}

  static async create(module: WebAssembly.Module, config: VmConfig): Promise<LinuxOnTabvisor> {
    let self: LinuxOnTabvisor | undefined;
    let pendingReceiver: ((bytes: Uint8Array) => void) | undefined;
    const console: CharBackend = {
      write: (bytes) => self!.append(bytes),
      onInput: (r) => (self ? (self.receiver = r) : (pendingReceiver = r)),
    };
    self = new LinuxOnTabvisor(await Vm.create(module, config, console));
    if (pendingReceiver) self.receiver = pendingReceiver;
    return self;
  }

  private append(bytes: Uint8Array): void {
    this.bytesOut += bytes.length;
    if (this.pendingLength + bytes.length > this.pending.length) this.decodePending();
    if (bytes.length > this.pending.length) {
      this.output += this.decoder.decode(bytes);
    } else {
      this.pending.set(bytes, this.pendingLength);
      this.pendingLength += bytes.length;
    }
  }

  /** Moves pending bytes into `output`, keeping only its tail once it grows long (the throughput test prints 1 MiB). */
  private decodePending(): void {
    this.output += this.decoder.decode(this.pending.subarray(0, this.pendingLength));
    this.pendingLength = 0;
    if (this.output.length > 1 << 16) {
      const drop = this.output.length - 4096;
      this.output = this.output.slice(drop);
      this.consumed = Math.max(0, this.consumed - drop);
    }
  }

  /** Runs the guest, sleeping while it idles as the CLI does, until `text` appears in output not yet consumed. */
  async waitFor(text: string, timeoutS = BOOT_TIMEOUT_S): Promise<void> {
    const start = performance.now();
    for (;;) {
      this.decodePending();
      const at = this.output.indexOf(text, this.consumed);
      if (at >= 0) {
        this.consumed = at + text.length;
        return;
      }
      const status = this.vm.runFor(20);
      if (status.state === 'halted' || status.state === 'error') {
        throw new Error(`guest stopped (${this.vm.stats().message}) before printing ${JSON.stringify(text)}; last output: ${JSON.stringify(this.output.slice(-400))}`);
      }
      if (secondsSince(start) > timeoutS) {
        throw new Error(`no ${JSON.stringify(text)} within ${timeoutS} s; last output: ${JSON.stringify(this.output.slice(-400))}`);
      }
      if (status.state === 'idle') {
        const ms = Math.min(status.wakeInMs ?? 10, 10);
        await new Promise((resolve) => setTimeout(resolve, ms));
      }
    }
  }

  /** Types a line into the console. */
  type(text: string): void {
    this.receiver(new TextEncoder().encode(text));
  }
}

/** The VM configuration for the Linux guest with a firmware and a console. */
function linuxConfig(images: { kernel: string; initrd: string }, firmware: 'builtin' | 'opensbi', console: 'uart' | 'virtio'): VmConfig {
  return {
    ramMiB: RAM_MIB,
    firmware,
    console,
    kernel: readFileSync(images.kernel),
    initrd: readFileSync(images.initrd),
    firmwareImage: firmware === 'opensbi' ? readFileSync(OPENSBI_FW_DYNAMIC) : undefined,
    bootargs: BOOTARGS[console],
    time: 'realtime',
  };
}

/** One boot's figures before the best of several is chosen. */
type OneBoot = Omit<TabvisorBoot, 'runs'>;

/** Boots Linux on Tabvisor to its prompt; returns the running guest (for more work) and the boot's figures. */
async function bootTabvisor(module: WebAssembly.Module, config: VmConfig): Promise<{ guest: LinuxOnTabvisor; boot: OneBoot }> {
  const firmware = config.firmware === 'opensbi' ? 'opensbi' : 'builtin';
  const start = performance.now();
  const guest = await LinuxOnTabvisor.create(module, config);
  await guest.waitFor(READY_MARKER);
  const readySeconds = secondsSince(start);
  await guest.waitFor(PROMPT);
  const promptSeconds = secondsSince(start);
  const stats = guest.vm.stats();
  return {
    guest,
    boot: { firmware, instructions: stats.instructions, readySeconds, promptSeconds, mips: stats.instructions / promptSeconds / 1e6, exits: exitsBetween(undefined, stats) },
  };
}

/** Boots `repeat` times and keeps the fastest boot's figures; the last guest stays running for the caller. */
async function bestBoot(module: WebAssembly.Module, config: VmConfig, repeat: number): Promise<{ guest: LinuxOnTabvisor; boot: TabvisorBoot }> {
  let fastest: OneBoot | undefined;
  let guest: LinuxOnTabvisor | undefined;
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    guest?.vm.powerOff();
    const r = await bootTabvisor(module, config);
    guest = r.guest;
    runs.push(r.boot.promptSeconds);
    if (!fastest || r.boot.promptSeconds < fastest.promptSeconds) fastest = r.boot;
  }
  return { guest: guest!, boot: { ...fastest!, runs } };
}

/** Boots the same kernel and initramfs on qemu-system-riscv64 and times it to the same prompt. */
function bootQemu(images: { kernel: string; initrd: string }): Promise<Omit<QemuBoot, 'runs'>> {
  const args = ['-machine', 'virt', '-m', `${RAM_MIB}M`, '-nographic', '-bios', 'default', '-kernel', images.kernel, '-initrd', images.initrd, '-append', BOOTARGS.uart];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('qemu-system-riscv64', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let readySeconds: number | undefined;
    let done = false;
    const finish = (f: () => void): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      f();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`qemu-system-riscv64: no prompt within ${BOOT_TIMEOUT_S} s; output: ${JSON.stringify(output.slice(-400))}`))), BOOT_TIMEOUT_S * 1000);
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString('latin1');
      if (readySeconds === undefined && output.includes(READY_MARKER)) readySeconds = secondsSince(start);
      if (readySeconds !== undefined && output.includes(PROMPT, output.indexOf(READY_MARKER))) {
        const promptSeconds = secondsSince(start);
        finish(() => resolve({ readySeconds: readySeconds!, promptSeconds }));
      }
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString('latin1')));
    child.on('error', (e) => finish(() => reject(e)));
    child.on('close', (status) => finish(() => reject(new Error(`qemu-system-riscv64 exited with ${status} before the prompt; output: ${JSON.stringify(output.slice(-400))}`))));
  });
}

/** Boots QEMU `repeat` times; the fastest boot's figures. */
async function bestQemuBoot(images: { kernel: string; initrd: string }, repeat: number): Promise<QemuBoot> {
  const boots: Omit<QemuBoot, 'runs'>[] = [];
  for (let i = 0; i < repeat; i++) boots.push(await bootQemu(images));
  const fastest = boots.reduce((a, b) => (b.promptSeconds < a.promptSeconds ? b : a));
  return { ...fastest, runs: boots.map((b) => b.promptSeconds) };
}

/**
 * Writes CONSOLE_BYTES through the shell's own console, `repeat` times, each timed from the command's Enter to a marker
 * printed after it. The marker is computed by the shell ($((...))) so the echoed command line cannot match it.
 */
async function consoleThroughput(guest: LinuxOnTabvisor, console: 'uart' | 'virtio', repeat: number): Promise<ConsoleThroughput> {
  let fastest: Omit<ConsoleThroughput, 'runs'> | undefined;
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const before = guest.vm.stats();
    const bytesBefore = guest.bytesOut;
    const start = performance.now();
    guest.type(`head -c ${CONSOLE_BYTES} /dev/zero | tr '\\0' x; echo; echo BENCH-$((6*7))-DONE\n`);
    await guest.waitFor('BENCH-42-DONE');
    const seconds = secondsSince(start);
    const after = guest.vm.stats();
    const bytes = guest.bytesOut - bytesBefore;
    if (bytes < CONSOLE_BYTES) throw new Error(`only ${bytes} bytes reached the console (expected ${CONSOLE_BYTES})`);
    await guest.waitFor(PROMPT);
    runs.push(seconds);
    if (!fastest || seconds < fastest.seconds) {
      fastest = { console, bytes, seconds, mbPerSecond: CONSOLE_BYTES / seconds / 1e6, instructions: after.instructions - before.instructions, exits: exitsBetween(before, after) };
    }
  }
  return { ...fastest!, runs };
}

/** Everything the Linux benchmarks measured (each part may be skipped or have failed). */
export interface LinuxResults {
  boots: Outcome<TabvisorBoot>[];
  qemu: Outcome<QemuBoot>;
  consoles: Outcome<ConsoleThroughput>[];
}

/** Seconds of several runs as "1.37/0.85/0.46 s". */
function runList(runs: number[]): string {
  return `${runs.map((r) => fixed(r)).join('/')} s`;
}

/** Runs the boot and console benchmarks (each `repeat` times, the best reported) and prints their lines. */
export async function benchLinux(module: WebAssembly.Module, parts: { boot: boolean; console: boolean }, repeat: number): Promise<LinuxResults> {
  const results: LinuxResults = { boots: [], qemu: { kind: 'skipped', why: 'not run' }, consoles: [] };
  const images = linuxImages();
  if ('missing' in images) {
    if (parts.boot) {
      heading('Linux boot to the shell prompt');
      line(`skipped: ${images.missing}`);
    }
    if (parts.console) {
      heading('Console throughput');
      line(`skipped: ${images.missing}`);
    }
    const skipped = { kind: 'skipped' as const, why: images.missing };
    return { boots: [skipped], qemu: skipped, consoles: [skipped] };
  }

  let uartGuest: LinuxOnTabvisor | undefined;
  if (parts.boot) {
    heading(`Linux boot to the shell prompt (${RAM_MIB} MiB, -append "${BOOTARGS.uart}", from VM creation to "${PROMPT.trim()}", best of ${repeat})`);
    for (const firmware of ['builtin', 'opensbi'] as const) {
      if (firmware === 'opensbi' && !existsSync(OPENSBI_FW_DYNAMIC)) {
        const why = `${OPENSBI_FW_DYNAMIC} not found: ${buildHint('opensbi')}`;
        line(`tabvisor ${firmware}: skipped: ${why}`);
        results.boots.push({ kind: 'skipped', why });
        continue;
      }
      try {
        const { guest, boot } = await bestBoot(module, linuxConfig(images, firmware, 'uart'), repeat);
        if (firmware === 'builtin') uartGuest = guest;
        else guest.vm.powerOff();
        results.boots.push({ kind: 'ok', value: boot });
        line(`tabvisor ${firmware.padEnd(8)} ${millions(boot.instructions).padStart(8)} insns  ready ${fixed(boot.readySeconds)} s  prompt ${fixed(boot.promptSeconds)} s  ${fixed(boot.mips, 1)} MIPS  (runs ${runList(boot.runs)})`);
        line(`  ${formatExits(boot.exits)}`);
      } catch (e) {
        line(`tabvisor ${firmware}: FAILED: ${reason(e)}`);
        results.boots.push({ kind: 'failed', why: reason(e) });
      }
    }
    if (!haveCommand('qemu-system-riscv64')) {
      results.qemu = { kind: 'skipped', why: 'qemu-system-riscv64 not found: apt-get install qemu-system-misc' };
      line(`qemu-system-riscv64: skipped: ${results.qemu.why}`);
    } else {
      try {
        const q = await bestQemuBoot(images, repeat);
        results.qemu = { kind: 'ok', value: q };
        line(`qemu-system-riscv64 -bios default            ready ${fixed(q.readySeconds)} s  prompt ${fixed(q.promptSeconds)} s  (runs ${runList(q.runs)})`);
        for (const b of results.boots) {
          if (b.kind === 'ok') line(`tabvisor ${b.value.firmware} / qemu = ${times(b.value.promptSeconds / q.promptSeconds)}`);
        }
      } catch (e) {
        results.qemu = { kind: 'failed', why: reason(e) };
        line(`qemu-system-riscv64: FAILED: ${reason(e)}`);
      }
    }
  }

  if (parts.console) {
    heading(`Console throughput (builtin firmware; the shell writes ${CONSOLE_BYTES >> 20} MiB to its console with head -c | tr, best of ${repeat})`);
    for (const console of ['uart', 'virtio'] as const) {
      try {
        const guest = console === 'uart' && uartGuest ? uartGuest : (await bootTabvisor(module, linuxConfig(images, 'builtin', console))).guest;
        const t = await consoleThroughput(guest, console, repeat);
        guest.vm.powerOff();
        results.consoles.push({ kind: 'ok', value: t });
        const perKiB = t.exits.total / (t.bytes / 1024);
        line(`${(console === 'uart' ? '16550 UART (ttyS0)' : 'virtio-console (hvc1)').padEnd(22)} ${fixed(t.mbPerSecond, 3).padStart(7)} MB/s  ${fixed(t.seconds)} s  ${millions(t.instructions)} insns  ${fixed(perKiB, 1)} exits/KiB  (runs ${runList(t.runs)})`);
        line(`  ${formatExits(t.exits)}`);
      } catch (e) {
        results.consoles.push({ kind: 'failed', why: reason(e) });
        line(`${console}: FAILED: ${reason(e)}`);
      }
    }
  }
  uartGuest?.vm.powerOff();
  return results;
}
