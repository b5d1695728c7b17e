// Builds tiny bare-metal RV64 ELF programs for the browser tests (M-mode at 0x8000_0000, interrupts off): one that
// spins in a tight loop and one that floods the UART, to check the page stays responsive whatever the guest does.

const LOAD_ADDRESS = 0x8000_0000n;

/** `j .`: a loop that never exits to the shell (RISC-V unprivileged spec, 2.5 "Control Transfer Instructions"). */
export const SPIN_PROGRAM = [0x0000_006f];

/** Writes 'A' to the 16550's THR at 0x1000_0000 forever: an MMIO exit per byte, as fast as the machine goes. */
export const FLOOD_PROGRAM = [
  0x1000_0537, // lui  a0, 0x10000
  0x0410_0593, // addi a1, zero, 'A'
  0x00b5_0023, // sb   a1, 0(a0)
  0xffdf_f06f, // j    -4 (back to the sb)
];

/** An ELF-64 executable holding `words` at the load address, its entry point (ELF-64 object file format). */
export function bareElf(words: number[]): Uint8Array {
  const headerSize = 64;
  const programHeaderSize = 56;
  const codeOffset = headerSize + programHeaderSize;
  const codeSize = BigInt(words.length * 4);
  const file = new Uint8Array(codeOffset + words.length * 4);
  const view = new DataView(file.buffer);
  file.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]); // \x7fELF, 64-bit, little-endian, version 1
  view.setUint16(16, 2, true); // e_type: EXEC
  view.setUint16(18, 243, true); // e_machine: RISC-V
  view.setUint32(20, 1, true); // e_version
  view.setBigUint64(24, LOAD_ADDRESS, true); // e_entry
  view.setBigUint64(32, BigInt(headerSize), true); // e_phoff
  view.setUint16(52, headerSize, true); // e_ehsize
  view.setUint16(54, programHeaderSize, true); // e_phentsize
  view.setUint16(56, 1, true); // e_phnum
  view.setUint16(58, 64, true); // e_shentsize (no sections)
  view.setUint32(headerSize, 1, true); // p_type: LOAD
  view.setUint32(headerSize + 4, 5, true); // p_flags: R+X
  view.setBigUint64(headerSize + 8, BigInt(codeOffset), true); // p_offset
  view.setBigUint64(headerSize + 16, LOAD_ADDRESS, true); // p_vaddr
  view.setBigUint64(headerSize + 24, LOAD_ADDRESS, true); // p_paddr
  view.setBigUint64(headerSize + 32, codeSize, true); // p_filesz
  view.setBigUint64(headerSize + 40, codeSize, true); // p_memsz
  view.setBigUint64(headerSize + 48, 4n, true); // p_align
  words.forEach((word, index) => view.setUint32(codeOffset + index * 4, word, true));
  return file;
}
