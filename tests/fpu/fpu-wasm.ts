// Builds and loads the standalone FPU module (assembly/fpu-harness.ts) for tests: registers as bigints.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FpOp } from './fp-ops.ts';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// The WebAssembly global, typed locally: the project's TypeScript libraries (ES2022, no DOM) do not declare it.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface HarnessExports {
  fpExecute(insn: number): number;
  setF(r: number, lo: number, hi: number): void;
  getFLo(r: number): number;
  getFHi(r: number): number;
  setX(r: number, lo: number, hi: number): void;
  getXLo(r: number): number;
  getXHi(r: number): number;
  setFcsr(value: number): void;
  getFcsr(): number;
  softReference(op: number, dbl: number, rm: number, rd: number, rs1: number, rs2: number, rs3: number): number;
}

/** The FPU under test: one instruction at a time on its register file. */
export interface FpuHarness {
  /** Runs one instruction; 0 = done, 1 = illegal. */
  execute(insn: number): number;
  setF(r: number, value: bigint): void;
  getF(r: number): bigint;
  setX(r: number, value: bigint): void;
  getX(r: number): bigint;
  setFcsr(value: number): void;
  getFcsr(): number;
  /** The software float alone on f registers (op 0 add, 1 mul, 2 div, 3 sqrt, 4 fma); returns its flags. */
  softReference(op: number, dbl: boolean, rm: number, rd: number, rs1: number, rs2: number, rs3: number): number;
}

const mask32 = 0xffff_ffffn;

/** Compiles assembly/fpu-harness.ts with asc (as the release core is: -O3, stub runtime) into outFile. */
export function compileFpuHarness(outFile: string): void {
  const asc = join(repoRoot, 'node_modules/assemblyscript/bin/asc.js');
  execFileSync(process.execPath, [asc, 'assembly/fpu-harness.ts', '-o', outFile, '-O3', '--runtime', 'stub', '--noAssert'], {
    cwd: repoRoot,
    stdio: 'pipe',
  });
}

/** Instantiates a compiled harness. */
export function loadFpuHarness(wasmFile: string): FpuHarness {
  const module = new wasmApi.Module(readFileSync(wasmFile));
  const wasm = new wasmApi.Instance(module, {}).exports as HarnessExports;
  return {
    execute: (insn) => wasm.fpExecute(insn),
    setF: (r, value) => wasm.setF(r, Number(value & mask32), Number((value >> 32n) & mask32)),
    getF: (r) => (BigInt(wasm.getFHi(r) >>> 0) << 32n) | BigInt(wasm.getFLo(r) >>> 0),
    setX: (r, value) => wasm.setX(r, Number(value & mask32), Number((value >> 32n) & mask32)),
    getX: (r) => (BigInt(wasm.getXHi(r) >>> 0) << 32n) | BigInt(wasm.getXLo(r) >>> 0),
    setFcsr: (value) => wasm.setFcsr(value),
    getFcsr: () => wasm.getFcsr() >>> 0,
    softReference: (op, dbl, rm, rd, rs1, rs2, rs3) => wasm.softReference(op, dbl ? 1 : 0, rm, rd, rs1, rs2, rs3),
  };
}

/** The outcome of one instruction. */
export interface FpOutcome {
  status: number;
  /** The destination register (f or x) as 64 raw bits. */
  result: bigint;
  /** fflags after the instruction (cleared before it). */
  flags: number;
}

/**
 * Runs `op` with operands a, b, c (raw 64-bit register values; x1 for integer sources) and frm, with fflags cleared
 * first. Sources are f1, f2, f4 (or x1), the destination f3 (or x3).
 */
export function runFpOp(fpu: FpuHarness, op: FpOp, rm: number, frm: number, a: bigint, b = 0n, c = 0n): FpOutcome {
  fpu.setFcsr(frm << 5);
  if (op.shape === 'x_f') fpu.setX(1, a);
  else fpu.setF(1, a);
  fpu.setF(2, b);
  fpu.setF(4, c);
  const status = fpu.execute(op.encode(rm, 3, 1, 2, 4));
  const intResult = op.shape === 'ff_x' || op.shape === 'f_x';
  return { status, result: intResult ? fpu.getX(3) : fpu.getF(3), flags: fpu.getFcsr() & 31 };
}
