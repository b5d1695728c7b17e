// Replays the lines of a verbose fp-diff run on QEMU ("V name rm frm a b c result flags") through the FPU module and
// reports every difference. Usage: npx tsx tests/fpu/replay-qemu.ts <qemu-output.txt> [harness.wasm]
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fpOp } from './fp-ops.ts';
import { compileFpuHarness, loadFpuHarness, runFpOp } from './fpu-wasm.ts';

const [inputFile, wasmArgument] = process.argv.slice(2);
if (!inputFile) {
  console.error('usage: replay-qemu.ts <qemu-output.txt> [harness.wasm]');
  process.exit(2);
}
let wasmFile = wasmArgument;
if (!wasmFile) {
  wasmFile = join(tmpdir(), 'fpu-replay.wasm');
  compileFpuHarness(wasmFile);
}
const fpu = loadFpuHarness(wasmFile);
const hex = (v: bigint, digits: number) => v.toString(16).padStart(digits, '0');
let checked = 0;
let mismatches = 0;
const perOp = new Map<string, number>();
for (const line of readFileSync(inputFile, 'utf8').split('\n')) {
  if (!line.startsWith('V ')) continue;
  const [, name, rmText, frmText, aText, bText, cText, resultText, flagsText] = line.trim().split(' ');
  const op = fpOp(name!);
  const rm = Number(rmText);
  const outcome = runFpOp(fpu, op, rm, Number(frmText), BigInt(`0x${aText}`), BigInt(`0x${bText}`), BigInt(`0x${cText}`));
  checked++;
  const expected = BigInt(`0x${resultText}`);
  const expectedFlags = Number.parseInt(flagsText!, 16);
  if (outcome.status !== 0 || outcome.result !== expected || outcome.flags !== expectedFlags) {
    mismatches++;
    perOp.set(name!, (perOp.get(name!) ?? 0) + 1);
    if (mismatches <= 60) {
      console.log(`${line.trim()}  got ${hex(outcome.result, 16)} ${hex(BigInt(outcome.flags), 2)} status ${outcome.status}`);
    }
  }
}
console.log(`checked ${checked}, mismatches ${mismatches}`);
for (const [name, count] of perOp) console.log(`  ${name}: ${count}`);
process.exit(mismatches === 0 && checked > 0 ? 0 : 1);
