// The TypeScript face of the Wasm core: instantiation, hart state in linear memory, run() and its exit reasons.
import { RAM_BASE, BOOT_ROM_BASE, MAX_HARTS } from '../machine/table.ts';

/** Why `run` returned (assembly/state.ts EXIT_*). */
export enum Exit {
  /** The instruction budget is spent. */
  Budget = 0,
  /** ecall from S-mode with the builtin firmware: an SBI call for the shell (pc is already past the ecall). */
  Hypercall = 1,
  /** wfi with no interrupt pending: the shell may sleep until the next timer or input. */
  Idle = 2,
  /** The shell asked the core to stop (requestExit). */
  Stop = 3,
  /** The program wrote the watched tohost word. */
  Tohost = 4,
  /** ebreak with breakpoint exits enabled (pc at the ebreak). */
  Breakpoint = 5,
  /** The hart traps to the very address it failed to fetch (no handler, or a corrupt image): it can never progress. */
  TrapLoop = 6,
}

/** Privilege modes. */
export enum Priv {
  U = 0,
  S = 1,
  M = 3,
}

/** What the core calls for physical accesses it does not own. Values are unsigned; null means nothing is there. */
export interface MmioPort {
  /** Reads 1, 2, 4 or 8 bytes; 8-byte values come back as [lo, hi]. */
  read(addr: number, size: number): number | readonly [number, number] | null;
  /** Writes 1, 2, 4 or 8 bytes (hi is 0 below 8); false when nothing takes the write. */
  write(addr: number, size: number, lo: number, hi: number): boolean;
}

interface CoreExports {
  memory: WebAssembly.Memory;
  init(ramBytes: number, harts: number): number;
  reset(): void;
  run(budget: number): number;
  setInterruptLine(hart: number, irq: number, level: number): void;
  selectHart(h: number): void;
  currentHart(): number;
  hartWakeable(h: number): number;
  requestExit(reason: number): void;
  flushTlbs(): void;
  setTohost(lo: number, hi: number): void;
  setSbiTimer(hart: number, lo: number, hi: number): void;
  setHypercalls(on: number): void;
  setEbreakExits(on: number): void;
  setInsnPerTick(n: number): void;
  syncTime(lo: number, hi: number): void;
  ticksToWake(h: number): number;
  advanceTime(ticks: number): void;
  instructionCount(): number;
  expand(c: number): number;
  peekInstruction(): number;
  xBase(): number;
  fBase(): number;
  pcAddr(): number;
  privAddr(): number;
  scratchAddr(): number;
  infoAddr(): number;
  csrBase(): number;
  ramHostOffset(): number;
  romHostOffset(): number;
  romSize(): number;
}

/** Guest physical base of RAM (the core owns RAM and the boot ROM; the machine table names their addresses). */
export { RAM_BASE } from '../machine/table.ts';

const lo32 = (v: bigint): number => Number(v & 0xffff_ffffn);
const hi32 = (v: bigint): number => Number((v >> 32n) & 0xffff_ffffn);

/** The harts and their RAM, in one Wasm instance; the accessors show the selected hart. */
export class Core {
  private readonly x: BigUint64Array;
  private readonly f: BigUint64Array;
  private readonly csrs: BigUint64Array;
  private readonly scratch32: Uint32Array;
  private readonly view: DataView;
  /** Guest RAM as bytes (offset 0 = guest physical RAM_BASE). */
  readonly ram: Uint8Array;
  /** The boot ROM's bytes (offset 0 = guest physical BOOT_ROM_BASE). */
  readonly rom: Uint8Array;

  private constructor(private readonly exports: CoreExports, readonly ramBytes: number, readonly harts: number) {
    const buf = exports.memory.buffer;
    this.x = new BigUint64Array(buf, exports.xBase(), 32);
    this.f = new BigUint64Array(buf, exports.fBase(), 32);
    this.csrs = new BigUint64Array(buf, exports.csrBase(), 4096);
    this.scratch32 = new Uint32Array(buf, exports.scratchAddr(), 2);
    this.view = new DataView(buf);
    this.ram = new Uint8Array(buf, exports.ramHostOffset(), ramBytes);
    this.rom = new Uint8Array(buf, exports.romHostOffset(), exports.romSize());
  }

  /**
   * Instantiates the core with `ramBytes` of RAM and `harts` harts; `mmio` answers accesses outside RAM, ROM and the
   * CLINT. Throws a clear error when the RAM cannot be allocated.
   */
  static async create(module: WebAssembly.Module, ramBytes: number, mmio: MmioPort, harts = 1): Promise<Core> {
    if (!Number.isInteger(harts) || harts < 1 || harts > MAX_HARTS) throw new Error(`harts must be 1 to ${MAX_HARTS} (got ${harts})`);
    if (!Number.isInteger(ramBytes) || ramBytes < 1 << 20 || ramBytes > 0xf000_0000 || ramBytes % 4096 !== 0) {
      throw new Error(`RAM size must be a multiple of 4 KiB between 1 MiB and 3840 MiB (got ${ramBytes} bytes)`);
    }
    let core: Core | undefined;
    const imports = {
      env: {
        mmioRead: (addr: number, size: number): number => core!.mmioRead(mmio, addr >>> 0, size),
        mmioWrite: (addr: number, size: number): number => core!.mmioWrite(mmio, addr >>> 0, size),
      },
    };
    const instance = await WebAssembly.instantiate(module, imports);
    const exports = instance.exports as unknown as CoreExports;
    if (exports.init(ramBytes, harts) !== 0) {
      throw new Error(`cannot allocate ${ramBytes >> 20} MiB of guest RAM in WebAssembly memory`);
    }
    core = new Core(exports, ramBytes, harts);
    return core;
  }

  private mmioRead(port: MmioPort, addr: number, size: number): number {
    const v = port.read(addr, size);
    if (v === null) return 1;
    if (typeof v === 'number') {
      this.scratch32[0] = v;
      this.scratch32[1] = 0;
    } else {
      this.scratch32[0] = v[0];
      this.scratch32[1] = v[1];
    }
    return 0;
  }

  private mmioWrite(port: MmioPort, addr: number, size: number): number {
    const mask = size >= 4 ? 0xffff_ffff : (1 << (size * 8)) - 1;
    const lo = (this.scratch32[0] & mask) >>> 0;
    const hi = size === 8 ? this.scratch32[1] : 0;
    return port.write(addr, size, lo, hi) ? 0 : 1;
  }

  /** Runs up to `budget` instructions (keep it about a million: V8 optimises Wasm between calls). */
  run(budget: number): Exit {
    return this.exports.run(budget) as Exit;
  }

  /** Back to reset state: M-mode at the boot ROM. RAM is untouched. */
  reset(): void {
    this.exports.reset();
  }

  get pc(): bigint {
    return this.view.getBigUint64(this.exports.pcAddr(), true);
  }
  set pc(v: bigint) {
    this.view.setBigUint64(this.exports.pcAddr(), BigInt.asUintN(64, v), true);
  }
  get priv(): Priv {
    return this.view.getUint32(this.exports.privAddr(), true) as Priv;
  }
  /** Sets the privilege mode (boot only) and flushes the TLBs. */
  set priv(p: Priv) {
    this.view.setUint32(this.exports.privAddr(), p, true);
    this.exports.flushTlbs();
  }

  /** Integer register x[i] (unsigned). */
  getX(i: number): bigint {
    return this.x[i];
  }
  setX(i: number, v: bigint): void {
    if (i !== 0) this.x[i] = BigInt.asUintN(64, v);
  }
  /** Floating-point register f[i] as raw bits. */
  getF(i: number): bigint {
    return this.f[i];
  }
  setF(i: number, v: bigint): void {
    this.f[i] = BigInt.asUintN(64, v);
  }
  /** A CSR's stored value (views such as sstatus and the counters are computed by the core; read their sources). */
  getCsr(n: number): bigint {
    return this.csrs[n];
  }
  /** Stores a CSR value directly (boot set-up: no WARL rules are applied), flushing the TLBs. */
  setCsr(n: number, v: bigint): void {
    this.csrs[n] = BigInt.asUintN(64, v);
    this.exports.flushTlbs();
  }

  /** Drives an interrupt line into a hart's mip: 9 = SEIP, 11 = MEIP. */
  setInterruptLine(hart: number, irq: 9 | 11, level: boolean): void {
    this.exports.setInterruptLine(hart, irq, level ? 1 : 0);
  }
  /** Makes hart `h` the one `run` executes and whose registers the accessors show. */
  selectHart(h: number): void {
    this.exports.selectHart(h);
  }
  /** The hart `run` executes. */
  get currentHart(): number {
    return this.exports.currentHart();
  }
  /** Whether hart `h` has an enabled interrupt pending (a hart waiting in wfi may run). */
  hartWakeable(h: number): boolean {
    return this.exports.hartWakeable(h) !== 0;
  }
  /** Ends the current run() after the current instruction, returning `reason`. */
  requestExit(reason: Exit): void {
    this.exports.requestExit(reason);
  }
  /** Flushes the running hart's TLBs (a remote fence, or page tables changed from outside). */
  flushTlbs(): void {
    this.exports.flushTlbs();
  }
  /** Watches the 8-byte tohost word at a physical address (0 = off). */
  setTohost(addr: bigint): void {
    this.exports.setTohost(lo32(addr), hi32(addr));
  }
  /** A hart's SBI timer deadline (builtin firmware's set_timer): its STIP rises when mtime reaches it. */
  setSbiTimer(hart: number, deadline: bigint): void {
    this.exports.setSbiTimer(hart, lo32(deadline), hi32(deadline));
  }
  /** Whether ecall from S-mode exits as a hypercall (builtin firmware). */
  setHypercalls(on: boolean): void {
    this.exports.setHypercalls(on ? 1 : 0);
  }
  /** Whether ebreak exits to the shell instead of trapping. */
  setEbreakExits(on: boolean): void {
    this.exports.setEbreakExits(on ? 1 : 0);
  }
  /** Instructions per 100 ns mtime tick: the guest clock's nominal speed when time derives from instructions. */
  setInsnPerTick(n: number): void {
    this.exports.setInsnPerTick(n);
  }
  /** Pulls mtime forward to `ticks` (host time); never moves it back. */
  syncTime(ticks: bigint): void {
    this.exports.syncTime(lo32(ticks), hi32(ticks));
  }
  /** mtime ticks until a timer can wake hart `h` from wfi (0: it can run now), or -1 when nothing armed ever will. */
  ticksToWake(h: number): number {
    return this.exports.ticksToWake(h);
  }
  /** Advances mtime without executing (deterministic idle). */
  advanceTime(ticks: number): void {
    this.exports.advanceTime(Math.max(0, Math.floor(ticks)));
  }
  /** Instructions executed since reset. */
  get instructions(): number {
    return this.exports.instructionCount();
  }
  /** The 32-bit expansion of a compressed instruction, as the decoder sees it (0 = reserved). */
  expand(c: number): number {
    return this.exports.expand(c) >>> 0;
  }
  /** Raw bits of the instruction at pc (0 if it cannot be fetched), for traces. */
  peekInstruction(): number {
    return this.exports.peekInstruction() >>> 0;
  }

  /** Whether [addr, addr + size) is RAM or ROM, where `load` can put bytes. */
  fits(addr: number, size: number): boolean {
    const ramOffset = addr - RAM_BASE;
    const romOffset = addr - BOOT_ROM_BASE;
    return (ramOffset >= 0 && ramOffset + size <= this.ram.length) || (romOffset >= 0 && romOffset + size <= this.rom.length);
  }

  /** Copies `data` into guest physical memory at `addr` (RAM or ROM); throws a clear error when it does not fit. */
  load(addr: number, data: Uint8Array): void {
    const ramOffset = addr - RAM_BASE;
    if (ramOffset >= 0 && ramOffset + data.length <= this.ram.length) {
      this.ram.set(data, ramOffset);
      return;
    }
    const romOffset = addr - BOOT_ROM_BASE;
    if (romOffset >= 0 && romOffset + data.length <= this.rom.length) {
      this.rom.set(data, romOffset);
      return;
    }
    throw new Error(
      `${data.length} bytes at 0x${addr.toString(16)} do not fit in RAM (0x${RAM_BASE.toString(16)}, ${this.ram.length >> 20} MiB)`,
    );
  }
}
