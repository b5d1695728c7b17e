// The C extension: every 16-bit encoding expanded once, at init, to its 32-bit equivalent (unprivileged spec ch. 16).
import { RVC_TABLE } from "./layout";

@inline function bits(x: u32, hi: u32, lo: u32): u32 { return (x >> lo) & ((1 << (hi - lo + 1)) - 1); }
@inline function bit(x: u32, b: u32): u32 { return (x >> b) & 1; }
/** Sign-extends the low `width` bits. */
@inline function sext(x: u32, width: u32): i32 { return (<i32>(x << (32 - width))) >> (32 - width); }

@inline function iType(op: u32, rd: u32, f3: u32, rs1: u32, imm: i32): u32 {
  return ((<u32>imm & 0xFFF) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
}
@inline function sType(op: u32, f3: u32, rs1: u32, rs2: u32, imm: i32): u32 {
  const u = <u32>imm;
  return (bits(u, 11, 5) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (bits(u, 4, 0) << 7) | op;
}
@inline function rType(op: u32, rd: u32, f3: u32, rs1: u32, rs2: u32, f7: u32): u32 {
  return (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
}
@inline function bType(f3: u32, rs1: u32, rs2: u32, imm: i32): u32 {
  const u = <u32>imm;
  return (bit(u, 12) << 31) | (bits(u, 10, 5) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
    (bits(u, 4, 1) << 8) | (bit(u, 11) << 7) | 0x63;
}
@inline function jType(rd: u32, imm: i32): u32 {
  const u = <u32>imm;
  return (bit(u, 20) << 31) | (bits(u, 10, 1) << 21) | (bit(u, 11) << 20) | (bits(u, 19, 12) << 12) | (rd << 7) | 0x6F;
}

// 32-bit major opcodes the expansions produce.
@inline const LOAD: u32 = 0x03;
@inline const LOAD_FP: u32 = 0x07;
@inline const OP_IMM: u32 = 0x13;
@inline const OP_IMM_32: u32 = 0x1B;
@inline const STORE: u32 = 0x23;
@inline const STORE_FP: u32 = 0x27;
@inline const OP: u32 = 0x33;
@inline const OP_32: u32 = 0x3B;
@inline const LUI: u32 = 0x37;
@inline const JALR: u32 = 0x67;
@inline const EBREAK: u32 = 0x00100073;

/** The 32-bit instruction equivalent to the compressed instruction `c`, or 0 when `c` is reserved or illegal. */
export function expandCompressed(c: u32): u32 {
  const quadrant = c & 3;
  const f3 = bits(c, 15, 13);
  const rdp = bits(c, 4, 2) + 8; // rd' / rs2'
  const rs1p = bits(c, 9, 7) + 8; // rs1' / rd'
  const rd = bits(c, 11, 7);
  const rs2 = bits(c, 6, 2);
  const imm6 = sext((bit(c, 12) << 5) | bits(c, 6, 2), 6);
  if (quadrant == 0) {
    const uimmW = (bits(c, 12, 10) << 3) | (bit(c, 6) << 2) | (bit(c, 5) << 6);
    const uimmD = (bits(c, 12, 10) << 3) | (bits(c, 6, 5) << 6);
    switch (f3) {
      case 0: { // C.ADDI4SPN
        const nzuimm = (bits(c, 12, 11) << 4) | (bits(c, 10, 7) << 6) | (bit(c, 6) << 2) | (bit(c, 5) << 3);
        return nzuimm == 0 ? 0 : iType(OP_IMM, rdp, 0, 2, <i32>nzuimm);
      }
      case 1: return iType(LOAD_FP, rdp, 3, rs1p, <i32>uimmD); // C.FLD
      case 2: return iType(LOAD, rdp, 2, rs1p, <i32>uimmW); // C.LW
      case 3: return iType(LOAD, rdp, 3, rs1p, <i32>uimmD); // C.LD
      case 5: return sType(STORE_FP, 3, rs1p, rdp, <i32>uimmD); // C.FSD
      case 6: return sType(STORE, 2, rs1p, rdp, <i32>uimmW); // C.SW
      case 7: return sType(STORE, 3, rs1p, rdp, <i32>uimmD); // C.SD
    }
    return 0;
  }
  if (quadrant == 1) {
    switch (f3) {
      case 0: return iType(OP_IMM, rd, 0, rd, imm6); // C.ADDI (C.NOP, hints)
      case 1: return rd == 0 ? 0 : iType(OP_IMM_32, rd, 0, rd, imm6); // C.ADDIW
      case 2: return iType(OP_IMM, rd, 0, 0, imm6); // C.LI
      case 3: {
        if (rd == 2) { // C.ADDI16SP
          const nz = sext((bit(c, 12) << 9) | (bit(c, 6) << 4) | (bit(c, 5) << 6) | (bits(c, 4, 3) << 7) |
            (bit(c, 2) << 5), 10);
          return nz == 0 ? 0 : iType(OP_IMM, 2, 0, 2, nz);
        }
        if (imm6 == 0) return 0; // C.LUI with nzimm = 0 is reserved
        return ((<u32>imm6 << 12) & 0xFFFFF000) | (rd << 7) | LUI;
      }
      case 4: {
        const shamt = (bit(c, 12) << 5) | bits(c, 6, 2);
        switch (bits(c, 11, 10)) {
          case 0: return iType(OP_IMM, rs1p, 5, rs1p, <i32>shamt); // C.SRLI
          case 1: return iType(OP_IMM, rs1p, 5, rs1p, <i32>(shamt | 0x400)); // C.SRAI
          case 2: return iType(OP_IMM, rs1p, 7, rs1p, imm6); // C.ANDI
        }
        const op2 = bits(c, 6, 5);
        if (bit(c, 12) == 0) {
          switch (op2) {
            case 0: return rType(OP, rs1p, 0, rs1p, rdp, 0x20); // C.SUB
            case 1: return rType(OP, rs1p, 4, rs1p, rdp, 0); // C.XOR
            case 2: return rType(OP, rs1p, 6, rs1p, rdp, 0); // C.OR
            default: return rType(OP, rs1p, 7, rs1p, rdp, 0); // C.AND
          }
        }
        if (op2 == 0) return rType(OP_32, rs1p, 0, rs1p, rdp, 0x20); // C.SUBW
        if (op2 == 1) return rType(OP_32, rs1p, 0, rs1p, rdp, 0); // C.ADDW
        return 0;
      }
      case 5: { // C.J
        const off = sext((bit(c, 12) << 11) | (bit(c, 11) << 4) | (bits(c, 10, 9) << 8) | (bit(c, 8) << 10) |
          (bit(c, 7) << 6) | (bit(c, 6) << 7) | (bits(c, 5, 3) << 1) | (bit(c, 2) << 5), 12);
        return jType(0, off);
      }
      default: { // C.BEQZ, C.BNEZ
        const off = sext((bit(c, 12) << 8) | (bits(c, 11, 10) << 3) | (bits(c, 6, 5) << 6) | (bits(c, 4, 3) << 1) |
          (bit(c, 2) << 5), 9);
        return bType(f3 == 6 ? 0 : 1, rs1p, 0, off);
      }
    }
  }
  if (quadrant == 2) {
    const ldsp = (bit(c, 12) << 5) | (bits(c, 6, 5) << 3) | (bits(c, 4, 2) << 6);
    const lwsp = (bit(c, 12) << 5) | (bits(c, 6, 4) << 2) | (bits(c, 3, 2) << 6);
    const sdsp = (bits(c, 12, 10) << 3) | (bits(c, 9, 7) << 6);
    const swsp = (bits(c, 12, 9) << 2) | (bits(c, 8, 7) << 6);
    switch (f3) {
      case 0: return iType(OP_IMM, rd, 1, rd, <i32>((bit(c, 12) << 5) | rs2)); // C.SLLI
      case 1: return iType(LOAD_FP, rd, 3, 2, <i32>ldsp); // C.FLDSP
      case 2: return rd == 0 ? 0 : iType(LOAD, rd, 2, 2, <i32>lwsp); // C.LWSP
      case 3: return rd == 0 ? 0 : iType(LOAD, rd, 3, 2, <i32>ldsp); // C.LDSP
      case 4: {
        if (bit(c, 12) == 0) {
          if (rs2 == 0) return rd == 0 ? 0 : iType(JALR, 0, 0, rd, 0); // C.JR
          return rType(OP, rd, 0, 0, rs2, 0); // C.MV
        }
        if (rs2 == 0) return rd == 0 ? EBREAK : iType(JALR, 1, 0, rd, 0); // C.EBREAK, C.JALR
        return rType(OP, rd, 0, rd, rs2, 0); // C.ADD
      }
      case 5: return sType(STORE_FP, 3, 2, rs2, <i32>sdsp); // C.FSDSP
      case 6: return sType(STORE, 2, 2, rs2, <i32>swsp); // C.SWSP
      default: return sType(STORE, 3, 2, rs2, <i32>sdsp); // C.SDSP
    }
  }
  return 0; // quadrant 3 is a 32-bit instruction, never looked up here
}

/** Fills the expansion table that the interpreter indexes with the 16-bit instruction. */
export function buildRvcTable(): void {
  for (let c: u32 = 0; c < 0x10000; c++) store<u32>(RVC_TABLE + (c << 2), expandCompressed(c));
}
