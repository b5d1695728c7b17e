// A virtual machine: the core, the machine table's devices, the firmware mode, the run loop and the exit accounting.
import { Core, Exit, Priv, RAM_BASE } from './core/core.ts';
import { isElf, parseElf, loadElf, ImageError } from './loader/elf.ts';
import { machineRows, type VirtioSlotConfig, TIMEBASE_HZ, BOOT_ROM_BASE, MAX_HARTS, VIRTIO_SLOTS } from './machine/table.ts';
import { buildPlatform, type Platform } from './machine/platform.ts';
import { busPort } from './machine/bus.ts';
import { buildDeviceTree } from './machine/device-tree.ts';
import { buildBootRom, dtbAddress } from './machine/boot-rom.ts';
import { GuestMemory } from './machine/guest-memory.ts';
import { VirtioMmio } from './devices/virtio/mmio.ts';
import { VirtioConsole } from './devices/virtio/console.ts';
import { VirtioBlock } from './devices/virtio/block.ts';
import { Virtio9p } from './devices/virtio/p9.ts';
import { VirtioRng } from './devices/virtio/rng.ts';
import { VirtioNet } from './devices/virtio/net.ts';
import type { VirtioDevice } from './devices/virtio/virtio-device.ts';
import type { HaltRequest } from './devices/sifive-test.ts';
import { handleSbiCall, type SbiCallCounts } from './sbi/index.ts';
import { SRST_TYPE_SHUTDOWN, SBI_ERR_ALREADY_AVAILABLE, HSM_STARTED, HSM_STOPPED, type SbiHost } from './sbi/types.ts';
import type { BlockBackend, CharBackend, NetBackend } from './backends/types.ts';
import type { FsBackend } from './backends/fs.ts';

/** How a VM is built. */
export interface VmConfig {
  /** Guest RAM in MiB. */
  ramMiB: number;
  /** Number of harts, 1 to 8 (default 1). They share one host thread, taking turns in slices. */
  harts?: number;
  /** Who answers the kernel's SBI calls: the hypervisor (`builtin`), OpenSBI in emulated M-mode, or nobody (M-mode ELF). */
  firmware: 'builtin' | 'opensbi' | 'none';
  /** Where the console is: the emulated 16550 or a virtio console. */
  console: 'uart' | 'virtio';
  /** The kernel: an ELF, a RISC-V Linux `Image`, or a raw binary (loaded at 0x8020_0000). */
  kernel: Uint8Array;
  initrd?: Uint8Array;
  /** OpenSBI (fw_dynamic, ELF or binary) when firmware = 'opensbi'. */
  firmwareImage?: Uint8Array;
  /** Kernel command line. */
  bootargs?: string;
  /** Virtio disks, in order (/dev/vda, /dev/vdb, ...). */
  drives?: BlockBackend[];
  /** Virtio 9p shares. */
  shares?: { fs: FsBackend; tag: string }[];
  /** A virtio network card. */
  net?: NetBackend;
  /** Second virtio-console port for an agent (adds a virtio console even when the console is the UART). */
  agent?: CharBackend;
  /** Whether to add a virtio entropy source (default true). */
  rng?: boolean;
  /** `deterministic`: mtime follows the instruction count only (reproducible runs; idle time is skipped). */
  time?: 'realtime' | 'deterministic';
}

/** The VM's lifecycle state. */
export type VmState = 'created' | 'running' | 'paused' | 'idle' | 'halted' | 'error';

/** What the hypervisor has seen, as plain data. */
export interface VmStats {
  state: VmState;
  /** Instructions retired so far. */
  instructions: number;
  /** Millions of instructions per second over the last stats interval. */
  mips: number;
  exits: {
    total: number;
    /** device -> register -> accesses */
    mmio: Record<string, Record<string, number>>;
    /** SBI extension -> function -> calls */
    hypercalls: Record<string, Record<string, number>>;
    /** wfi exits (the guest had nothing to do) */
    idle: number;
    other: Record<string, number>;
  };
  ramBytes: number;
  uptimeMs: number;
  message?: string;
}

/** What the caller should do after runFor. */
export interface RunStatus {
  state: VmState;
  /** When idle: sleep at most this long (or until input arrives). */
  wakeInMs?: number;
}

/** Where the kernel goes when it is not an ELF: Linux's RV64 text offset, and where OpenSBI jumps. */
const KERNEL_ADDR = RAM_BASE + 0x20_0000;
/** Instructions per run() call: big enough to amortise the call, small enough for V8 to tier up between calls. */
const SLICE = 1_000_000;
/** With several harts, each runs this many instructions per turn, so a hart spinning on a lock soon yields. */
const SMP_SLICE = 100_000;
/** Nominal guest speed (instructions per 100 ns tick) used to advance mtime within a slice. */
const INSN_PER_TICK = 10;
const TICKS_PER_MS = TIMEBASE_HZ / 1000;
const now = (): number => globalThis.performance.now();
const MAX_U64 = (1n << 64n) - 1n;

/** A loaded kernel: where it starts. */
interface KernelPlacement {
  entry: number;
  end: number;
}

/** One virtual machine. Create with `Vm.create`; drive with `runFor`. */
export class Vm {
  private state: VmState = 'created';
  /** What each hart is doing: running, waiting in wfi for an interrupt, or stopped (SBI HSM). */
  private readonly hartStates: ('running' | 'wfi' | 'stopped')[];
  private pendingHalt: HaltRequest | undefined;
  private message: string | undefined;
  private readonly sbiCounts: SbiCallCounts = {};
  private idleExits = 0;
  private hypercallExits = 0;
  private readonly startedAt = now();
  private lastStats = { at: now(), instructions: 0 };
  /** Host time (ms) at which mtime was 0: real-time mode keeps guest time at least this far along. */
  private timeOrigin = now();
  private readonly sbiHost: SbiHost;
  /** The status the guest powered off with (0 = success), once halted. */
  exitCode: number | undefined;

  private constructor(
    private readonly core: Core,
    private readonly platform: Platform,
    private readonly config: VmConfig,
    private readonly console: CharBackend,
    private readonly boot: (again?: boolean) => void,
    private readonly memory: GuestMemory,
  ) {
    this.sbiHost = this.makeSbiHost();
    this.hartStates = this.initialHartStates();
  }

  /** Builds the machine, loads the images and leaves the hart at its first instruction. Throws ImageError on bad images. */
  static async create(module: WebAssembly.Module, config: VmConfig, console: CharBackend): Promise<Vm> {
    const ramBytes = config.ramMiB * 1024 * 1024;
    if (!Number.isInteger(config.ramMiB) || config.ramMiB < 16 || config.ramMiB > 3072) {
      throw new ImageError(`RAM must be between 16 and 3072 MiB (got ${config.ramMiB})`);
    }
    if (config.firmware === 'opensbi' && !config.firmwareImage) throw new ImageError('firmware opensbi needs the OpenSBI image');
    const harts = config.harts ?? 1;
    if (!Number.isInteger(harts) || harts < 1 || harts > MAX_HARTS) throw new ImageError(`harts must be 1 to ${MAX_HARTS} (got ${config.harts})`);

    // Virtio slots, in a fixed order: console, disks, shares, rng, net.
    const slots: { kind: VirtioSlotConfig['kind']; make: () => VirtioDevice }[] = [];
    // With a virtio console, typed input goes to it once the guest's driver is up, and to the UART until then (firmware
    // and guests without a virtio-console driver, like tinyOS and U-Boot, read the UART).
    const input = new InputRouter(console);
    if (config.console === 'virtio' || config.agent) {
      slots.push({ kind: 'console', make: () => new VirtioConsole(config.console === 'virtio' ? input.port('virtio') : nullChar(), { agent: config.agent }) });
    }
    for (const drive of config.drives ?? []) slots.push({ kind: 'block', make: () => new VirtioBlock(drive) });
    for (const share of config.shares ?? []) slots.push({ kind: '9p', make: () => new Virtio9p(share.fs, share.tag) });
    if (config.rng ?? true) slots.push({ kind: 'rng', make: () => new VirtioRng() });
    if (config.net) slots.push({ kind: 'net', make: () => new VirtioNet(config.net!) });
    if (slots.length > VIRTIO_SLOTS) throw new ImageError(`at most ${VIRTIO_SLOTS} virtio devices fit the machine (asked for ${slots.length})`);

    let vm: Vm | undefined;
    let core: Core | undefined;
    const memory = new GuestMemory(() => core!.ram, RAM_BASE);
    const kernelPlan = planKernel(config.kernel, config.firmware);
    if (config.initrd) checkInitrd(config.initrd);
    const initrd = config.initrd ? placeInitrd(config.initrd, kernelPlan.end, ramBytes) : undefined;
    const rows = machineRows({
      ramBytes,
      harts,
      bootargs: config.bootargs ?? '',
      initrd,
      virtio: slots.map((s, slot) => ({ slot, kind: s.kind })),
      console: config.console,
    });
    const platform = buildPlatform({
      rows,
      harts,
      serial: config.console === 'uart' ? console : input.port('uart'),
      onExternalInterrupt: (context, level) => core!.setInterruptLine(context >> 1, context % 2 ? 9 : 11, level),
      onHalt: (request) => vm?.halt(request),
      virtio: (row, irq) => {
        const slot = rows.filter((r) => r.virtio).indexOf(row);
        const transport = new VirtioMmio(slots[slot].make(), memory, irq);
        if (row.virtio === 'console') input.virtioReady = () => transport.driverReady;
        return transport;
      },
    });
    core = await Core.create(module, ramBytes, busPort(platform.bus), harts);
    const dtb = buildDeviceTree(rows, { ramBytes, harts, bootargs: config.bootargs ?? '', initrd, virtio: slots.map((s, slot) => ({ slot, kind: s.kind })), console: config.console });
    const dtbAddr = dtbAddress(ramBytes, dtb.length);
    if (initrd && initrd.end > dtbAddr) throw new ImageError(`the initrd does not fit below the device tree: give the VM more RAM`);
    if (kernelPlan.end > (initrd?.start ?? dtbAddr)) throw new ImageError('the kernel does not fit in RAM: give the VM more RAM');

    const c = core;
    /** Loads everything and starts the harts; `again` (a reboot) first clears what the last run left in RAM. */
    const boot = (again = true): void => {
      c.reset();
      if (again) c.ram.fill(0); // fresh Wasm memory is already zero
      c.setInsnPerTick(INSN_PER_TICK);
      const entry = loadKernel(c, config.kernel, kernelPlan);
      if (config.initrd && initrd) c.load(initrd.start, config.initrd);
      c.load(dtbAddr, dtb);
      if (config.firmware === 'builtin') {
        // No M-mode software: hart 0 starts in S-mode at the kernel; the others wait for SBI HSM hart_start.
        c.setHypercalls(true);
        startInSupervisor(c, 0, BigInt(entry), BigInt(dtbAddr));
      } else {
        c.setHypercalls(false);
        let start = entry;
        if (config.firmware === 'opensbi') start = loadFirmware(c, config.firmwareImage!);
        c.rom.fill(0);
        c.load(BOOT_ROM_BASE, buildBootRom({ startAddress: start, dtbAddress: dtbAddr, nextAddress: entry }));
      }
    };
    boot(false);
    vm = new Vm(core, platform, config, console, boot, memory);
    return vm;
  }

  /** Which harts run after a boot: all of them from the ROM, or with the builtin SBI only hart 0 (HSM starts the rest). */
  private initialHartStates(): ('running' | 'stopped')[] {
    return Array.from({ length: this.core.harts }, (_, h) => (h === 0 || this.config.firmware !== 'builtin' ? 'running' : 'stopped'));
  }

  /** Runs the harts in turns for up to `maxMs` of host time; returns early when all idle, or the VM halts or fails. */
  runFor(maxMs: number): RunStatus {
    if (this.state === 'halted' || this.state === 'error' || this.state === 'paused') return { state: this.state };
    this.state = 'running';
    const deadline = now() + maxMs;
    const slice = this.core.harts === 1 ? SLICE : SMP_SLICE;
    try {
      do {
        if (this.config.time !== 'deterministic') this.core.syncTime(BigInt(Math.floor((now() - this.timeOrigin) * TICKS_PER_MS)));
        let ran = false;
        for (let h = 0; h < this.hartStates.length && this.state === 'running'; h++) {
          if (this.hartStates[h] === 'wfi' && this.core.hartWakeable(h)) this.hartStates[h] = 'running';
          if (this.hartStates[h] !== 'running') continue;
          ran = true;
          this.core.selectHart(h);
          const exit = this.core.run(slice);
          this.platform.rtc.poll();
          if (exit === Exit.Hypercall) this.hypercall(h);
          else if (exit === Exit.Idle) {
            this.idleExits++;
            this.hartStates[h] = 'wfi';
          } else if (exit === Exit.TrapLoop) return this.fail(this.trapLoopMessage());
          if (this.pendingHalt) this.finishHalt(this.pendingHalt);
        }
        if (!ran && this.state === 'running') {
          // Every hart waits for an interrupt: sleep until the next timer (or skip to it in deterministic time).
          const ticks = this.ticksToWake();
          if (this.config.time !== 'deterministic' || ticks < 0) return this.setState('idle', this.msToWake(ticks));
          this.core.advanceTime(ticks);
        }
      } while (now() < deadline && this.state === 'running');
    } catch (e) {
      return this.fail((e as Error).message);
    }
    return { state: this.state };
  }

  /** Stops the VM with an error the user can read. */
  private fail(message: string): RunStatus {
    this.state = 'error';
    this.message = message;
    return { state: 'error' };
  }

  /** Explains a trap loop: which handler address cannot be fetched, and where. */
  private trapLoopMessage(): string {
    const c = this.core;
    const inS = c.priv === Priv.S;
    const tvec = c.getCsr(inS ? 0x105 : 0x305);
    const epc = c.getCsr(inS ? 0x141 : 0x341);
    return `the guest crashed: its ${inS ? 'S' : 'M'}-mode trap handler at 0x${tvec.toString(16)} cannot be fetched ` +
      `(trapped from pc 0x${epc.toString(16)}); is the kernel image complete and built for this machine?`;
  }

  private setState(state: VmState, wakeInMs?: number): RunStatus {
    this.state = state;
    return { state, wakeInMs };
  }

  /** mtime ticks until a timer can wake one of the harts waiting in wfi, or -1 when none ever will. */
  private ticksToWake(): number {
    let best = -1;
    this.hartStates.forEach((state, h) => {
      if (state !== 'wfi') return;
      const ticks = this.core.ticksToWake(h);
      if (ticks >= 0 && (best < 0 || ticks < best)) best = ticks;
    });
    return best;
  }

  /** Milliseconds until `ticks` pass or the RTC alarm fires (Infinity when neither will). */
  private msToWake(ticks: number): number {
    let ms = ticks < 0 ? Infinity : ticks / TICKS_PER_MS;
    const alarm = this.platform.rtc.nanosecondsToAlarm();
    if (alarm !== null) ms = Math.min(ms, Number(alarm) / 1e6);
    return ms;
  }

  /** Answers hart `hart`'s SBI call (builtin firmware): a0..a7 in, a0/a1 out. */
  private hypercall(hart: number): void {
    this.hypercallExits++;
    const c = this.core;
    const regs = { a0: c.getX(10), a1: c.getX(11), a2: c.getX(12), a3: c.getX(13), a4: c.getX(14), a5: c.getX(15), a6: c.getX(16), a7: c.getX(17) };
    const { a0, a1 } = handleSbiCall(this.sbiHost, hart, regs, this.sbiCounts);
    c.selectHart(hart); // a call may have visited another hart's state
    c.setX(10, a0);
    c.setX(11, a1);
  }

  /** Runs `change` with hart `h`'s state in the core's accessors, then returns to the hart that was running. */
  private onHart(h: number, change: () => void): void {
    const running = this.core.currentHart;
    this.core.selectHart(h);
    change();
    this.core.selectHart(running);
  }

  /** The hypervisor side of the SBI (the hart a call names is given to each handler). */
  private makeSbiHost(): SbiHost {
    return {
      hartCount: this.core.harts,
      setTimer: (hart, deadline) => this.core.setSbiTimer(hart, deadline),
      sendIpi: (hart) => this.onHart(hart, () => this.core.setCsr(0x344, this.core.getCsr(0x344) | 2n)),
      clearIpi: (hart) => this.onHart(hart, () => this.core.setCsr(0x344, this.core.getCsr(0x344) & ~2n)),
      // The TLBs are shared and flushed whenever the harts take turns; only the running hart's need flushing now.
      remoteFence: (hart) => {
        if (hart === this.core.currentHart) this.core.flushTlbs();
      },
      hartStart: (hart, addr, opaque) => {
        if (this.hartStates[hart] !== 'stopped') return SBI_ERR_ALREADY_AVAILABLE;
        this.onHart(hart, () => startInSupervisor(this.core, hart, addr, opaque));
        this.hartStates[hart] = 'running';
        return 0;
      },
      hartStatus: (hart) => (this.hartStates[hart] === 'stopped' ? HSM_STOPPED : HSM_STARTED),
      hartStop: (hart) => {
        this.hartStates[hart] = 'stopped'; // the run loop gives it no more turns
        this.core.setSbiTimer(hart, MAX_U64);
        return 0;
      },
      systemReset: (type) => this.halt({ kind: type === SRST_TYPE_SHUTDOWN ? 'poweroff' : 'reset', code: 0 }),
      consoleWrite: (bytes) => this.console.write(bytes),
      consoleRead: () => new Uint8Array(0),
      memory: this.memory,
    };
  }

  /** The guest asked to power off or reboot (test device or SBI SRST): done after the current exit is handled. */
  private halt(request: HaltRequest): void {
    this.pendingHalt = request;
    this.core.requestExit(Exit.Stop);
  }

  /** Carries out a pending poweroff or reboot. */
  private finishHalt(request: HaltRequest): void {
    this.pendingHalt = undefined;
    if (request.kind === 'reset') {
      this.reset();
      return;
    }
    this.state = 'halted';
    this.message = request.code === 0 ? 'powered off' : `powered off with status ${request.code}`;
    this.exitCode = request.code;
  }

  /** Pauses a running VM (runFor returns at once until resume). */
  pause(): void {
    if (this.state !== 'halted' && this.state !== 'error') this.state = 'paused';
  }
  /** Resumes a paused VM. */
  resume(): void {
    if (this.state === 'paused') this.state = 'running';
  }
  /** Reboots: the images are loaded again and every device is reset. */
  reset(): void {
    this.boot();
    this.hartStates.splice(0, this.hartStates.length, ...this.initialHartStates());
    this.platform.bus.resetDevices();
    this.timeOrigin = now();
    this.state = 'running';
    this.message = undefined;
  }
  /** Powers the machine off from outside. */
  powerOff(): void {
    this.state = 'halted';
    this.message = 'powered off by the user';
  }

  /** Exit counts, speed and state. */
  stats(): VmStats {
    const t = now();
    const instructions = this.core.instructions;
    const dt = t - this.lastStats.at;
    const mips = dt > 0 ? (instructions - this.lastStats.instructions) / dt / 1000 : 0;
    this.lastStats = { at: t, instructions };
    const mmio = this.platform.bus.accessCounts();
    const sum = (r: Record<string, Record<string, number>>): number =>
      Object.values(r).reduce((a, regs) => a + Object.values(regs).reduce((x, y) => x + y, 0), 0);
    return {
      state: this.state,
      instructions,
      mips,
      exits: {
        total: sum(mmio) + this.hypercallExits + this.idleExits,
        mmio,
        hypercalls: structuredClone(this.sbiCounts),
        idle: this.idleExits,
        other: {},
      },
      ramBytes: this.core.ramBytes,
      uptimeMs: t - this.startedAt,
      message: this.message,
    };
  }

  /** The core, for tests and tools that inspect registers. */
  get hart(): Core {
    return this.core;
  }
  /** Guest RAM with bounds-checked access. */
  get ram(): GuestMemory {
    return this.memory;
  }
}

/**
 * Starts hart `hart` (the core's current one) in S-mode at `pc` with a0 = hartid, a1 = `arg`, as the builtin firmware
 * does: no M-mode software, so every delegable trap goes to S-mode and S-mode gets the counters and Sstc.
 */
function startInSupervisor(core: Core, hart: number, pc: bigint, arg: bigint): void {
  core.setCsr(0x302, 0xb3ffn); // medeleg: every delegable exception
  core.setCsr(0x303, 0x222n); // mideleg: SSI, STI, SEI
  core.setCsr(0x306, 7n); // mcounteren: cycle, time, instret readable in S and U
  core.setCsr(0x30a, 1n << 63n); // menvcfg.STCE: Sstc's stimecmp available to S-mode
  core.setCsr(0x300, 0n); // mstatus: interrupts off, FS off until the kernel turns it on
  core.setCsr(0x180, 0n); // satp: translation off (SBI HSM hart_start, §9.1)
  core.setCsr(0x14d, MAX_U64); // stimecmp disarmed until the kernel sets it
  core.setSbiTimer(hart, MAX_U64);
  core.priv = Priv.S;
  core.pc = pc;
  core.setX(10, BigInt(hart));
  core.setX(11, arg);
}

/** A CharBackend that drops output and never has input. */
function nullChar(): CharBackend {
  return { write() {}, onInput() {} };
}
/** Shares one console between the UART and a virtio console: both write to it; input goes to the virtio console once its driver is up. */
class InputRouter {
  private readonly receivers: Partial<Record<'uart' | 'virtio', (bytes: Uint8Array) => void>> = {};
  /** Whether the virtio console's driver is up (set when the device is built). */
  virtioReady: () => boolean = () => false;

  constructor(private readonly console: CharBackend) {
    console.onInput((bytes) => {
      const target = this.virtioReady() ? this.receivers.virtio : this.receivers.uart;
      target?.(bytes);
    });
  }

  /** The backend a device sees. */
  port(name: 'uart' | 'virtio'): CharBackend {
    return { write: (b) => this.console.write(b), onInput: (r) => (this.receivers[name] = r) };
  }
}

/** Where a kernel image will be placed, decided before the core exists (so the initrd can go after it). */
function planKernel(kernel: Uint8Array, firmware: VmConfig['firmware']): KernelPlacement {
  if (isElf(kernel)) {
    const image = parseElf(kernel, 'kernel');
    const end = Math.max(...image.segments.map((s) => s.addr + s.memSize));
    return { entry: image.entry, end };
  }
  if (kernel.length === 0) throw new ImageError('kernel: empty file');
  const header = linuxImageSize(kernel);
  const base = firmware === 'none' ? RAM_BASE : KERNEL_ADDR;
  return { entry: base, end: base + Math.max(header ?? 0, kernel.length) };
}

/** A RISC-V Linux Image's in-memory size from its header (Documentation/riscv/boot-image-header.rst), or null. */
function linuxImageSize(image: Uint8Array): number | null {
  if (image.length < 64) return null;
  const dv = new DataView(image.buffer, image.byteOffset, image.byteLength);
  if (dv.getUint32(56, true) !== 0x05435352) return null; // "RSC\x05"
  const size = Number(dv.getBigUint64(16, true));
  if (size < image.length || size > 0x4000_0000) throw new ImageError('kernel: corrupt Linux image header (image_size)');
  return size;
}

/** Loads the kernel where planKernel said; returns its entry. */
function loadKernel(core: Core, kernel: Uint8Array, plan: KernelPlacement): number {
  try {
    if (isElf(kernel)) loadElf(parseElf(kernel, 'kernel'), core, 'kernel');
    else core.load(plan.entry, kernel);
  } catch (e) {
    throw e instanceof ImageError ? e : new ImageError(`kernel: ${(e as Error).message}`);
  }
  return plan.entry;
}

/** Loads OpenSBI at the start of RAM; returns where to start it. */
function loadFirmware(core: Core, image: Uint8Array): number {
  if (isElf(image)) {
    const elf = parseElf(image, 'firmware');
    loadElf(elf, core, 'firmware');
    return elf.entry;
  }
  if (image.length > KERNEL_ADDR - RAM_BASE) throw new ImageError('firmware: larger than the 2 MiB before the kernel');
  core.load(RAM_BASE, image);
  return RAM_BASE;
}

/** The initrd goes 2 MiB-aligned after the kernel, leaving room for the kernel's own early allocations. */
function placeInitrd(initrd: Uint8Array, kernelEnd: number, ramBytes: number): { start: number; end: number } {
  const align = 0x20_0000;
  const start = Math.ceil((Math.max(kernelEnd, RAM_BASE + ramBytes / 2) ) / align) * align;
  const end = start + initrd.length;
  if (end > RAM_BASE + ramBytes) throw new ImageError('the initrd does not fit in RAM: give the VM more RAM');
  return { start, end };
}

/** Magic numbers of the initrd formats Linux unpacks (init/initramfs.c, lib/decompress.c). */
const COMPRESSED_MAGIC: readonly (readonly number[])[] = [
  [0x1f, 0x8b], [0x1f, 0x9e], [0xfd, 0x37, 0x7a, 0x58, 0x5a], [0x28, 0xb5, 0x2f, 0xfd], [0x02, 0x21, 0x4c, 0x18],
  [0x42, 0x5a, 0x68], [0x5d, 0x00, 0x00], [0x89, 0x4c, 0x5a, 0x4f],
];

/**
 * Refuses an initrd Linux could not unpack: it must be a newc cpio archive that ends with its TRAILER!!! entry
 * (so a truncated one is caught here, not as a panic later), or start like a compressed one.
 */
function checkInitrd(initrd: Uint8Array): void {
  const head = new TextDecoder().decode(initrd.subarray(0, 6));
  if (head === '070701' || head === '070702') {
    const tail = new TextDecoder().decode(initrd.subarray(Math.max(0, initrd.length - 1024)));
    if (!tail.includes('TRAILER!!!')) throw new ImageError('initrd: the cpio archive is truncated (no TRAILER!!! entry)');
    return;
  }
  if (COMPRESSED_MAGIC.some((m) => m.every((b, i) => initrd[i] === b))) return;
  throw new ImageError('initrd: not a cpio archive (newc) nor a compressed one');
}
