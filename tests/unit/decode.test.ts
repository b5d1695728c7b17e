// Decode tests: every instruction-table row round-trips through the disassembler, the core decodes exactly the table,
// and the core's compressed expansion agrees with GNU objdump on all 16-bit encodings.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { INSTRUCTIONS, decode, type InstructionDef, type Format } from '../../src/isa/instructions.ts';
import { disassemble, assemble } from '../../src/isa/disassemble.ts';
import { Core, Priv, RAM_BASE, type MmioPort } from '../../src/core/core.ts';
import { loadCoreModule } from '../../src/core/load-core.ts';

/** Random operand sets tried per table row. */
const SAMPLES_PER_ROW = 200;
/** Random 32-bit words that match no row, each of which must be an illegal instruction. */
const UNMATCHED_RANDOM_WORDS = 10_000;
/** Near misses per row: a valid encoding with one or two fixed (mask) bits flipped. */
const NEAR_MISSES_PER_ROW = 40;

/** Deterministic xorshift32 generator, so a failure names encodings that reproduce. */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

const hex32 = (v: number): string => `0x${(v >>> 0).toString(16).padStart(8, '0')}`;

/** An encoding of `row` with its don't-care (operand) bits taken from `random`. */
const encodeRandom = (row: InstructionDef, random: number): number => (row.match | (random & ~row.mask)) >>> 0;

/** Every row whose mask and match accept `bits`. */
const matchingRows = (bits: number): InstructionDef[] =>
  INSTRUCTIONS.filter((r) => ((bits & r.mask) >>> 0) === r.match);

/** Formats whose funct3 field is a rounding mode (unprivileged spec §11.2: rm 5 and 6 are reserved, 7 = frm). */
const ROUNDING_FORMATS: ReadonlySet<Format> = new Set<Format>(['FR', 'FR4', 'F1', 'FXF', 'FFX']);
/** Bits 14..12: funct3, or the rounding mode in ROUNDING_FORMATS. */
const funct3 = (bits: number): number => (bits >>> 12) & 7;

/** The opcode of the MISC-MEM group (FENCE, FENCE.I). */
const MISC_MEM = 0x0f;

/**
 * FENCE and FENCE.I words the table does not list but the spec requires to execute: unprivileged spec §2.7 says base
 * implementations shall ignore FENCE's rs1 and rd and treat reserved fm/pred/succ settings as a normal fence, and
 * chapter 3 (Zifencei) says they shall ignore FENCE.I's imm, rs1 and rd. The table keeps those fields fixed at zero
 * (the canonical forms the disassembler prints; it has no FENCE.TSO row, fm = 1000), so the core executes more
 * MISC-MEM words than the table matches, exactly as the spec demands.
 */
const isSpecIgnoredFenceField = (bits: number): boolean => (bits & 0x7f) === MISC_MEM && funct3(bits) <= 1;

describe('instruction table', () => {
  it('has no two rows that accept the same encoding', () => {
    const overlaps: string[] = [];
    for (let i = 0; i < INSTRUCTIONS.length; i++) {
      for (let j = i + 1; j < INSTRUCTIONS.length; j++) {
        const a = INSTRUCTIONS[i], b = INSTRUCTIONS[j];
        // Some word matches both iff the matches agree on every bit that both masks fix.
        if ((((a.match ^ b.match) & a.mask & b.mask) >>> 0) === 0) overlaps.push(`${a.name} / ${b.name}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('has rows whose match bits lie inside their mask and that are 32-bit encodings', () => {
    for (const row of INSTRUCTIONS) {
      expect((row.match & ~row.mask) >>> 0, row.name).toBe(0);
      expect(row.match & 3, row.name).toBe(3);
    }
  });

  it('round-trips every row with random operands through disassemble and assemble', () => {
    const next = prng(0x5eed_0001);
    const failures: string[] = [];
    for (const row of INSTRUCTIONS) {
      for (let k = 0; k < SAMPLES_PER_ROW; k++) {
        const bits = encodeRandom(row, next());
        const pc = 0x8000_0000n + BigInt(next() & ~1);
        const rows = matchingRows(bits);
        if (rows.length !== 1 || rows[0] !== row || decode(bits) !== row) {
          failures.push(`${row.name} ${hex32(bits)}: decodes as ${rows.map((r) => r.name).join('+') || 'nothing'}`);
          continue;
        }
        const text = disassemble(bits, pc);
        let back: number;
        try {
          back = assemble(text, pc);
        } catch (e) {
          failures.push(`${row.name} ${hex32(bits)}: "${text}" does not assemble: ${(e as Error).message}`);
          continue;
        }
        if (back !== bits) failures.push(`${row.name} ${hex32(bits)}: "${text}" assembles to ${hex32(back)}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('prints encodings that match no row as data', () => {
    const next = prng(0x5eed_0002);
    let seen = 0;
    while (seen < 200) {
      const bits = (next() | 3) >>> 0;
      if (decode(bits)) continue;
      seen++;
      expect(disassemble(bits)).toBe(`.word ${hex32(bits)}`);
    }
  });
});

// ---- Executing single instructions in the core ----

/** Where the instruction under test sits, and where every integer register points (data for loads and stores). */
const CODE = RAM_BASE + 0x1000;
const DATA = RAM_BASE + 0x20_0000;
const CSR_FCSR = 0x003;
const CSR_MSCRATCH = 0x340;
const CSR_MSTATUS = 0x300;
const CSR_MTVEC = 0x305;
const CSR_MCAUSE = 0x342;
const CSR_MTVAL = 0x343;
const MSTATUS_MPP_M = 3n << 11n;
const MSTATUS_FS_INITIAL = 1n << 13n;
/** A value mcause never takes: it shows that no trap was taken. */
const NO_TRAP = 0xdeadn;
const CAUSE_ILLEGAL = 2n;

/** A bus with nothing on it: every access outside RAM is an access fault. */
const emptyBus: MmioPort = { read: () => null, write: () => false };

/** What executing one instruction did: the trap cause (undefined when none) and mtval. */
interface Outcome {
  cause: bigint | undefined;
  tval: bigint;
}

/**
 * Runs `bits` as the only instruction, in M-mode with `frm` as the dynamic rounding mode and FP on (FS = Initial)
 * unless `fpOff`.
 */
function executeOne(core: Core, bits: number, frm = 0, fpOff = false): Outcome {
  const view = new DataView(core.ram.buffer, core.ram.byteOffset);
  view.setUint32(CODE - RAM_BASE, bits, true);
  for (let r = 1; r < 32; r++) core.setX(r, BigInt(DATA));
  core.setCsr(CSR_MSTATUS, MSTATUS_MPP_M | (fpOff ? 0n : MSTATUS_FS_INITIAL));
  core.setCsr(CSR_FCSR, BigInt(frm << 5));
  core.setCsr(CSR_MTVEC, BigInt(RAM_BASE));
  core.setCsr(CSR_MCAUSE, NO_TRAP);
  core.setCsr(CSR_MTVAL, 0n);
  core.priv = Priv.M;
  core.pc = BigInt(CODE);
  core.run(1);
  const cause = core.getCsr(CSR_MCAUSE);
  return { cause: cause === NO_TRAP ? undefined : cause, tval: core.getCsr(CSR_MTVAL) };
}

/**
 * An encoding of `row` that M-mode may legally execute: CSR rows name mscratch (a CSR that exists and is writable;
 * other numbers may rightly be illegal), and rounding-mode fields avoid the reserved values 5 and 6.
 */
function legalEncoding(row: InstructionDef, random: number): number {
  let bits = encodeRandom(row, random);
  if (row.format === 'CSR' || row.format === 'CSRI') bits = ((bits & 0x000f_ffff) | (CSR_MSCRATCH << 20)) >>> 0;
  if (ROUNDING_FORMATS.has(row.format) && (funct3(bits) === 5 || funct3(bits) === 6)) bits = (bits | (7 << 12)) >>> 0;
  return bits;
}

/** Exception causes (privileged spec table 3.6). */
const CAUSE_BREAKPOINT = 3n;
const CAUSE_LOAD_ACCESS = 5n;
const CAUSE_STORE_ACCESS = 7n;
const CAUSE_ECALL_M = 11n;
/** Formats of the F and D instructions (all of them touch FP state). */
const FP_FORMATS: ReadonlySet<Format> = new Set<Format>(
  ['FR', 'FRX', 'FR4', 'F1', 'FXF', 'FFX', 'FCMP', 'FX1', 'FMVFX', 'FL', 'FS'],
);
const LOAD_FORMATS: ReadonlySet<Format> = new Set<Format>(['L', 'FL', 'LR']);
const STORE_FORMATS: ReadonlySet<Format> = new Set<Format>(['S', 'FS', 'AMO']);

/**
 * The trap executeOne must see for a legal encoding: ecall and ebreak trap by definition, and a memory access based
 * on x0 reaches an address near 0 where nothing is mapped (an access fault); every other register points into RAM.
 */
function expectedCause(row: InstructionDef, bits: number): bigint | undefined {
  if (row.name === 'ecall') return CAUSE_ECALL_M;
  if (row.name === 'ebreak') return CAUSE_BREAKPOINT;
  const baseIsZero = ((bits >>> 15) & 31) === 0;
  if (baseIsZero && LOAD_FORMATS.has(row.format)) return CAUSE_LOAD_ACCESS;
  if (baseIsZero && STORE_FORMATS.has(row.format)) return CAUSE_STORE_ACCESS;
  return undefined;
}

describe('the core decodes exactly the table', () => {
  let core: Core;
  beforeAll(async () => {
    core = await Core.create(await loadCoreModule(), 4 << 20, emptyBus);
  });

  it('executes every table row: no illegal instruction, and only the traps its operands call for', () => {
    const next = prng(0x5eed_0003);
    const failures: string[] = [];
    let illegal = 0;
    for (const row of INSTRUCTIONS) {
      for (let k = 0; k < SAMPLES_PER_ROW; k++) {
        const bits = legalEncoding(row, next());
        const { cause } = executeOne(core, bits);
        if (cause === CAUSE_ILLEGAL) illegal++;
        const want = expectedCause(row, bits);
        if (cause !== want) failures.push(`${row.name} ${hex32(bits)} (${disassemble(bits)}): cause ${cause ?? 'none'}, want ${want ?? 'none'}`);
      }
    }
    expect(illegal).toBe(0);
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('raises illegal instruction for the reserved rounding modes 5 and 6, and for rm = dyn when frm is 5, 6 or 7', () => {
    // Unprivileged spec §11.2: rm values 101 and 110 are reserved; with frm set to an invalid value, an instruction
    // using the dynamic mode raises illegal instruction. Spike and QEMU raise it for every instruction with an rm field.
    const next = prng(0x5eed_0004);
    const failures: string[] = [];
    for (const row of INSTRUCTIONS.filter((r) => ROUNDING_FORMATS.has(r.format))) {
      for (const rm of [5, 6]) {
        const bits = ((encodeRandom(row, next()) & ~(7 << 12)) | (rm << 12)) >>> 0;
        const { cause, tval } = executeOne(core, bits);
        if (cause !== CAUSE_ILLEGAL || tval !== BigInt(bits)) failures.push(`${row.name} rm=${rm} ${hex32(bits)}: cause ${cause}`);
      }
      for (const frm of [5, 6, 7]) {
        const bits = (encodeRandom(row, next()) | (7 << 12)) >>> 0;
        const { cause } = executeOne(core, bits, frm);
        if (cause !== CAUSE_ILLEGAL) failures.push(`${row.name} frm=${frm} ${hex32(bits)}: cause ${cause}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('raises illegal instruction for every F and D row while mstatus.FS is Off (privileged spec §3.1.6.6)', () => {
    const next = prng(0x5eed_0007);
    const failures: string[] = [];
    for (const row of INSTRUCTIONS.filter((r) => FP_FORMATS.has(r.format))) {
      for (let k = 0; k < 20; k++) {
        const bits = legalEncoding(row, next());
        const { cause, tval } = executeOne(core, bits, 0, true);
        if (cause !== CAUSE_ILLEGAL || tval !== BigInt(bits)) failures.push(`${row.name} ${hex32(bits)}: cause ${cause}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('raises illegal instruction with mtval = the word for random words that match no row', () => {
    const next = prng(0x5eed_0005);
    const words: number[] = [];
    while (words.length < UNMATCHED_RANDOM_WORDS) {
      const bits = (next() | 3) >>> 0;
      if (!decode(bits) && !isSpecIgnoredFenceField(bits)) words.push(bits);
    }
    // Near misses probe the decoder's edges: a valid encoding with fixed bits (funct3/funct7/rs2 fields...) flipped.
    for (const row of INSTRUCTIONS) {
      const fixed = (row.mask & ~3) >>> 0;
      let found = 0;
      for (let tries = 0; found < NEAR_MISSES_PER_ROW && tries < 50 * NEAR_MISSES_PER_ROW; tries++) {
        let bits = encodeRandom(row, next());
        for (let flips = 1 + (next() & 1); flips > 0; flips--) {
          let bit: number;
          do bit = next() & 31; while (!((fixed >>> bit) & 1));
          bits = (bits ^ (1 << bit)) >>> 0;
        }
        if (decode(bits) || isSpecIgnoredFenceField(bits)) continue;
        words.push(bits);
        found++;
      }
    }
    const failures: string[] = [];
    for (const bits of words) {
      const { cause, tval } = executeOne(core, bits);
      if (cause !== CAUSE_ILLEGAL || tval !== BigInt(bits)) {
        failures.push(`${hex32(bits)}: cause ${cause ?? 'none'}, mtval 0x${tval.toString(16)}`);
      }
    }
    expect(words.length).toBeGreaterThan(UNMATCHED_RANDOM_WORDS + 5 * INSTRUCTIONS.length);
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('executes FENCE and FENCE.I with nonzero reserved fields as fences (unprivileged spec §2.7, ch. 3)', () => {
    const next = prng(0x5eed_0006);
    for (let k = 0; k < 200; k++) {
      const bits = ((next() & ~0x707f) | MISC_MEM | ((k & 1) << 12)) >>> 0;
      const { cause } = executeOne(core, bits);
      expect(cause, hex32(bits)).toBeUndefined();
      expect(core.pc, hex32(bits)).toBe(BigInt(CODE + 4));
    }
  });
});

// ---- Compressed instructions ----

/** One line of the objdump fixture: the 16-bit value, and objdump's text for it at address `pc`. */
interface ObjdumpLine {
  c: number;
  pc: bigint;
  text: string;
}

/** GNU objdump 2.40's disassembly of all 16-bit encodings (tests/unit/fixtures/make-rvc-objdump.sh). */
function readObjdumpFixture(): ObjdumpLine[] {
  const gz = readFileSync(new URL('./fixtures/rvc-objdump.txt.gz', import.meta.url));
  return gunzipSync(gz).toString('utf8').trimEnd().split('\n').map((line, i) => {
    const [c, text] = line.split('\t');
    return { c: parseInt(c, 16), pc: BigInt(2 * i), text };
  });
}

/**
 * Where binutils 2.40 decodes an encoding the spec reserves. The core follows the spec; each entry says why.
 */
const BINUTILS_QUIRKS: ReadonlyMap<number, string> = new Map([
  // Unprivileged spec §16.5: "C.ADDI16SP is only valid when nzimm≠0; the code point with nzimm=0 is reserved."
  // objdump prints it as c.addi16sp sp,0.
  [0x6101, 'C.ADDI16SP with nzimm = 0 is reserved'],
]);

/** Whether the value is no instruction per objdump (.2byte; c.unimp is 0x0000, defined illegal in §16.5) or per the spec. */
const isReserved = (c: number, text: string): boolean =>
  text.startsWith('.2byte') || text === 'c.unimp' || BINUTILS_QUIRKS.has(c);

/**
 * objdump's `c.*` text rewritten as the 32-bit instruction it stands for, in `disassemble`'s syntax
 * (unprivileged spec §16.8, RVC instruction listings: each compressed form and its base equivalent).
 */
function baseForm(objdumpText: string): string {
  const text = objdumpText.replace(/ # .*$/, ''); // objdump's comments (an address or a value) are not operands
  const space = text.indexOf(' ');
  const name = space < 0 ? text : text.slice(0, space);
  const ops = space < 0 ? [] : text.slice(space + 1).split(',');
  const target = (t: string): string => t.replace(/^0x/, '');
  const base = name.slice(2);
  switch (name) {
    case 'c.addi': case 'c.addiw': case 'c.andi': case 'c.slli': case 'c.srli': case 'c.srai':
      return `${base} ${ops[0]},${ops[0]},${ops[1]}`;
    // RV128's 64-bit shifts: on RV64 the shamt = 0 encodings are HINTs that expand to a shift by 0 (§16.5).
    case 'c.slli64': case 'c.srli64': case 'c.srai64':
      return `${base.slice(0, -2)} ${ops[0]},${ops[0]},0x0`;
    case 'c.li': return `addi ${ops[0]},zero,${ops[1]}`;
    case 'c.lui': return `lui ${ops[0]},${ops[1]}`;
    case 'c.addi16sp': return `addi sp,sp,${ops[1]}`;
    case 'c.addi4spn': return `addi ${ops[0]},sp,${ops[2]}`;
    case 'c.sub': case 'c.xor': case 'c.or': case 'c.and': case 'c.subw': case 'c.addw': case 'c.add':
      return `${base} ${ops[0]},${ops[0]},${ops[1]}`;
    case 'c.mv': return `add ${ops[0]},zero,${ops[1]}`;
    case 'c.jr': return `jalr zero,${ops[0]},0`;
    case 'c.jalr': return `jalr ra,${ops[0]},0`;
    case 'c.ebreak': return 'ebreak';
    case 'c.j': return `jal zero,${target(ops[0])}`;
    case 'c.beqz': return `beq ${ops[0]},zero,${target(ops[1])}`;
    case 'c.bnez': return `bne ${ops[0]},zero,${target(ops[1])}`;
    case 'c.lw': case 'c.ld': case 'c.fld': case 'c.sw': case 'c.sd': case 'c.fsd': return `${base} ${ops.join(',')}`;
    case 'c.lwsp': case 'c.ldsp': case 'c.fldsp': case 'c.swsp': case 'c.sdsp': case 'c.fsdsp':
      return `${base.slice(0, -2)} ${ops.join(',')}`;
  }
  throw new Error(`no base form for objdump's "${text}"`);
}

describe('compressed instructions', () => {
  let core: Core;
  beforeAll(async () => {
    core = await Core.create(await loadCoreModule(), 4 << 20, emptyBus);
  });

  it('expand to 0 (reserved) or to a 32-bit encoding the table decodes, for all 16-bit values', () => {
    const failures: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if ((c & 3) === 3) continue;
      const e = core.expand(c);
      if (e !== 0 && !decode(e)) failures.push(`0x${c.toString(16)} -> ${hex32(e)}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('expand to what GNU objdump decodes, and are reserved exactly where objdump knows no instruction', () => {
    const lines = readObjdumpFixture();
    expect(lines.length).toBe(0xc000);
    const failures: string[] = [];
    for (const { c, pc, text } of lines) {
      const e = core.expand(c);
      const got = e === 0 ? 'reserved' : disassemble(e, pc);
      const want = isReserved(c, text) ? 'reserved' : baseForm(text);
      if (got !== want) failures.push(`0x${c.toString(16).padStart(4, '0')} (${text}): core ${got}, objdump ${want}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('raise illegal instruction with mtval = the 16 bits when reserved', () => {
    const failures: string[] = [];
    let reserved = 0;
    for (let c = 0; c < 0x10000; c++) {
      if ((c & 3) === 3 || core.expand(c) !== 0) continue;
      reserved++;
      // The next parcel is c.nop: only the reserved parcel can trap.
      const { cause, tval } = executeOne(core, (0x0001 << 16) | c);
      if (cause !== CAUSE_ILLEGAL || tval !== BigInt(c)) failures.push(`0x${c.toString(16)}: cause ${cause}, mtval ${tval}`);
    }
    expect(reserved).toBeGreaterThan(2000);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
