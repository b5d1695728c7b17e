// One timed run of a bare benchmark ELF with runProgram, the same code in Node and in the Chromium bench worker.
import { runProgram, type RunResult } from '../../src/run-program.ts';

/** RAM of the benchmark machine: the size bench/programs.ts gives the same ELFs. */
const RAM_BYTES = 32 << 20;

/** What one run did and how long it took. */
export interface ProgramRun {
  instructions: number;
  /** Wall time around runProgram: core instantiation, ELF loading and the run (as bench/programs.ts times it). */
  seconds: number;
  reason: RunResult['reason'];
  exitCode: number;
  /** Everything the program wrote to the UART. */
  output: string;
}

/** Runs `elf` to completion on a new instance of `module` (runProgram's 1 M-instruction slices) and times it. */
export async function timedRun(module: WebAssembly.Module, elf: Uint8Array, name: string): Promise<ProgramRun> {
  let output = '';
  const decoder = new TextDecoder();
  const start = performance.now();
  const result = await runProgram(module, elf, { ramBytes: RAM_BYTES, output: (bytes) => (output += decoder.decode(bytes, { stream: true })) }, name);
  const seconds = (performance.now() - start) / 1000;
  return { instructions: result.instructions, seconds, reason: result.reason, exitCode: result.exitCode, output };
}
