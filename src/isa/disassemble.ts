// Disassembly and assembly through the instruction table: text in the style of GNU objdump (ABI names, no pseudos).
import { decode, INSTRUCTIONS, X_NAMES, F_NAMES, RM_NAMES, type InstructionDef } from './instructions.ts';

const signExtend = (v: number, bits: number): number => (v << (32 - bits)) >> (32 - bits);

/** Immediate decoders per format (unprivileged spec §2.3). */
const immI = (b: number): number => b >> 20;
const immS = (b: number): number => ((b >> 25) << 5) | ((b >>> 7) & 31);
const immB = (b: number): number =>
  signExtend(((b >>> 31) << 12) | (((b >>> 7) & 1) << 11) | (((b >>> 25) & 0x3f) << 5) | (((b >>> 8) & 0xf) << 1), 13);
const immJ = (b: number): number =>
  signExtend(((b >>> 31) << 20) | (((b >>> 12) & 0xff) << 12) | (((b >>> 20) & 1) << 11) | (((b >>> 21) & 0x3ff) << 1), 21);
const FENCE_BITS = 'iorw';
const fenceSet = (v: number): string => [...FENCE_BITS].filter((_, i) => v & (8 >> i)).join('') || '0';

/** Operand text of a decoded instruction; `pc` resolves branch and jump targets. */
function operands(row: InstructionDef, b: number, pc: bigint): string {
  const rd = (b >>> 7) & 31, rs1 = (b >>> 15) & 31, rs2 = (b >>> 20) & 31, rs3 = b >>> 27, rm = (b >>> 12) & 7;
  const x = X_NAMES, f = F_NAMES;
  const withRm = (s: string): string => (rm === 7 ? s : `${s},${RM_NAMES[rm]}`);
  const target = (off: number): string => BigInt.asUintN(64, pc + BigInt(off)).toString(16);
  switch (row.format) {
    case 'R': return `${x[rd]},${x[rs1]},${x[rs2]}`;
    case 'I': return `${x[rd]},${x[rs1]},${immI(b)}`;
    case 'L': return `${x[rd]},${immI(b)}(${x[rs1]})`;
    case 'S': return `${x[rs2]},${immS(b)}(${x[rs1]})`;
    case 'B': return `${x[rs1]},${x[rs2]},${target(immB(b))}`;
    case 'U': return `${x[rd]},0x${(b >>> 12).toString(16)}`;
    case 'J': return `${x[rd]},${target(immJ(b))}`;
    case 'SH6': return `${x[rd]},${x[rs1]},0x${((b >>> 20) & 63).toString(16)}`;
    case 'SH5': return `${x[rd]},${x[rs1]},0x${rs2.toString(16)}`;
    case 'CSR': return `${x[rd]},0x${(b >>> 20).toString(16)},${x[rs1]}`;
    case 'CSRI': return `${x[rd]},0x${(b >>> 20).toString(16)},${rs1}`;
    case 'NONE': return '';
    case 'FENCE': return `${fenceSet((b >>> 24) & 15)},${fenceSet((b >>> 20) & 15)}`;
    case 'SFENCE': return `${x[rs1]},${x[rs2]}`;
    case 'AMO': return `${x[rd]},${x[rs2]},(${x[rs1]})`;
    case 'LR': return `${x[rd]},(${x[rs1]})`;
    case 'FR': return withRm(`${f[rd]},${f[rs1]},${f[rs2]}`);
    case 'FRX': return `${f[rd]},${f[rs1]},${f[rs2]}`;
    case 'FR4': return withRm(`${f[rd]},${f[rs1]},${f[rs2]},${f[rs3]}`);
    case 'F1': return withRm(`${f[rd]},${f[rs1]}`);
    case 'FXF': return withRm(`${x[rd]},${f[rs1]}`);
    case 'FFX': return withRm(`${f[rd]},${x[rs1]}`);
    case 'FCMP': return `${x[rd]},${f[rs1]},${f[rs2]}`;
    case 'FX1': return `${x[rd]},${f[rs1]}`;
    case 'FMVFX': return `${f[rd]},${x[rs1]}`;
    case 'FL': return `${f[rd]},${immI(b)}(${x[rs1]})`;
    case 'FS': return `${f[rs2]},${immS(b)}(${x[rs1]})`;
  }
}

/** The name with the A extension's ordering suffix (.aq, .rl, .aqrl) when present. */
function mnemonic(row: InstructionDef, b: number): string {
  if (row.format !== 'AMO' && row.format !== 'LR') return row.name;
  const aq = (b >>> 26) & 1, rl = (b >>> 25) & 1;
  return row.name + (aq && rl ? '.aqrl' : aq ? '.aq' : rl ? '.rl' : '');
}

/**
 * Disassembles one instruction (16-bit compressed forms are shown as their 32-bit expansion when `expand` is given).
 * Unknown encodings print as `.word 0x…` / `.short 0x…`.
 */
export function disassemble(bits: number, pc = 0n, expand?: (c: number) => number): string {
  let b = bits >>> 0;
  let prefix = '';
  if ((b & 3) !== 3) {
    const full = expand ? expand(b & 0xffff) : 0;
    if (!full) return `.short 0x${(b & 0xffff).toString(16).padStart(4, '0')}`;
    b = full >>> 0;
    prefix = 'c: ';
  }
  const row = decode(b);
  if (!row) return `${prefix}.word 0x${b.toString(16).padStart(8, '0')}`;
  const ops = operands(row, b, pc);
  return `${prefix}${mnemonic(row, b)}${ops ? ' ' + ops : ''}`;
}

/** Error thrown by `assemble` on text it cannot encode. */
export class AssembleError extends Error {}

const regIndex = (names: readonly string[], s: string): number => {
  const i = names.indexOf(s.trim());
  if (i < 0) throw new AssembleError(`unknown register ${s}`);
  return i;
};
const num = (s: string): number => {
  const t = s.trim();
  const v = t.startsWith('-0x') ? -parseInt(t.slice(3), 16) : t.startsWith('0x') ? parseInt(t.slice(2), 16) : parseInt(t, 10);
  if (!Number.isFinite(v)) throw new AssembleError(`bad number ${s}`);
  return v;
};
const memOperand = (s: string): [number, number] => {
  const m = /^(-?(?:0x)?[0-9a-f]+)\((\w+)\)$/.exec(s.trim());
  if (!m) throw new AssembleError(`bad memory operand ${s}`);
  return [num(m[1]), regIndex(X_NAMES, m[2])];
};
const rmIndex = (s: string | undefined): number => (s === undefined ? 7 : RM_NAMES.indexOf(s.trim()));
const fenceBits = (s: string): number => (s === '0' ? 0 : [...s].reduce((v, c) => v | (8 >> FENCE_BITS.indexOf(c)), 0));

/** Encodes one line of `disassemble`'s output back into bits (32-bit forms; `pc` resolves targets). */
export function assemble(text: string, pc = 0n): number {
  const space = text.indexOf(' ');
  let name = space < 0 ? text : text.slice(0, space);
  const ops = space < 0 ? [] : text.slice(space + 1).split(',');
  let ordering = 0;
  const ord = /\.(aqrl|aq|rl)$/.exec(name);
  if (ord && (name.startsWith('amo') || name.startsWith('lr') || name.startsWith('sc'))) {
    ordering = ord[1] === 'aqrl' ? 3 : ord[1] === 'aq' ? 2 : 1;
    name = name.slice(0, -ord[0].length);
  }
  const row = INSTRUCTIONS.find((r) => r.name === name);
  if (!row) throw new AssembleError(`unknown instruction ${name}`);
  const X = (s: string): number => regIndex(X_NAMES, s);
  const F = (s: string): number => regIndex(F_NAMES, s);
  const rel = (s: string): number => Number(BigInt.asIntN(64, BigInt('0x' + s.trim()) - pc));
  const r = (rd: number, rs1: number, rs2: number): number => (rd << 7) | (rs1 << 15) | (rs2 << 20);
  const i12 = (imm: number): number => (imm & 0xfff) << 20;
  const s12 = (imm: number): number => (((imm >> 5) & 0x7f) << 25) | ((imm & 31) << 7);
  let fields: number;
  switch (row.format) {
    case 'R': fields = r(X(ops[0]), X(ops[1]), X(ops[2])); break;
    case 'I': fields = r(X(ops[0]), X(ops[1]), 0) | i12(num(ops[2])); break;
    case 'L': { const [imm, base] = memOperand(ops[1]); fields = r(X(ops[0]), base, 0) | i12(imm); break; }
    case 'S': { const [imm, base] = memOperand(ops[1]); fields = r(0, base, X(ops[0])) | s12(imm); break; }
    case 'B': {
      const o = rel(ops[2]);
      fields = r(0, X(ops[0]), X(ops[1])) | (((o >> 12) & 1) << 31) | (((o >> 5) & 0x3f) << 25) | (((o >> 1) & 0xf) << 8) |
        (((o >> 11) & 1) << 7);
      break;
    }
    case 'U': fields = r(X(ops[0]), 0, 0) | (num(ops[1]) << 12); break;
    case 'J': {
      const o = rel(ops[1]);
      fields = r(X(ops[0]), 0, 0) | (((o >> 20) & 1) << 31) | (((o >> 1) & 0x3ff) << 21) | (((o >> 11) & 1) << 20) |
        (((o >> 12) & 0xff) << 12);
      break;
    }
    case 'SH6': fields = r(X(ops[0]), X(ops[1]), 0) | ((num(ops[2]) & 63) << 20); break;
    case 'SH5': fields = r(X(ops[0]), X(ops[1]), num(ops[2]) & 31); break;
    case 'CSR': fields = r(X(ops[0]), X(ops[2]), 0) | (num(ops[1]) << 20); break;
    case 'CSRI': fields = r(X(ops[0]), num(ops[2]), 0) | (num(ops[1]) << 20); break;
    case 'NONE': fields = 0; break;
    case 'FENCE': fields = (fenceBits(ops[0].trim()) << 24) | (fenceBits(ops[1].trim()) << 20); break;
    case 'SFENCE': fields = r(0, X(ops[0]), X(ops[1])); break;
    case 'AMO': fields = r(X(ops[0]), X(ops[2].trim().slice(1, -1)), X(ops[1])) | (ordering << 25); break;
    case 'LR': fields = r(X(ops[0]), X(ops[1].trim().slice(1, -1)), 0) | (ordering << 25); break;
    case 'FR': fields = r(F(ops[0]), F(ops[1]), F(ops[2])) | (rmIndex(ops[3]) << 12); break;
    case 'FRX': fields = r(F(ops[0]), F(ops[1]), F(ops[2])); break;
    case 'FR4': fields = r(F(ops[0]), F(ops[1]), F(ops[2])) | (F(ops[3]) << 27) | (rmIndex(ops[4]) << 12); break;
    case 'F1': fields = r(F(ops[0]), F(ops[1]), 0) | (rmIndex(ops[2]) << 12); break;
    case 'FXF': fields = r(X(ops[0]), F(ops[1]), 0) | (rmIndex(ops[2]) << 12); break;
    case 'FFX': fields = r(F(ops[0]), X(ops[1]), 0) | (rmIndex(ops[2]) << 12); break;
    case 'FCMP': fields = r(X(ops[0]), F(ops[1]), F(ops[2])); break;
    case 'FX1': fields = r(X(ops[0]), F(ops[1]), 0); break;
    case 'FMVFX': fields = r(F(ops[0]), X(ops[1]), 0); break;
    case 'FL': { const [imm, base] = memOperand(ops[1]); fields = r(F(ops[0]), base, 0) | i12(imm); break; }
    case 'FS': { const [imm, base] = memOperand(ops[1]); fields = r(0, base, F(ops[0])) | s12(imm); break; }
  }
  return (row.match | fields) >>> 0;
}
