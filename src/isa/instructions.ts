// The instruction table: one row per RV64GC instruction (mask, match, name, operand format). The disassembler,
// the assembler used by tests, and the decode tests all read it; the interpreter's switch follows the same encodings.

/** Operand layouts (what the fields mean and how they print). */
export type Format =
  | 'R' | 'I' | 'L' | 'S' | 'B' | 'U' | 'J' | 'SH6' | 'SH5' | 'CSR' | 'CSRI' | 'NONE' | 'FENCE' | 'SFENCE'
  | 'AMO' | 'LR' | 'FR' | 'FRX' | 'FR4' | 'F1' | 'FXF' | 'FFX' | 'FCMP' | 'FX1' | 'FMVFX' | 'FL' | 'FS';

/** One instruction: `bits & mask === match` identifies it. */
export interface InstructionDef {
  name: string;
  mask: number;
  match: number;
  format: Format;
}

const MASKS: Record<Format, number> = {
  R: 0xfe00707f, I: 0x707f, L: 0x707f, S: 0x707f, B: 0x707f, U: 0x7f, J: 0x7f, SH6: 0xfc00707f, SH5: 0xfe00707f,
  CSR: 0x707f, CSRI: 0x707f, NONE: 0xffffffff, FENCE: 0xf00fffff, SFENCE: 0xfe007fff, AMO: 0xf800707f,
  LR: 0xf9f0707f, FR: 0xfe00007f, FRX: 0xfe00707f, FR4: 0x0600007f, F1: 0xfff0007f, FXF: 0xfff0007f,
  FFX: 0xfff0007f, FCMP: 0xfe00707f, FX1: 0xfff0707f, FMVFX: 0xfff0707f, FL: 0x707f, FS: 0x707f,
};

const rows: InstructionDef[] = [];
function def(name: string, format: Format, match: number): void {
  rows.push({ name, format, mask: MASKS[format], match: match >>> 0 });
}
/** opcode | funct3 << 12 | funct7 << 25 */
const enc = (opcode: number, f3 = 0, f7 = 0): number => (opcode | (f3 << 12) | (f7 << 25)) >>> 0;

// RV64I (unprivileged spec ch. 2 and 5).
def('lui', 'U', 0x37);
def('auipc', 'U', 0x17);
def('jal', 'J', 0x6f);
def('jalr', 'I', enc(0x67, 0));
['beq', 'bne', '', '', 'blt', 'bge', 'bltu', 'bgeu'].forEach((n, f3) => n && def(n, 'B', enc(0x63, f3)));
['lb', 'lh', 'lw', 'ld', 'lbu', 'lhu', 'lwu'].forEach((n, f3) => def(n, 'L', enc(0x03, f3)));
['sb', 'sh', 'sw', 'sd'].forEach((n, f3) => def(n, 'S', enc(0x23, f3)));
def('addi', 'I', enc(0x13, 0));
def('slti', 'I', enc(0x13, 2));
def('sltiu', 'I', enc(0x13, 3));
def('xori', 'I', enc(0x13, 4));
def('ori', 'I', enc(0x13, 6));
def('andi', 'I', enc(0x13, 7));
def('slli', 'SH6', enc(0x13, 1));
def('srli', 'SH6', enc(0x13, 5));
def('srai', 'SH6', enc(0x13, 5) | (0x10 << 26));
['add', 'sll', 'slt', 'sltu', 'xor', 'srl', 'or', 'and'].forEach((n, f3) => def(n, 'R', enc(0x33, f3)));
def('sub', 'R', enc(0x33, 0, 0x20));
def('sra', 'R', enc(0x33, 5, 0x20));
def('addiw', 'I', enc(0x1b, 0));
def('slliw', 'SH5', enc(0x1b, 1));
def('srliw', 'SH5', enc(0x1b, 5));
def('sraiw', 'SH5', enc(0x1b, 5, 0x20));
def('addw', 'R', enc(0x3b, 0));
def('subw', 'R', enc(0x3b, 0, 0x20));
def('sllw', 'R', enc(0x3b, 1));
def('srlw', 'R', enc(0x3b, 5));
def('sraw', 'R', enc(0x3b, 5, 0x20));
def('fence', 'FENCE', 0x0f);
def('fence.i', 'NONE', 0x100f);
def('ecall', 'NONE', 0x73);
def('ebreak', 'NONE', 0x100073);
// Zicsr.
['csrrw', 'csrrs', 'csrrc'].forEach((n, i) => def(n, 'CSR', enc(0x73, i + 1)));
['csrrwi', 'csrrsi', 'csrrci'].forEach((n, i) => def(n, 'CSRI', enc(0x73, i + 5)));
// Privileged (privileged spec §3.3, §4.2.1).
def('mret', 'NONE', 0x30200073);
def('sret', 'NONE', 0x10200073);
def('wfi', 'NONE', 0x10500073);
def('sfence.vma', 'SFENCE', 0x12000073);
// M.
['mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu'].forEach((n, f3) => def(n, 'R', enc(0x33, f3, 1)));
def('mulw', 'R', enc(0x3b, 0, 1));
['divw', 'divuw', 'remw', 'remuw'].forEach((n, i) => def(n, 'R', enc(0x3b, i + 4, 1)));
// A (funct5 in bits 31..27).
for (const [suffix, f3] of [['w', 2], ['d', 3]] as const) {
  def(`lr.${suffix}`, 'LR', enc(0x2f, f3) | (0x02 << 27));
  def(`sc.${suffix}`, 'AMO', enc(0x2f, f3) | (0x03 << 27));
  const amos: [string, number][] = [['amoswap', 0x01], ['amoadd', 0x00], ['amoxor', 0x04], ['amoand', 0x0c], ['amoor', 0x08],
    ['amomin', 0x10], ['amomax', 0x14], ['amominu', 0x18], ['amomaxu', 0x1c]];
  for (const [n, f5] of amos) def(`${n}.${suffix}`, 'AMO', (enc(0x2f, f3) | (f5 << 27)) >>> 0);
}
// F and D (fmt 0 = S, 1 = D in bits 26..25).
for (const [s, fmt, width] of [['s', 0, 2], ['d', 1, 3]] as const) {
  def(`fl${s === 's' ? 'w' : 'd'}`, 'FL', enc(0x07, width));
  def(`fs${s === 's' ? 'w' : 'd'}`, 'FS', enc(0x27, width));
  def(`fmadd.${s}`, 'FR4', 0x43 | (fmt << 25));
  def(`fmsub.${s}`, 'FR4', 0x47 | (fmt << 25));
  def(`fnmsub.${s}`, 'FR4', 0x4b | (fmt << 25));
  def(`fnmadd.${s}`, 'FR4', 0x4f | (fmt << 25));
  const op = (f5: number, f3 = 0): number => enc(0x53, f3, (f5 << 2) | fmt);
  def(`fadd.${s}`, 'FR', op(0x00));
  def(`fsub.${s}`, 'FR', op(0x01));
  def(`fmul.${s}`, 'FR', op(0x02));
  def(`fdiv.${s}`, 'FR', op(0x03));
  def(`fsqrt.${s}`, 'F1', op(0x0b));
  def(`fsgnj.${s}`, 'FRX', op(0x04, 0));
  def(`fsgnjn.${s}`, 'FRX', op(0x04, 1));
  def(`fsgnjx.${s}`, 'FRX', op(0x04, 2));
  def(`fmin.${s}`, 'FRX', op(0x05, 0));
  def(`fmax.${s}`, 'FRX', op(0x05, 1));
  def(`fle.${s}`, 'FCMP', op(0x14, 0));
  def(`flt.${s}`, 'FCMP', op(0x14, 1));
  def(`feq.${s}`, 'FCMP', op(0x14, 2));
  def(`fclass.${s}`, 'FX1', op(0x1c, 1));
  ['w', 'wu', 'l', 'lu'].forEach((int, i) => {
    def(`fcvt.${int}.${s}`, 'FXF', op(0x18) | (i << 20));
    def(`fcvt.${s}.${int}`, 'FFX', op(0x1a) | (i << 20));
  });
  def(`fmv.x.${s === 's' ? 'w' : 'd'}`, 'FX1', op(0x1c, 0));
  def(`fmv.${s === 's' ? 'w' : 'd'}.x`, 'FMVFX', op(0x1e, 0));
}
def('fcvt.s.d', 'F1', enc(0x53, 0, 0x20) | (1 << 20));
def('fcvt.d.s', 'F1', enc(0x53, 0, 0x21));

/** Every RV64GC instruction this core implements, in 32-bit form (compressed ones expand to these). */
export const INSTRUCTIONS: readonly InstructionDef[] = rows;

/** The table row matching `bits`, or undefined for an encoding no instruction has. */
export function decode(bits: number): InstructionDef | undefined {
  const b = bits >>> 0;
  for (const row of rows) if (((b & row.mask) >>> 0) === row.match) return row;
  return undefined;
}

/** ABI names of the integer registers. */
export const X_NAMES = ['zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2', 's0', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6'];
/** ABI names of the floating-point registers. */
export const F_NAMES = ['ft0', 'ft1', 'ft2', 'ft3', 'ft4', 'ft5', 'ft6', 'ft7', 'fs0', 'fs1', 'fa0', 'fa1', 'fa2', 'fa3',
  'fa4', 'fa5', 'fa6', 'fa7', 'fs2', 'fs3', 'fs4', 'fs5', 'fs6', 'fs7', 'fs8', 'fs9', 'fs10', 'fs11', 'ft8', 'ft9',
  'ft10', 'ft11'];
/** Rounding-mode names by rm value (7 = dynamic, printed as nothing). */
export const RM_NAMES = ['rne', 'rtz', 'rdn', 'rup', 'rmm', 'rm5', 'rm6', 'dyn'];
