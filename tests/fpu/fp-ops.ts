// Encodings of every RV64F/RV64D instruction that fpExecute handles, by assembler name, for the FPU tests.

/** Operand shape: which register files the sources and the result use. */
export type FpShape = 'ff_f' | 'f_f' | 'fff_f' | 'ff_x' | 'f_x' | 'x_f';

/** One instruction: its shape and how to encode it with a given rounding-mode field. */
export interface FpOp {
  name: string;
  shape: FpShape;
  /** Whether funct3 is a rounding mode (false: funct3 selects the function). */
  usesRm: boolean;
  encode(rm: number, rd: number, rs1: number, rs2: number, rs3: number): number;
}

const OP_FP = 0x53;

function rType(funct7: number, rs2Field: number | null, fixedFunct3: number | null, shape: FpShape, name: string): FpOp {
  return {
    name,
    shape,
    usesRm: fixedFunct3 === null,
    encode: (rm, rd, rs1, rs2) =>
      ((funct7 << 25) | ((rs2Field ?? rs2) << 20) | (rs1 << 15) | ((fixedFunct3 ?? rm) << 12) | (rd << 7) | OP_FP) >>> 0,
  };
}

function r4Type(opcode: number, fmt: number, name: string): FpOp {
  return {
    name,
    shape: 'fff_f',
    usesRm: true,
    encode: (rm, rd, rs1, rs2, rs3) =>
      ((rs3 << 27) | (fmt << 25) | (rs2 << 20) | (rs1 << 15) | (rm << 12) | (rd << 7) | opcode) >>> 0,
  };
}

function forFormat(suffix: 's' | 'd'): FpOp[] {
  const fmt = suffix === 'd' ? 1 : 0;
  const intNames = ['w', 'wu', 'l', 'lu'];
  const ops: FpOp[] = [
    rType(0x00 | fmt, null, null, 'ff_f', `fadd.${suffix}`),
    rType(0x04 | fmt, null, null, 'ff_f', `fsub.${suffix}`),
    rType(0x08 | fmt, null, null, 'ff_f', `fmul.${suffix}`),
    rType(0x0c | fmt, null, null, 'ff_f', `fdiv.${suffix}`),
    rType(0x2c | fmt, 0, null, 'f_f', `fsqrt.${suffix}`),
    r4Type(0x43, fmt, `fmadd.${suffix}`),
    r4Type(0x47, fmt, `fmsub.${suffix}`),
    r4Type(0x4b, fmt, `fnmsub.${suffix}`),
    r4Type(0x4f, fmt, `fnmadd.${suffix}`),
    rType(0x10 | fmt, null, 0, 'ff_f', `fsgnj.${suffix}`),
    rType(0x10 | fmt, null, 1, 'ff_f', `fsgnjn.${suffix}`),
    rType(0x10 | fmt, null, 2, 'ff_f', `fsgnjx.${suffix}`),
    rType(0x14 | fmt, null, 0, 'ff_f', `fmin.${suffix}`),
    rType(0x14 | fmt, null, 1, 'ff_f', `fmax.${suffix}`),
    rType(0x50 | fmt, null, 0, 'ff_x', `fle.${suffix}`),
    rType(0x50 | fmt, null, 1, 'ff_x', `flt.${suffix}`),
    rType(0x50 | fmt, null, 2, 'ff_x', `feq.${suffix}`),
    rType(0x70 | fmt, 0, 1, 'f_x', `fclass.${suffix}`),
    rType(0x70 | fmt, 0, 0, 'f_x', suffix === 'd' ? 'fmv.x.d' : 'fmv.x.w'),
    rType(0x78 | fmt, 0, 0, 'x_f', suffix === 'd' ? 'fmv.d.x' : 'fmv.w.x'),
    suffix === 'd' ? rType(0x21, 0, null, 'f_f', 'fcvt.d.s') : rType(0x20, 1, null, 'f_f', 'fcvt.s.d'),
  ];
  intNames.forEach((intName, index) => {
    ops.push(rType(0x60 | fmt, index, null, 'f_x', `fcvt.${intName}.${suffix}`));
    ops.push(rType(0x68 | fmt, index, null, 'x_f', `fcvt.${suffix}.${intName}`));
  });
  return ops;
}

/** Every operation by name. */
export const fpOps: ReadonlyMap<string, FpOp> = new Map([...forFormat('s'), ...forFormat('d')].map((op) => [op.name, op]));

/** Looks an operation up by name; throws for an unknown name. */
export function fpOp(name: string): FpOp {
  const op = fpOps.get(name);
  if (!op) throw new Error(`unknown FP operation ${name}`);
  return op;
}
