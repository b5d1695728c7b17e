// The bare-program runner and its CLI: exit statuses, bounded runs, clear errors for bad files.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { runProgram } from '../../src/run-program.ts';
import { loadCoreModule } from '../../src/core/load-core.ts';
import { ImageError, parseElf } from '../../src/loader/elf.ts';
import { assemble } from '../../src/isa/disassemble.ts';

const elf = readFileSync(new URL('../../guests/isa-tests/build/rv64ui-p-add.elf', import.meta.url));
let core: WebAssembly.Module;
beforeAll(async () => {
  core = await loadCoreModule();
});

/** A copy of `elf` with one 32-bit instruction replaced at a file offset. */
function patched(offset: number, insn: number): Uint8Array {
  const copy = new Uint8Array(elf);
  new DataView(copy.buffer).setUint32(offset, insn, true);
  return copy;
}

/**
 * A copy of `elf` whose code starts with `lines` (assembled at the text segment's address). `%tohost_hi` and
 * `%tohost_lo` give tohost relative to the first line (put the auipc there).
 */
function withProgram(lines: string[]): Uint8Array {
  const image = parseElf(elf);
  const text = image.segments[0];
  const tohost = image.symbols.get('tohost')!;
  const copy = new Uint8Array(elf);
  const dv = new DataView(copy.buffer);
  const fileOffset = text.data.byteOffset - elf.byteOffset;
  lines.forEach((line, i) => {
    const pc = text.addr + 4 * i;
    const delta = tohost - text.addr;
    const hi = (delta + 0x800) >> 12;
    const text2 = line.replace('%tohost_hi', `0x${(hi & 0xfffff).toString(16)}`).replace('%tohost_lo', String(delta - (hi << 12)));
    dv.setUint32(fileOffset + 4 * i, assemble(text2, BigInt(pc)), true);
  });
  return copy;
}

describe('runProgram', () => {
  it('sees a tohost write after an atomic on the same page (no write translation is cached there)', async () => {
    const program = withProgram([
      'auipc t1,%tohost_hi', 'addi t1,t1,%tohost_lo', // t1 = &tohost
      'addi t2,t1,64', 'amoadd.w zero,zero,(t2)', // an AMO on the tohost page
      'addi t0,zero,1', 'sd t0,0(t1)', // pass
    ]);
    const result = await runProgram(core, program, { maxInstructions: 1_000_000 });
    expect(result).toMatchObject({ reason: 'tohost', exitCode: 0 });
  });

  it('reports a program waiting for an interrupt that can never come as idle', async () => {
    // mtimecmp = 0 has fired, but MTIE is off: the wfi loop can never end.
    const program = withProgram(['lui t0,0x2004', 'sd zero,0(t0)', 'wfi', 'jal zero,' + (parseElf(elf).segments[0].addr + 8).toString(16)]);
    const result = await runProgram(core, program, { maxInstructions: 50_000_000 });
    expect(result.reason).toBe('idle');
  });

  it('reports the failing test number from tohost', async () => {
    // Make the program's first instruction jump straight to its fail path by writing tohost = (7 << 1) | 1 ourselves.
    const image = parseElf(elf);
    const tohost = image.symbols.get('tohost')!;
    const text = image.segments[0];
    const fileOffset = text.data.byteOffset - elf.byteOffset;
    // li t0, 15 ; auipc t1, hi(tohost - pc) ; sd t0, lo(t1)
    const delta = tohost - text.addr - 4;
    const hi = (delta + 0x800) >> 12;
    const lo = delta - (hi << 12);
    let program = patched(fileOffset, (15 << 20) | (5 << 7) | 0x13);
    program = new Uint8Array(program);
    const dv = new DataView(program.buffer);
    dv.setUint32(fileOffset + 4, ((hi & 0xfffff) << 12) | (6 << 7) | 0x17, true);
    dv.setUint32(fileOffset + 8, (((lo >> 5) & 0x7f) << 25) | (5 << 20) | (6 << 15) | (3 << 12) | ((lo & 31) << 7) | 0x23, true);
    const result = await runProgram(core, program);
    expect(result).toMatchObject({ reason: 'tohost', exitCode: 7 });
  });

  it('stops a program that never ends at the instruction limit', async () => {
    const image = parseElf(elf);
    const fileOffset = image.segments[0].data.byteOffset - elf.byteOffset;
    const result = await runProgram(core, patched(fileOffset, 0x0000006f), { maxInstructions: 5_000_000 }); // j .
    expect(result.reason).toBe('limit');
    expect(result.instructions).toBe(5_000_000);
  });

  it('ends a program that traps to an address it cannot fetch', async () => {
    const image = parseElf(elf);
    const fileOffset = image.segments[0].data.byteOffset - elf.byteOffset;
    // An illegal instruction with mtvec still 0 (its reset value): the handler address has no memory.
    const result = await runProgram(core, patched(fileOffset, 0xffffffff), { maxInstructions: 50_000_000 });
    expect(result.reason).toBe('crash');
    expect(result.instructions).toBeLessThan(2_000_000);
  });

  it('prints what the program writes to the UART', async () => {
    const image = parseElf(elf);
    const fileOffset = image.segments[0].data.byteOffset - elf.byteOffset;
    // lui t0, 0x10000 ; li t1, 'A' ; sb t1, 0(t0) ; j .
    const p = patched(fileOffset, (0x10000 << 12) | (5 << 7) | 0x37);
    const dv = new DataView(p.buffer);
    dv.setUint32(fileOffset + 4, (65 << 20) | (6 << 7) | 0x13, true);
    dv.setUint32(fileOffset + 8, (6 << 20) | (5 << 15) | 0x23, true);
    dv.setUint32(fileOffset + 12, 0x0000006f, true);
    const out: number[] = [];
    await runProgram(core, p, { maxInstructions: 100, output: (b) => out.push(...b) });
    expect(String.fromCharCode(...out)).toBe('A');
  });

  it('refuses a segment larger than memory before allocating it', async () => {
    const big = new Uint8Array(elf);
    const dv = new DataView(big.buffer);
    const phoff = Number(dv.getBigUint64(32, true));
    const phentsize = dv.getUint16(54, true);
    for (let i = 0; i < dv.getUint16(56, true); i++) {
      const ph = phoff + i * phentsize;
      if (dv.getUint32(ph, true) === 1) dv.setBigUint64(ph + 40, 3n << 30n, true); // p_memsz = 3 GiB
    }
    await expect(runProgram(core, big)).rejects.toThrow(/outside the machine's memory/);
  });

  it('refuses files that are not RISC-V ELF executables, naming the problem', () => {
    expect(() => parseElf(new TextEncoder().encode('hello'), 'x')).toThrow(/not an ELF file/);
    expect(() => parseElf(elf.subarray(0, 40), 'x')).toThrow(/truncated/);
    const wrongMachine = new Uint8Array(elf);
    wrongMachine[18] = 62; // EM_X86_64
    expect(() => parseElf(wrongMachine, 'x')).toThrow(/not a RISC-V ELF/);
    const truncated = elf.subarray(0, 0x200);
    expect(() => parseElf(truncated, 'x')).toThrow(ImageError);
  });
});

describe('tabvisor run (CLI)', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [new URL('../../src/cli/tabvisor.js', import.meta.url).pathname, ...args], { encoding: 'utf8' });

  it('exits 0 for a passing program', () => {
    const r = cli(['run', new URL('../../guests/isa-tests/build/rv64ui-p-add.elf', import.meta.url).pathname]);
    expect(r.status).toBe(0);
  });

  it('gives a one-line error and a non-zero status for a bad file', () => {
    const r = cli(['run', new URL('../../package.json', import.meta.url).pathname]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not an ELF file/);
  });

  it('traces disassembled instructions and honours --max-insns', () => {
    const r = cli(['run', new URL('../../guests/isa-tests/build/rv64ui-p-add.elf', import.meta.url).pathname, '--trace', '--max-insns', '3']);
    expect(r.status).toBe(124);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^M 0000000080000000 [0-9a-f]+ +\S/);
    expect(lines).toHaveLength(4); // three instructions and the limit message
  });
});
