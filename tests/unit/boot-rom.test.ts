// The reset ROM: decode its hand-written instructions, run them on a tiny model of those six instructions, check fw_dynamic_info.

import { describe, expect, it } from 'vitest';
import {
  buildBootRom,
  dtbAddress,
  FW_DYNAMIC_INFO_MAGIC,
  ROM_FW_DYNAMIC_INFO_OFFSET,
  ROM_IMAGE_SIZE,
} from '../../src/machine/boot-rom.ts';
import { BOOT_ROM_BASE } from '../../src/machine/table.ts';

const signExtend = (v: number, bits: number): number => (v << (32 - bits)) >> (32 - bits);

/** Executes the ROM from BOOT_ROM_BASE, knowing only auipc, addi, csrrs (mhartid), ld and jalr; returns registers and pc. */
function runRom(rom: Uint8Array, hartId: number): { x: bigint[]; pc: bigint } {
  const view = new DataView(rom.buffer);
  const x = new Array<bigint>(32).fill(0n);
  let pc = BigInt(BOOT_ROM_BASE);
  for (let steps = 0; steps < 16; steps++) {
    const insn = view.getUint32(Number(pc) - BOOT_ROM_BASE, true);
    const opcode = insn & 0x7f;
    const rd = (insn >> 7) & 31;
    const funct3 = (insn >> 12) & 7;
    const rs1 = (insn >> 15) & 31;
    const immI = BigInt(signExtend(insn >>> 20, 12));
    let next = pc + 4n;
    let value: bigint | undefined;
    if (opcode === 0x17) value = pc + BigInt(insn & 0xfffff000); // auipc
    else if (opcode === 0x13 && funct3 === 0) value = x[rs1] + immI; // addi
    else if (opcode === 0x73 && funct3 === 2 && rs1 === 0 && insn >>> 20 === 0xf14) value = BigInt(hartId); // csrr rd, mhartid
    else if (opcode === 0x03 && funct3 === 3) value = view.getBigUint64(Number(x[rs1] + immI) - BOOT_ROM_BASE, true); // ld
    else if (opcode === 0x67 && funct3 === 0) {
      next = (x[rs1] + immI) & ~1n; // jalr
      value = pc + 4n;
    } else throw new Error(`unexpected instruction 0x${insn.toString(16)} at 0x${pc.toString(16)}`);
    if (rd !== 0) x[rd] = BigInt.asUintN(64, value);
    if (opcode === 0x67) return { x, pc: next };
    pc = next;
  }
  throw new Error('the ROM did not jump');
}

describe('boot ROM', () => {
  const params = { startAddress: 0x8000_0000, dtbAddress: 0x87e0_0000, nextAddress: 0x8020_0000, bootHart: 0 };

  it('sets a0 = hart id, a1 = DTB, a2 = &fw_dynamic_info and jumps to the start address', () => {
    const rom = buildBootRom(params);
    expect(rom.length).toBe(ROM_IMAGE_SIZE);
    for (const hart of [0, 3]) {
      const { x, pc } = runRom(rom, hart);
      expect(x[10]).toBe(BigInt(hart));
      expect(x[11]).toBe(BigInt(params.dtbAddress));
      expect(x[12]).toBe(BigInt(BOOT_ROM_BASE + ROM_FW_DYNAMIC_INFO_OFFSET));
      expect(pc).toBe(BigInt(params.startAddress));
    }
  });

  it('jumps to addresses above 4 GiB intact', () => {
    const { x, pc } = runRom(buildBootRom({ ...params, startAddress: 0x1_2345_6000, dtbAddress: 0x1_0000_0000 }), 0);
    expect(pc).toBe(0x1_2345_6000n);
    expect(x[11]).toBe(0x1_0000_0000n);
  });

  it('holds an OpenSBI fw_dynamic_info (version 2, next mode S)', () => {
    const rom = buildBootRom({ ...params, bootHart: 1 });
    const view = new DataView(rom.buffer);
    const field = (i: number): bigint => view.getBigUint64(ROM_FW_DYNAMIC_INFO_OFFSET + 8 * i, true);
    expect(field(0)).toBe(BigInt(FW_DYNAMIC_INFO_MAGIC));
    expect(new TextDecoder().decode(rom.subarray(ROM_FW_DYNAMIC_INFO_OFFSET, ROM_FW_DYNAMIC_INFO_OFFSET + 4))).toBe('OSBI');
    expect(field(1)).toBe(2n);
    expect(field(2)).toBe(0x8020_0000n);
    expect(field(3)).toBe(1n);
    expect(field(4)).toBe(0n);
    expect(field(5)).toBe(1n);
  });

  it('refuses addresses that are not non-negative safe integers', () => {
    expect(() => buildBootRom({ ...params, startAddress: -4 })).toThrow(/not a valid address/);
    expect(() => buildBootRom({ ...params, dtbAddress: 2 ** 60 })).toThrow(/not a valid address/);
  });
});

describe('DTB placement', () => {
  it('puts the DTB 2 MiB-aligned at the top of RAM, below 3 GiB, as QEMU 7.2 does', () => {
    // QEMU 7.2 with -m 128M passed this tree at 0x87e00000 (OpenSBI's "Next Arg1").
    expect(dtbAddress(128 << 20, 2647)).toBe(0x87e0_0000);
    expect(dtbAddress(128 << 20, 2 << 20)).toBe(0x87e0_0000);
    expect(dtbAddress(128 << 20, (2 << 20) + 1)).toBe(0x87c0_0000);
    expect(dtbAddress(4 * 1024 ** 3, 4000)).toBe(0xbfe0_0000);
    expect(dtbAddress(4 * 1024 ** 3, 4000, 0x1_0000_0000)).toBe(0x1_ffe0_0000);
  });

  it('refuses RAM too small to hold it', () => {
    expect(() => dtbAddress(1 << 20, (1 << 20) + 8)).toThrow(/no 2 MiB-aligned room/);
  });
});
