// Sv39 MMU tests: page tables built in guest RAM, tiny programs run in S/U mode (privileged spec 1.12, §4.3–4.4).
import { describe, it, expect } from 'vitest';
import { Core, Exit, Priv, RAM_BASE, type MmioPort } from '../../src/core/core.ts';
import { loadCoreModule } from '../../src/core/load-core.ts';
import { assemble } from '../../src/isa/disassemble.ts';

// PTE bits (§4.3.1, figure 4.18).
const V = 1n, R = 2n, W = 4n, X = 8n, U = 16n, A = 64n, D = 128n;

// CSRs and mstatus fields (§3.1.6, §4.1.11).
const CSR_SSTATUS = 0x100;
const CSR_STVEC = 0x105;
const CSR_SEPC = 0x141;
const CSR_SCAUSE = 0x142;
const CSR_STVAL = 0x143;
const CSR_SATP = 0x180;
const CSR_MSTATUS = 0x300;
const CSR_MEDELEG = 0x302;
const CSR_MTVEC = 0x305;
const CSR_MEPC = 0x341;
const CSR_MCAUSE = 0x342;
const CSR_MTVAL = 0x343;
const MSTATUS_MPP_SHIFT = 11n;
const MSTATUS_MPRV = 1n << 17n;
const MSTATUS_SUM = 1n << 18n;
const MSTATUS_MXR = 1n << 19n;
const MSTATUS_TVM = 1n << 20n;

// Exception causes (table 3.6).
const CAUSE_FETCH_ACCESS = 1n;
const CAUSE_ILLEGAL = 2n;
const CAUSE_LOAD_ACCESS = 5n;
const CAUSE_ECALL_U = 8n;
const CAUSE_FETCH_PAGE = 12n;
const CAUSE_LOAD_PAGE = 13n;
const CAUSE_STORE_PAGE = 15n;

const SATP_MODE_SV39 = 8n;
const PAGE = 0x1000;
const MEGAPAGE = 0x20_0000;

// Guest physical layout of the test machine (16 MiB of RAM).
const RAM_BYTES = 16 << 20;
/** M-mode trap handler: one ebreak, so with breakpoint exits a trap ends the run there. */
const HANDLER = RAM_BASE;
/** Page tables are allocated from here. */
const TABLES = RAM_BASE + 0x1_0000;
/** Physical pages of the program under test. */
const CODE_PA = RAM_BASE + 0x10_0000;
/** Physical data pages. */
const DATA_PA = RAM_BASE + 0x40_0000;
/** A 2 MiB-aligned physical region for megapages. */
const MEGA_PA = RAM_BASE + 0x60_0000;

/** Where programs run in virtual memory. */
const CODE_VA = 0x1000_0000n;
/** A value mcause never takes: mcause still holding it means no trap was taken. */
const NO_TRAP = 0xdeadn;

const emptyBus: MmioPort = { read: () => null, write: () => false };

/** Sv39 page tables in guest RAM (§4.4): three levels of 512 eight-byte PTEs, VPN[2..0] = va[38:30], [29:21], [20:12]. */
class Sv39 {
  private nextTable: number;
  constructor(private readonly core: Core, private readonly root: number) {
    this.nextTable = root + PAGE;
    core.ram.fill(0, root - RAM_BASE, root - RAM_BASE + PAGE);
  }

  /** The satp value that selects these tables. */
  get satp(): bigint {
    return (SATP_MODE_SV39 << 60n) | (BigInt(this.root) >> 12n);
  }

  /** Maps va to pa with a leaf at `level` (0 = 4 KiB page, 1 = 2 MiB megapage, 2 = 1 GiB gigapage). */
  map(va: bigint, pa: number, flags: bigint, level = 0): void {
    this.writePte(va, level, ((BigInt(pa) >> 12n) << 10n) | flags | V);
  }

  /** Physical address of the PTE that translates va at `level`, creating the tables above it. */
  pteAddress(va: bigint, level: number): number {
    let table = this.root;
    for (let l = 2; l > level; l--) {
      const at = table + vpn(va, l) * 8;
      let pte = readU64(this.core, at);
      if (!(pte & V)) {
        const fresh = this.nextTable;
        this.nextTable += PAGE;
        this.core.ram.fill(0, fresh - RAM_BASE, fresh - RAM_BASE + PAGE);
        pte = ((BigInt(fresh) >> 12n) << 10n) | V;
        writeU64(this.core, at, pte);
      }
      table = Number((pte >> 10n) << 12n);
    }
    return table + vpn(va, level) * 8;
  }

  /** The PTE translating va at `level`, as it is in RAM now. */
  readPte(va: bigint, level = 0): bigint {
    return readU64(this.core, this.pteAddress(va, level));
  }
  /** Stores a raw PTE (behind the hart's back: no TLB flush). */
  writePte(va: bigint, level: number, pte: bigint): void {
    writeU64(this.core, this.pteAddress(va, level), pte);
  }
}

const vpn = (va: bigint, level: number): number => Number((va >> BigInt(12 + 9 * level)) & 0x1ffn);
const view = (core: Core): DataView => new DataView(core.ram.buffer, core.ram.byteOffset, core.ram.byteLength);
const readU64 = (core: Core, pa: number): bigint => view(core).getBigUint64(pa - RAM_BASE, true);
const writeU64 = (core: Core, pa: number, v: bigint): void => view(core).setBigUint64(pa - RAM_BASE, v, true);

/** Assembles `lines` (disassembler syntax, one instruction each) for address `pc`. */
function program(pc: bigint, lines: readonly string[]): Uint8Array {
  const out = new Uint8Array(4 * lines.length);
  const dv = new DataView(out.buffer);
  lines.forEach((line, i) => dv.setUint32(4 * i, assemble(line, pc + BigInt(4 * i)), true));
  return out;
}

let coreModule: Promise<WebAssembly.Module> | undefined;

/** A fresh hart with 16 MiB of RAM, an ebreak as M-mode trap handler, breakpoint exits on, and empty page tables. */
async function machine(bus = emptyBus): Promise<{ core: Core; pt: Sv39 }> {
  coreModule ??= loadCoreModule();
  const core = await Core.create(await coreModule, RAM_BYTES, bus);
  core.setEbreakExits(true);
  core.load(HANDLER, program(BigInt(HANDLER), ['ebreak']));
  core.setCsr(CSR_MTVEC, BigInt(HANDLER));
  return { core, pt: new Sv39(core, TABLES) };
}

/** Puts `lines` at CODE_PA, mapped at CODE_VA with `flags` (a 4 KiB page). */
function loadProgram(core: Core, pt: Sv39, lines: readonly string[], flags: bigint): void {
  core.load(CODE_PA, program(CODE_VA, lines));
  pt.map(CODE_VA, CODE_PA, flags);
}

/** How a run ended: at the program's own ebreak (no trap), or in the M-mode handler with the trap's CSRs. */
interface Stop {
  trap?: { cause: bigint; tval: bigint; epc: bigint };
  pc: bigint;
}

/** Runs from `pc` in `priv` with `satp` and extra mstatus bits until an ebreak stops it. */
function runFrom(core: Core, priv: Priv, pc: bigint, satp: bigint, mstatus = 0n): Stop {
  core.setCsr(CSR_SATP, satp);
  core.setCsr(CSR_MSTATUS, mstatus);
  core.setCsr(CSR_MCAUSE, NO_TRAP);
  core.priv = priv;
  core.pc = pc;
  return resume(core);
}

/** Continues a run (after the test changed memory behind the TLB's back) until the next ebreak. */
function resume(core: Core): Stop {
  expect(core.run(10_000)).toBe(Exit.Breakpoint);
  const pc = core.pc;
  if (pc !== BigInt(HANDLER) || core.priv !== Priv.M) return { pc };
  return { pc, trap: { cause: core.getCsr(CSR_MCAUSE), tval: core.getCsr(CSR_MTVAL), epc: core.getCsr(CSR_MEPC) } };
}

/** Fills `n` bytes of physical memory at pa with a pattern derived from `seed` and returns it. */
function pattern(core: Core, pa: number, n: number, seed: number): Uint8Array {
  const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed * 31 + (i >> 8)) & 0xff);
  core.load(pa, bytes);
  return bytes;
}
const u64At = (bytes: Uint8Array, offset: number): bigint =>
  new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(offset, true);

describe('Sv39 translation', () => {
  it('reads the mapped physical bytes through 4 KiB pages, per page', async () => {
    const { core, pt } = await machine();
    const dataVa = 0x2000_0000n;
    // Two virtually adjacent pages mapped to physically distant, reversed frames.
    const low = pattern(core, DATA_PA + 5 * PAGE, PAGE, 1);
    const high = pattern(core, DATA_PA + 2 * PAGE, PAGE, 2);
    pt.map(dataVa, DATA_PA + 5 * PAGE, R | W);
    pt.map(dataVa + 0x1000n, DATA_PA + 2 * PAGE, R | W);
    loadProgram(core, pt, ['ld a1,0(a0)', 'lbu a2,291(a0)', 'ld a3,2040(a4)', 'ld a4,-8(a5)', 'ebreak'], R | X);
    core.setX(10, dataVa); // a0
    core.setX(14, dataVa + 0x1000n - 2040n + 0x100n); // a4: a3 reads the second page at offset 0x100
    core.setX(15, dataVa + 0x1004n); // a5: a4 reads 8 bytes at VA 0x...ffc, straddling both pages
    const stop = runFrom(core, Priv.S, CODE_VA, pt.satp);
    expect(stop.trap).toBeUndefined();
    expect(core.getX(11)).toBe(u64At(low, 0));
    expect(core.getX(12)).toBe(BigInt(low[291]));
    expect(core.getX(13)).toBe(u64At(high, 0x100));
    const straddle = new Uint8Array([...low.subarray(0xffc), ...high.subarray(0, 4)]);
    expect(core.getX(14)).toBe(u64At(straddle, 0));
  });

  it('translates 2 MiB megapages: the low 21 bits of the address pass through', async () => {
    const { core, pt } = await machine();
    const megaVa = 0x6020_0000n;
    const bytes = pattern(core, MEGA_PA, MEGAPAGE, 3);
    pt.map(megaVa, MEGA_PA, R, 1);
    loadProgram(core, pt, ['ld a1,0(a0)', 'ld a2,0(a3)', 'ebreak'], R | X);
    core.setX(10, megaVa + 0x12348n);
    core.setX(13, megaVa + BigInt(MEGAPAGE - 8));
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    expect(core.getX(11)).toBe(u64At(bytes, 0x12348));
    expect(core.getX(12)).toBe(u64At(bytes, MEGAPAGE - 8));
  });

  it('translates 1 GiB gigapages, including a sign-extended high address', async () => {
    const { core, pt } = await machine();
    const gigaVa = 0x4000_0000n; // VPN[2] = 1
    const highVa = 0xffff_ffc0_0000_0000n; // VPN[2] = 256: bits 63..39 copy bit 38 (§4.4.1)
    pt.map(gigaVa, RAM_BASE, R | W, 2);
    pt.map(highVa, RAM_BASE, R | W, 2);
    const bytes = pattern(core, RAM_BASE + 0xabc000, PAGE, 4);
    loadProgram(core, pt, ['ld a1,0(a0)', 'ld a2,0(a3)', 'ebreak'], R | X);
    core.setX(10, gigaVa + 0xabc120n);
    core.setX(13, highVa + 0xabc128n);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    expect(core.getX(11)).toBe(u64At(bytes, 0x120));
    expect(core.getX(12)).toBe(u64At(bytes, 0x128));
  });

  it('raises a page fault for an address whose bits 63..39 do not copy bit 38', async () => {
    const { core, pt } = await machine();
    const nonCanonical = 0x0000_0040_0000_0000n; // bit 38 set, bits 63..39 clear
    pt.map(nonCanonical, RAM_BASE, R, 2); // its VPN[2] is mapped: only the canonical-address check can fault
    loadProgram(core, pt, ['ld a1,0(a0)', 'ebreak'], R | X);
    core.setX(10, nonCanonical);
    const stop = runFrom(core, Priv.S, CODE_VA, pt.satp);
    expect(stop.trap).toEqual({ cause: CAUSE_LOAD_PAGE, tval: nonCanonical, epc: CODE_VA });
  });

  it('uses no translation in M-mode or with satp.MODE = Bare', async () => {
    const { core, pt } = await machine();
    const bytes = pattern(core, DATA_PA, PAGE, 5);
    pt.map(BigInt(DATA_PA), DATA_PA + PAGE, R); // a mapping that would send the access elsewhere
    core.load(CODE_PA, program(BigInt(CODE_PA), ['ld a1,8(a0)', 'ebreak']));
    core.setX(10, BigInt(DATA_PA));
    expect(runFrom(core, Priv.M, BigInt(CODE_PA), pt.satp).trap).toBeUndefined();
    expect(core.getX(11)).toBe(u64At(bytes, 8));
    core.setX(11, 0n);
    expect(runFrom(core, Priv.S, BigInt(CODE_PA), 0n).trap).toBeUndefined();
    expect(core.getX(11)).toBe(u64At(bytes, 8));
  });

  it('raises an access fault, not a page fault, when a page-table entry lies outside RAM (§4.3.2 step 2)', async () => {
    const { core } = await machine();
    core.load(CODE_PA, program(BigInt(CODE_PA), ['ld a1,0(a0)', 'ebreak']));
    core.setX(10, 0x1234n);
    // satp's root table at physical 0x4000_0000, where nothing is: M-mode fetches are untranslated, MPRV translates the load.
    const satp = (SATP_MODE_SV39 << 60n) | 0x40000n;
    const stop = runFrom(core, Priv.M, BigInt(CODE_PA), satp, MSTATUS_MPRV | (BigInt(Priv.S) << MSTATUS_MPP_SHIFT));
    expect(stop.trap).toEqual({ cause: CAUSE_LOAD_ACCESS, tval: 0x1234n, epc: BigInt(CODE_PA) });
  });

  it('raises access faults (not page faults) when a valid mapping leads to a physical address with nothing there', async () => {
    const { core, pt } = await machine();
    const holeVa = 0x5000_0000n;
    pt.map(holeVa, 0x4000_0000, R | W | X); // physical 0x4000_0000: no RAM, and the bus answers nothing
    loadProgram(core, pt, ['ld a1,0(a0)', 'ebreak'], R | X);
    core.setX(10, holeVa + 0x10n);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toEqual({ cause: CAUSE_LOAD_ACCESS, tval: holeVa + 0x10n, epc: CODE_VA });
    expect(runFrom(core, Priv.S, holeVa, pt.satp).trap).toEqual({ cause: CAUSE_FETCH_ACCESS, tval: holeVa, epc: holeVa });
  });
});

describe('accessed and dirty bits', () => {
  it('sets A on fetch and load, and A and D on store, in the PTE in RAM', async () => {
    const { core, pt } = await machine();
    const readVa = 0x2000_0000n, writeVa = 0x2000_1000n, untouchedVa = 0x2000_2000n;
    pt.map(readVa, DATA_PA, R | W);
    pt.map(writeVa, DATA_PA + PAGE, R | W);
    pt.map(untouchedVa, DATA_PA + 2 * PAGE, R | W);
    loadProgram(core, pt, ['ld a1,0(a0)', 'sd a1,16(a2)', 'ebreak'], R | X);
    core.setX(10, readVa);
    core.setX(12, writeVa);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    expect(pt.readPte(CODE_VA) & (A | D)).toBe(A);
    expect(pt.readPte(readVa) & (A | D)).toBe(A);
    expect(pt.readPte(writeVa) & (A | D)).toBe(A | D);
    expect(pt.readPte(untouchedVa) & (A | D)).toBe(0n);
  });

  it('sets D on the first store to a page that was only read before (the read translation is not enough)', async () => {
    const { core, pt } = await machine();
    const va = 0x2000_0000n;
    pt.map(va, DATA_PA, R | W);
    loadProgram(core, pt, ['ld a1,0(a0)', 'ld a1,8(a0)', 'sd a1,24(a0)', 'ebreak'], R | X);
    core.setX(10, va);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    expect(pt.readPte(va) & (A | D)).toBe(A | D);
    expect(readU64(core, DATA_PA + 24)).toBe(readU64(core, DATA_PA + 8));
  });

  it('sets D again after software cleared it and executed sfence.vma', async () => {
    const { core, pt } = await machine();
    const va = 0x2000_0000n;
    pt.map(va, DATA_PA, R | W);
    loadProgram(core, pt, ['sd a1,0(a0)', 'ebreak', 'sfence.vma zero,zero', 'sd a1,8(a0)', 'ebreak'], R | X);
    core.setX(10, va);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    expect(pt.readPte(va) & D).toBe(D);
    pt.writePte(va, 0, pt.readPte(va) & ~D);
    core.pc += 4n;
    expect(resume(core).trap).toBeUndefined();
    expect(pt.readPte(va) & (A | D)).toBe(A | D);
  });

  it('sets A and D in a megapage leaf and leaves non-leaf entries alone', async () => {
    const { core, pt } = await machine();
    const megaVa = 0x6000_0000n;
    pt.map(megaVa, MEGA_PA, R | W, 1);
    loadProgram(core, pt, ['sd a0,0(a0)', 'ebreak'], R | X);
    core.setX(10, megaVa + 0x1_0000n);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    expect(pt.readPte(megaVa, 1) & (A | D)).toBe(A | D);
    expect(pt.readPte(megaVa, 2) & (A | D | R | W | X)).toBe(0n);
    expect(readU64(core, MEGA_PA + 0x1_0000)).toBe(megaVa + 0x1_0000n);
  });
});

describe('page faults', () => {
  /** A data page at DATA_VA with `flags`, and a program doing `insn` on it with a0 = DATA_VA + 8. */
  const DATA_VA = 0x2000_0000n;
  async function accessWith(flags: bigint | undefined, insn: string, priv = Priv.S, mstatus = 0n): Promise<Stop> {
    const { core, pt } = await machine();
    if (flags !== undefined) pt.map(DATA_VA, DATA_PA, flags);
    loadProgram(core, pt, [insn, 'ebreak'], R | X | (priv === Priv.U ? U : 0n));
    core.setX(10, DATA_VA + 8n);
    return runFrom(core, priv, CODE_VA, pt.satp, mstatus);
  }
  const pageFault = (cause: bigint, tval: bigint, epc = CODE_VA): Stop['trap'] => ({ cause, tval, epc });

  it('raises load (13) and store (15) page faults with the address in mtval', async () => {
    expect((await accessWith(undefined, 'ld a1,0(a0)')).trap).toEqual(pageFault(CAUSE_LOAD_PAGE, DATA_VA + 8n));
    expect((await accessWith(undefined, 'sw a1,4(a0)')).trap).toEqual(pageFault(CAUSE_STORE_PAGE, DATA_VA + 12n));
    expect((await accessWith(R, 'sd a1,0(a0)')).trap).toEqual(pageFault(CAUSE_STORE_PAGE, DATA_VA + 8n));
    expect((await accessWith(X, 'lw a1,0(a0)')).trap).toEqual(pageFault(CAUSE_LOAD_PAGE, DATA_VA + 8n));
    // AMOs need write permission and report store faults (§4.3.2, unprivileged §8.4).
    expect((await accessWith(R, 'amoadd.d a1,a2,(a0)')).trap).toEqual(pageFault(CAUSE_STORE_PAGE, DATA_VA + 8n));
  });

  it('lets an AMO on a writable page through and marks the page dirty', async () => {
    const { core, pt } = await machine();
    pt.map(DATA_VA, DATA_PA, R | W);
    loadProgram(core, pt, ['amoadd.d a1,a2,(a0)', 'ebreak'], R | X);
    writeU64(core, DATA_PA + 8, 40n);
    core.setX(10, DATA_VA + 8n);
    core.setX(12, 2n);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    expect([core.getX(11), readU64(core, DATA_PA + 8)]).toEqual([40n, 42n]);
    expect(pt.readPte(DATA_VA) & (A | D)).toBe(A | D);
  });

  it('treats reserved PTE encodings as invalid: W without R, and bits 63..54 set', async () => {
    expect((await accessWith(W, 'ld a1,0(a0)')).trap).toEqual(pageFault(CAUSE_LOAD_PAGE, DATA_VA + 8n));
    expect((await accessWith(W | X, 'sd a1,0(a0)')).trap).toEqual(pageFault(CAUSE_STORE_PAGE, DATA_VA + 8n));
    expect((await accessWith(R | W | (1n << 54n), 'ld a1,0(a0)')).trap).toEqual(pageFault(CAUSE_LOAD_PAGE, DATA_VA + 8n));
    expect((await accessWith(R | W | (1n << 63n), 'ld a1,0(a0)')).trap).toEqual(pageFault(CAUSE_LOAD_PAGE, DATA_VA + 8n));
  });

  it('raises fetch page faults (12) with the target in mepc and mtval', async () => {
    const { core, pt } = await machine();
    const noExec = 0x3000_0000n, unmapped = 0x3000_1000n;
    pt.map(noExec, DATA_PA, R | W);
    loadProgram(core, pt, ['jalr ra,a0,0', 'ebreak'], R | X);
    core.setX(10, noExec + 0x40n);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toEqual(pageFault(CAUSE_FETCH_PAGE, noExec + 0x40n, noExec + 0x40n));
    core.setX(10, unmapped);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toEqual(pageFault(CAUSE_FETCH_PAGE, unmapped, unmapped));
    const nonCanonical = 0x8000_0000_1000_0000n; // maps to CODE_VA's VPNs, but bits 63..39 do not copy bit 38
    core.setX(10, nonCanonical);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toEqual(pageFault(CAUSE_FETCH_PAGE, nonCanonical, nonCanonical));
    // A 32-bit instruction whose second half lies on an unmapped page: mtval is that half's address (§3.1.16).
    pt.map(CODE_VA + 0x1000n, CODE_PA + PAGE, R | X); // and CODE_VA + 0x2000 stays unmapped
    core.load(CODE_PA + 2 * PAGE - 2, program(0n, ['addi a1,zero,1']).subarray(0, 2));
    core.setX(10, CODE_VA + 0x2000n - 2n);
    const straddle = runFrom(core, Priv.S, CODE_VA, pt.satp).trap;
    expect(straddle?.cause).toBe(CAUSE_FETCH_PAGE);
    expect(straddle?.epc).toBe(CODE_VA + 0x2000n - 2n);
    expect(straddle?.tval).toBe(CODE_VA + 0x2000n);
  });

  it('reports the faulting part of a misaligned access that crosses into an unmapped page', async () => {
    const { core, pt } = await machine();
    const va = 0x2000_0000n;
    pt.map(va, DATA_PA, R | W);
    loadProgram(core, pt, ['ld a1,-4(a0)', 'ebreak'], R | X);
    core.setX(10, va + 0x1000n);
    core.setX(11, 0x5555n);
    // §3.1.16: mtval holds the virtual address of the portion of the access that faulted.
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toEqual(pageFault(CAUSE_LOAD_PAGE, va + 0x1000n));
    expect(core.getX(11)).toBe(0x5555n);
  });

  it('reports a misaligned store that crosses into a read-only page as a store fault on the second page', async () => {
    const { core, pt } = await machine();
    const va = 0x2000_0000n;
    pt.map(va, DATA_PA, R | W);
    pt.map(va + 0x1000n, DATA_PA + PAGE, R);
    loadProgram(core, pt, ['sd a1,-2(a0)', 'ebreak'], R | X);
    core.setX(10, va + 0x1000n);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toEqual(pageFault(CAUSE_STORE_PAGE, va + 0x1000n));
  });

  it('fetches a compressed instruction in the last halfword of a page without touching the next page', async () => {
    const { core, pt } = await machine();
    // c.li a1, 7 at CODE_VA + 0xffe; the next page, where the following ebreak would be, is unmapped.
    loadProgram(core, pt, ['jalr zero,a0,0'], R | X);
    view(core).setUint16(CODE_PA + PAGE - 2 - RAM_BASE, 0x459d, true);
    core.setX(10, CODE_VA + 0xffen);
    const stop = runFrom(core, Priv.S, CODE_VA, pt.satp);
    expect(core.getX(11)).toBe(7n);
    expect(stop.trap).toEqual(pageFault(CAUSE_FETCH_PAGE, CODE_VA + 0x1000n, CODE_VA + 0x1000n));
  });

  it('faults on a leaf at the last level that is not a leaf (a pointer PTE at level 0)', async () => {
    const { core, pt } = await machine();
    const va = 0x2000_0000n;
    pt.writePte(va, 0, ((BigInt(DATA_PA) >> 12n) << 10n) | V); // V without R/W/X at level 0
    loadProgram(core, pt, ['ld a1,0(a0)', 'ebreak'], R | X);
    core.setX(10, va);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toEqual(pageFault(CAUSE_LOAD_PAGE, va));
  });

  it('faults on misaligned superpages (§4.3.2 step 6)', async () => {
    const { core, pt } = await machine();
    const megaVa = 0x6000_0000n, gigaVa = 0x4000_0000n;
    pt.map(megaVa, MEGA_PA + PAGE, R, 1); // PPN[0] != 0
    pt.map(gigaVa, RAM_BASE + MEGAPAGE, R, 2); // PPN[1] != 0
    loadProgram(core, pt, ['ld a1,0(a0)', 'ebreak'], R | X);
    core.setX(10, megaVa + 0x18n);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toEqual(pageFault(CAUSE_LOAD_PAGE, megaVa + 0x18n));
    core.setX(10, gigaVa + 0x20n);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toEqual(pageFault(CAUSE_LOAD_PAGE, gigaVa + 0x20n));
    pt.map(gigaVa, RAM_BASE + PAGE, R, 2); // PPN[1] = 0 but PPN[0] != 0
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toEqual(pageFault(CAUSE_LOAD_PAGE, gigaVa + 0x20n));
    pt.map(gigaVa, RAM_BASE, R, 2); // aligned: the same access goes through
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    // A misaligned superpage leaf as the program's own code: fetch page fault.
    const codeMega = 0x6020_0000n;
    pt.map(codeMega, MEGA_PA + MEGAPAGE + PAGE, R | X, 1);
    expect(runFrom(core, Priv.S, codeMega, pt.satp).trap).toEqual(pageFault(CAUSE_FETCH_PAGE, codeMega, codeMega));
    expect(pt.readPte(megaVa, 1) & A).toBe(0n); // a faulting walk sets no A bit
  });
});

describe('U, SUM and MXR (§4.3.1, §3.1.6.3)', () => {
  const DATA_VA = 0x2000_0000n;
  /** Runs `insn` on DATA_VA (mapped with `dataFlags`) from code mapped with `codeFlags`, in `priv`. */
  async function attempt(priv: Priv, codeFlags: bigint, dataFlags: bigint, insn: string, mstatus = 0n): Promise<Stop> {
    const { core, pt } = await machine();
    pattern(core, DATA_PA, PAGE, 6);
    pt.map(DATA_VA, DATA_PA, dataFlags);
    loadProgram(core, pt, [insn, 'ebreak'], codeFlags);
    core.setX(10, DATA_VA);
    return runFrom(core, priv, CODE_VA, pt.satp, mstatus);
  }
  const fault = (cause: bigint, tval = DATA_VA): Stop['trap'] => ({ cause, tval, epc: CODE_VA });

  it('lets U-mode use U pages only', async () => {
    expect((await attempt(Priv.U, R | X | U, R | W | U, 'ld a1,0(a0)')).trap).toBeUndefined();
    expect((await attempt(Priv.U, R | X | U, R | W | U, 'sd a1,0(a0)')).trap).toBeUndefined();
    expect((await attempt(Priv.U, R | X | U, R | W, 'ld a1,0(a0)')).trap).toEqual(fault(CAUSE_LOAD_PAGE));
    expect((await attempt(Priv.U, R | X | U, R | W, 'sd a1,0(a0)')).trap).toEqual(fault(CAUSE_STORE_PAGE));
    // SUM does not open supervisor pages to U-mode.
    expect((await attempt(Priv.U, R | X | U, R | W, 'ld a1,0(a0)', MSTATUS_SUM)).trap).toEqual(fault(CAUSE_LOAD_PAGE));
    const fetch = await attempt(Priv.U, R | X, R | W | U, 'ld a1,0(a0)');
    expect(fetch.trap).toEqual({ cause: CAUSE_FETCH_PAGE, tval: CODE_VA, epc: CODE_VA });
  });

  it('keeps S-mode out of U pages unless SUM is set, and never lets it execute them', async () => {
    expect((await attempt(Priv.S, R | X, R | W | U, 'ld a1,0(a0)')).trap).toEqual(fault(CAUSE_LOAD_PAGE));
    expect((await attempt(Priv.S, R | X, R | W | U, 'sd a1,0(a0)')).trap).toEqual(fault(CAUSE_STORE_PAGE));
    expect((await attempt(Priv.S, R | X, R | W | U, 'ld a1,0(a0)', MSTATUS_SUM)).trap).toBeUndefined();
    expect((await attempt(Priv.S, R | X, R | W | U, 'sd a1,0(a0)', MSTATUS_SUM)).trap).toBeUndefined();
    const fetch = await attempt(Priv.S, R | X | U, R | W, 'ld a1,0(a0)', MSTATUS_SUM);
    expect(fetch.trap).toEqual({ cause: CAUSE_FETCH_PAGE, tval: CODE_VA, epc: CODE_VA });
  });

  it('reads execute-only pages only with MXR, and MXR does not make them writable', async () => {
    expect((await attempt(Priv.S, R | X, X, 'ld a1,0(a0)')).trap).toEqual(fault(CAUSE_LOAD_PAGE));
    expect((await attempt(Priv.S, R | X, X, 'ld a1,0(a0)', MSTATUS_MXR)).trap).toBeUndefined();
    expect((await attempt(Priv.S, R | X, X, 'sd a1,0(a0)', MSTATUS_MXR)).trap).toEqual(fault(CAUSE_STORE_PAGE));
    expect((await attempt(Priv.U, R | X | U, X | U, 'lbu a1,0(a0)', MSTATUS_MXR)).trap).toBeUndefined();
  });

  it('applies a change of SUM made by a csrs in S-mode to the very next access (no stale translation)', async () => {
    const { core, pt } = await machine();
    const bytes = pattern(core, DATA_PA, PAGE, 7);
    pt.map(DATA_VA, DATA_PA, R | W | U);
    // ld with SUM set succeeds; csrc sstatus.SUM; the same ld must now fault although the TLB held the page.
    loadProgram(core, pt, ['ld a1,0(a0)', `csrrc zero,0x${CSR_SSTATUS.toString(16)},t0`, 'ld a2,0(a0)', 'ebreak'], R | X);
    core.setX(10, DATA_VA);
    core.setX(5, MSTATUS_SUM);
    const stop = runFrom(core, Priv.S, CODE_VA, pt.satp, MSTATUS_SUM);
    expect(core.getX(11)).toBe(u64At(bytes, 0));
    expect(stop.trap).toEqual({ cause: CAUSE_LOAD_PAGE, tval: DATA_VA, epc: CODE_VA + 8n });
  });
});

describe('devices behind a mapping', () => {
  it('sends loads and stores to the bus at the physical address, every time (no TLB caching of device pages)', async () => {
    const accesses: string[] = [];
    const recordingBus: MmioPort = {
      read: (addr, size) => {
        accesses.push(`read ${addr.toString(16)}/${size}`);
        return 0x42;
      },
      write: (addr, size, lo) => {
        accesses.push(`write ${addr.toString(16)}/${size}=${lo.toString(16)}`);
        return true;
      },
    };
    const { core, pt } = await machine(recordingBus);
    const deviceVa = 0x5000_0000n;
    pt.map(deviceVa, 0x1000_0000, R | W);
    loadProgram(core, pt, ['lbu a1,5(a0)', 'lbu a2,5(a0)', 'sb a3,1(a0)', 'sb a3,1(a0)', 'ebreak'], R | X);
    core.setX(10, deviceVa);
    core.setX(13, 0x99n);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    expect([core.getX(11), core.getX(12)]).toEqual([0x42n, 0x42n]);
    expect(accesses).toEqual(['read 10000005/1', 'read 10000005/1', 'write 10000001/1=99', 'write 10000001/1=99']);
  });
});

describe('traps from translation', () => {
  const DATA_VA = 0x2000_0000n;
  const S_HANDLER_VA = 0x1000_1000n;

  it('delivers a delegated page fault to S-mode with scause, stval and sepc', async () => {
    const { core, pt } = await machine();
    pt.map(DATA_VA, DATA_PA, R | W); // a supervisor page: U-mode loads fault
    loadProgram(core, pt, ['ld a1,0(a0)', 'ebreak'], R | X | U);
    core.load(CODE_PA + PAGE, program(S_HANDLER_VA, ['ebreak']));
    pt.map(S_HANDLER_VA, CODE_PA + PAGE, R | X);
    core.setCsr(CSR_STVEC, S_HANDLER_VA);
    core.setCsr(CSR_MEDELEG, 1n << CAUSE_LOAD_PAGE);
    core.setX(10, DATA_VA + 0x10n);
    const stop = runFrom(core, Priv.U, CODE_VA, pt.satp);
    expect(stop).toEqual({ pc: S_HANDLER_VA });
    expect(core.priv).toBe(Priv.S);
    expect(core.getCsr(CSR_MCAUSE)).toBe(NO_TRAP);
    expect([core.getCsr(CSR_SCAUSE), core.getCsr(CSR_STVAL), core.getCsr(CSR_SEPC)]).toEqual([
      CAUSE_LOAD_PAGE, DATA_VA + 0x10n, CODE_VA,
    ]);
  });

  it('does not let S-mode reuse a translation U-mode made (privilege changes drop the TLB entries)', async () => {
    const { core, pt } = await machine();
    const bytes = pattern(core, DATA_PA, PAGE, 12);
    pt.map(DATA_VA, DATA_PA, R | W | U);
    // U: load the user page, then ecall into the S handler, which loads the same page with SUM clear.
    loadProgram(core, pt, ['ld a1,0(a0)', 'ecall'], R | X | U);
    core.load(CODE_PA + PAGE, program(S_HANDLER_VA, ['ld a2,0(a0)', 'ebreak']));
    pt.map(S_HANDLER_VA, CODE_PA + PAGE, R | X);
    core.setCsr(CSR_STVEC, S_HANDLER_VA);
    core.setCsr(CSR_MEDELEG, 1n << CAUSE_ECALL_U);
    core.setX(10, DATA_VA);
    const stop = runFrom(core, Priv.U, CODE_VA, pt.satp);
    expect(core.getX(11)).toBe(u64At(bytes, 0));
    expect(core.getCsr(CSR_SCAUSE)).toBe(CAUSE_ECALL_U);
    expect(stop.trap).toEqual({ cause: CAUSE_LOAD_PAGE, tval: DATA_VA, epc: S_HANDLER_VA });
  });
});

describe('satp, sfence.vma and MPRV', () => {
  it('leaves satp unchanged when a csrw writes an unimplemented mode (Sv48 = 9, Sv57 = 10), as WARL requires', async () => {
    const { core, pt } = await machine();
    const sv39 = pt.satp;
    const ppn = 0x12345n;
    core.load(CODE_PA, program(BigInt(CODE_PA), [
      'csrrw zero,0x180,a0', 'csrrs a4,0x180,zero', // Sv39: accepted
      'csrrw zero,0x180,a1', 'csrrs a5,0x180,zero', // Sv48: ignored
      'csrrw zero,0x180,a2', 'csrrs a6,0x180,zero', // Sv57: ignored
      'csrrw a7,0x180,a3', 'csrrs s2,0x180,zero', // Bare: accepted
      'ebreak',
    ]));
    core.setX(10, sv39);
    core.setX(11, (9n << 60n) | ppn);
    core.setX(12, (10n << 60n) | ppn);
    core.setX(13, 0n);
    expect(runFrom(core, Priv.M, BigInt(CODE_PA), 0n).trap).toBeUndefined();
    expect(core.getX(14)).toBe(sv39);
    expect(core.getX(15)).toBe(sv39);
    expect(core.getX(16)).toBe(sv39);
    expect(core.getX(17)).toBe(sv39);
    expect(core.getX(18)).toBe(0n);
    expect(core.getCsr(CSR_SATP)).toBe(0n);
  });

  it('makes S-mode satp and sfence.vma illegal when mstatus.TVM is set (§3.1.6.5)', async () => {
    const { core, pt } = await machine();
    loadProgram(core, pt, ['csrrs a1,0x180,zero', 'ebreak'], R | X);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp, MSTATUS_TVM).trap?.cause).toBe(CAUSE_ILLEGAL);
    loadProgram(core, pt, ['sfence.vma zero,zero', 'ebreak'], R | X);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp, MSTATUS_TVM).trap?.cause).toBe(CAUSE_ILLEGAL);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    // sfence.vma is never available to U-mode (§4.2.1).
    loadProgram(core, pt, ['sfence.vma zero,zero', 'ebreak'], R | X | U);
    expect(runFrom(core, Priv.U, CODE_VA, pt.satp).trap?.cause).toBe(CAUSE_ILLEGAL);
  });

  it('uses the new PTE after sfence.vma (the old one may serve until then)', async () => {
    const { core, pt } = await machine();
    const va = 0x2000_0000n;
    const oldBytes = pattern(core, DATA_PA, PAGE, 8);
    const newBytes = pattern(core, DATA_PA + PAGE, PAGE, 9);
    pt.map(va, DATA_PA, R | W | A | D);
    loadProgram(core, pt, [
      'ld a1,0(a0)', 'ebreak', // the test remaps the page here, behind the hart's back
      'ld a2,0(a0)', 'sfence.vma zero,zero', 'ld a3,0(a0)',
      'ebreak', // the test remaps it once more
      'sfence.vma a0,zero', 'ld a4,0(a0)', 'ebreak',
    ], R | X | A);
    core.setX(10, va);
    expect(runFrom(core, Priv.S, CODE_VA, pt.satp).trap).toBeUndefined();
    expect(core.getX(11)).toBe(u64At(oldBytes, 0));
    pt.map(va, DATA_PA + PAGE, R | W | A | D);
    core.pc += 4n;
    expect(resume(core).trap).toBeUndefined();
    expect([u64At(oldBytes, 0), u64At(newBytes, 0)]).toContain(core.getX(12));
    expect(core.getX(13)).toBe(u64At(newBytes, 0));
    // An address-specific sfence.vma (rs1 = the page) must also drop that page's translation.
    pt.map(va, DATA_PA, R | W | A | D);
    core.pc += 4n;
    expect(resume(core).trap).toBeUndefined();
    expect(core.getX(14)).toBe(u64At(oldBytes, 0));
  });

  it('translates M-mode loads and stores as MPP with mstatus.MPRV, but not fetches (§3.1.6.3)', async () => {
    const { core, pt } = await machine();
    // VA 0x8040_0000 is also a physical RAM address: M-mode reads it directly unless MPRV translates it.
    const va = BigInt(DATA_PA);
    const direct = pattern(core, DATA_PA, PAGE, 10);
    const mapped = pattern(core, DATA_PA + 3 * PAGE, PAGE, 11);
    pt.map(va, DATA_PA + 3 * PAGE, R | W);
    const mprvS = MSTATUS_MPRV | (BigInt(Priv.S) << MSTATUS_MPP_SHIFT);
    core.load(CODE_PA, program(BigInt(CODE_PA), [
      'ld a1,0(a0)', // physical
      'csrrs zero,0x300,t0', 'ld a2,0(a0)', 'sd a2,16(a0)', // translated as S: reads and writes the mapped page
      'csrrc zero,0x300,t0', 'ld a3,0(a0)', // physical again
      'ebreak',
    ]));
    core.setX(10, va);
    core.setX(5, mprvS);
    expect(runFrom(core, Priv.M, BigInt(CODE_PA), pt.satp, BigInt(Priv.S) << MSTATUS_MPP_SHIFT).trap).toBeUndefined();
    expect(core.getX(11)).toBe(u64At(direct, 0));
    expect(core.getX(12)).toBe(u64At(mapped, 0));
    expect(readU64(core, DATA_PA + 3 * PAGE + 16)).toBe(u64At(mapped, 0));
    expect(readU64(core, DATA_PA + 16)).toBe(u64At(direct, 16));
    expect(core.getX(13)).toBe(u64At(direct, 0));
    expect(pt.readPte(va) & (A | D)).toBe(A | D);
  });

  // A trap taken in M-mode sets MPP to M; with MPRV still set, the handler's loads are untranslated (§3.1.6.3).
  it('stops translating MPRV accesses when a trap taken in M-mode sets MPP to M (§3.1.6.3, §3.1.6.1)', async () => {
    const { core, pt } = await machine();
    // VA DATA_PA maps to another frame; once MPP = M the same address is physical again.
    const va = BigInt(DATA_PA);
    const direct = pattern(core, DATA_PA, PAGE, 14);
    const mapped = pattern(core, DATA_PA + 3 * PAGE, PAGE, 15);
    pt.map(va, DATA_PA + 3 * PAGE, R | W);
    const handler = CODE_PA + 0x800;
    core.load(CODE_PA, program(BigInt(CODE_PA), ['ld a1,0(a0)', 'ecall']));
    core.load(handler, program(BigInt(handler), ['ld a2,0(a0)', 'ebreak']));
    core.setCsr(CSR_MTVEC, BigInt(handler));
    core.setX(10, va);
    const mprvS = MSTATUS_MPRV | (BigInt(Priv.S) << MSTATUS_MPP_SHIFT);
    const stop = runFrom(core, Priv.M, BigInt(CODE_PA), pt.satp, mprvS);
    expect(stop.pc).toBe(BigInt(handler + 4));
    expect(core.getCsr(CSR_MSTATUS) & (MSTATUS_MPRV | (3n << MSTATUS_MPP_SHIFT))).toBe(MSTATUS_MPRV | (3n << MSTATUS_MPP_SHIFT));
    expect(core.getX(11)).toBe(u64At(mapped, 0));
    expect(core.getX(12)).toBe(u64At(direct, 0));
  });

  it('leaves MPRV accesses untranslated when MPP = M', async () => {
    const { core, pt } = await machine();
    const bytes = pattern(core, DATA_PA, PAGE, 13);
    pt.map(BigInt(DATA_PA), DATA_PA + PAGE, R);
    core.load(CODE_PA, program(BigInt(CODE_PA), ['ld a1,0(a0)', 'ebreak']));
    core.setX(10, BigInt(DATA_PA));
    const mprvM = MSTATUS_MPRV | (BigInt(Priv.M) << MSTATUS_MPP_SHIFT);
    expect(runFrom(core, Priv.M, BigInt(CODE_PA), pt.satp, mprvM).trap).toBeUndefined();
    expect(core.getX(11)).toBe(u64At(bytes, 0));
  });

  it('applies U-mode permissions to MPRV accesses when MPP = U', async () => {
    const { core, pt } = await machine();
    const va = 0x2000_0000n;
    pt.map(va, DATA_PA, R | W); // a supervisor page
    core.load(CODE_PA, program(BigInt(CODE_PA), ['ld a1,0(a0)', 'ebreak']));
    core.setX(10, va + 0x30n);
    const mprvU = MSTATUS_MPRV | (BigInt(Priv.U) << MSTATUS_MPP_SHIFT);
    const stop = runFrom(core, Priv.M, BigInt(CODE_PA), pt.satp, mprvU);
    expect(stop.trap).toEqual({ cause: CAUSE_LOAD_PAGE, tval: va + 0x30n, epc: BigInt(CODE_PA) });
  });

  it('clears MPRV on an mret to a mode below M (§3.1.6.3)', async () => {
    const { core, pt } = await machine();
    loadProgram(core, pt, ['ebreak'], R | X);
    core.load(CODE_PA + 0x800, program(BigInt(CODE_PA + 0x800), ['mret']));
    core.setCsr(CSR_MEPC, CODE_VA);
    const stop = runFrom(core, Priv.M, BigInt(CODE_PA + 0x800), pt.satp, MSTATUS_MPRV | (BigInt(Priv.S) << MSTATUS_MPP_SHIFT));
    expect(stop).toEqual({ pc: CODE_VA });
    expect(core.priv).toBe(Priv.S);
    expect(core.getCsr(CSR_MSTATUS) & MSTATUS_MPRV).toBe(0n);
  });
});
