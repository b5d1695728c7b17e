// The reset ROM at 0x1000 (QEMU-virt style): a0 = hart id, a1 = DTB address, a2 = &fw_dynamic_info, then jump to the start address.
// Same layout as QEMU 7.2's riscv_setup_rom_reset_vec(), so OpenSBI's fw_dynamic finds what it expects.

import { RAM_BASE } from './table.ts';

/** OpenSBI's fw_dynamic_info magic ("OSBI" little-endian; include/sbi/fw_dynamic.h). */
export const FW_DYNAMIC_INFO_MAGIC = 0x4942534f;
/** fw_dynamic_info version with the boot_hart field. */
export const FW_DYNAMIC_INFO_VERSION = 2;
/** fw_dynamic_info next_mode: supervisor. */
export const FW_DYNAMIC_INFO_NEXT_MODE_S = 1;

/** Byte offset in the ROM of the 8-byte start address the code jumps to. */
export const ROM_START_ADDR_OFFSET = 24;
/** Byte offset of the 8-byte DTB address loaded into a1. */
export const ROM_DTB_ADDR_OFFSET = 32;
/** Byte offset of fw_dynamic_info (six 8-byte fields: magic, version, next_addr, next_mode, options, boot_hart). */
export const ROM_FW_DYNAMIC_INFO_OFFSET = 40;
/** Total ROM image size in bytes. */
export const ROM_IMAGE_SIZE = ROM_FW_DYNAMIC_INFO_OFFSET + 6 * 8;

/** What the reset code needs to know. All addresses are physical and below 2^53. */
export interface BootRomParams {
  /** Where the ROM jumps: the firmware (OpenSBI) or, without one, the kernel or ELF entry. */
  readonly startAddress: number;
  /** Device tree blob address, passed in a1. */
  readonly dtbAddress: number;
  /** fw_dynamic_info.next_addr: where the firmware continues in S-mode (the kernel). */
  readonly nextAddress: number;
  /** fw_dynamic_info.boot_hart: the hart that boots (others wait in the firmware). */
  readonly bootHart?: number;
}

/**
 * The reset code. Each word is written by hand; t0 = x5, a0 = x10, a1 = x11, a2 = x12.
 * Offsets in the immediates are the ROM_*_OFFSET constants above (the test decodes them back).
 */
const RESET_CODE = [
  0x00000297, // 0x00: auipc t0, 0          U-type: t0 = pc (0x1000)
  0x02828613, // 0x04: addi  a2, t0, 40     I-type: a2 = &fw_dynamic_info
  0xf1402573, // 0x08: csrr  a0, mhartid    csrrs a0, 0xf14, zero
  0x0202b583, // 0x0c: ld    a1, 32(t0)     I-type load, funct3 3: a1 = DTB address
  0x0182b283, // 0x10: ld    t0, 24(t0)     t0 = start address
  0x00028067, // 0x14: jr    t0             jalr zero, 0(t0)
];

/** The ROM image: the reset code followed by the start address, the DTB address and fw_dynamic_info. */
export function buildBootRom(params: BootRomParams): Uint8Array {
  const rom = new Uint8Array(ROM_IMAGE_SIZE);
  const view = new DataView(rom.buffer);
  RESET_CODE.forEach((insn, i) => view.setUint32(i * 4, insn, true));
  const u64 = (offset: number, value: number): void => {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`boot ROM: ${value} is not a valid address`);
    view.setUint32(offset, value % 0x1_0000_0000, true);
    view.setUint32(offset + 4, Math.floor(value / 0x1_0000_0000), true);
  };
  u64(ROM_START_ADDR_OFFSET, params.startAddress);
  u64(ROM_DTB_ADDR_OFFSET, params.dtbAddress);
  const info = [
    FW_DYNAMIC_INFO_MAGIC,
    FW_DYNAMIC_INFO_VERSION,
    params.nextAddress,
    FW_DYNAMIC_INFO_NEXT_MODE_S,
    0, // options: none
    params.bootHart ?? 0,
  ];
  info.forEach((v, i) => u64(ROM_FW_DYNAMIC_INFO_OFFSET + i * 8, v));
  return rom;
}

const MiB = 1024 * 1024;

/**
 * Where the DTB goes, as QEMU 7.2's riscv_load_fdt() places it: as high as possible so that the kernel and initrd do not
 * overwrite it, 2 MiB-aligned, ending at or below the end of RAM or 3 GiB (so 32-bit code can reach it), whichever is lower.
 * Throws when RAM is too small to hold it; with 2 MiB of RAM or less it lands at RAM_BASE, over the program, as on QEMU.
 */
export function dtbAddress(ramBytes: number, dtbSize: number, ramBase: number = RAM_BASE): number {
  const ramEnd = ramBase + ramBytes;
  const top = ramBase < 3072 * MiB ? Math.min(ramEnd, 3072 * MiB) : ramEnd;
  const addr = Math.floor((top - dtbSize) / (2 * MiB)) * (2 * MiB);
  if (addr < ramBase) throw new Error(`boot: ${ramBytes} bytes of RAM leave no 2 MiB-aligned room for a ${dtbSize}-byte device tree`);
  return addr;
}
