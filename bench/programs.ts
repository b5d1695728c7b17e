// User-program benchmarks: one C workload on Tabvisor (bare metal), on qemu-riscv64 (Linux user) and natively.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../src/run-program.ts';
import { type Outcome, best, fixed, haveCommand, heading, line, millions, reason, secondsSince, timeProcess, times } from './measure.ts';

/** Where the workloads' sources, Makefile and committed ELFs are. */
export const PROGRAMS_DIR = fileURLToPath(new URL('./programs/', import.meta.url));

/** A workload: its name (cpu, fp) and what the report calls it. */
export interface Workload {
  name: 'cpu' | 'fp';
  title: string;
}

/** The measured figures of one workload. */
export interface ProgramResult {
  workload: Workload['name'];
  checksum: string;
  /** The fastest run's figures; `runs` are every run's seconds in order (the first also pays for V8's Wasm tier-up). */
  tabvisor: { instructions: number; seconds: number; mips: number; runs: number[] };
  qemu: Outcome<{ seconds: number; mips: number }>;
  native: Outcome<{ seconds: number }>;
}

const CHECKSUM = /^checksum ([0-9a-f]{16})$/m;

/** The checksum line a workload printed, or an error quoting what it printed instead. */
function checksumOf(output: string, who: string): string {
  const m = CHECKSUM.exec(output);
  if (!m) throw new Error(`${who} printed no checksum line; its output was: ${JSON.stringify(output.slice(-300))}`);
  return m[1];
}

/** Builds the native binaries into a temporary folder with the Makefile's flags, or says why it could not. */
export function buildNative(): { dir: string; cleanup: () => void } | { error: string } {
  if (!haveCommand('cc')) return { error: 'no host C compiler (cc): apt-get install gcc' };
  const dir = mkdtempSync(join(tmpdir(), 'tabvisor-bench-'));
  const make = spawnSync('make', ['-s', '-C', PROGRAMS_DIR, 'native', `NATIVE_DIR=${dir}`], { encoding: 'utf8' });
  if (make.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { error: `native build failed: ${(make.stderr || make.stdout).trim()}` };
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs one workload `repeat` times on each of the three and prints its lines; throws when the checksums disagree. */
async function benchProgram(
  module: WebAssembly.Module,
  workload: Workload,
  repeat: number,
  nativeDir: string | { error: string },
): Promise<ProgramResult> {
  heading(`${workload.title} (bench/programs/${workload.name}.c, best of ${repeat})`);
  const bareElf = `${workload.name}-bare.elf`;
  const linuxElf = `${workload.name}-linux.elf`;
  const checksums: [string, string][] = [];

  // Tabvisor: the bare-metal ELF in M-mode, timed around the whole run (core creation and ELF loading included).
  const elf = readFileSync(join(PROGRAMS_DIR, bareElf));
  const tabvisorRuns: number[] = [];
  let instructions = 0;
  for (let i = 0; i < repeat; i++) {
    let output = '';
    const decoder = new TextDecoder();
    const start = performance.now();
    const result = await runProgram(module, elf, { ramBytes: 32 << 20, output: (b) => (output += decoder.decode(b, { stream: true })) }, bareElf);
    tabvisorRuns.push(secondsSince(start));
    if (result.reason !== 'poweroff' || result.exitCode !== 0) {
      // crt-bare.S powers off with status mcause + 1 on any trap (2 = illegal instruction: an unimplemented opcode).
      const how = result.reason === 'poweroff' ? `an unexpected trap, mcause ${result.exitCode - 1}` : result.reason;
      throw new Error(`${bareElf} on Tabvisor ended with ${how}; output: ${JSON.stringify(output.slice(-300))}`);
    }
    instructions = result.instructions;
    checksums.push(['tabvisor', checksumOf(output, `${bareElf} on Tabvisor`)]);
  }
  const tabvisorSeconds = best(tabvisorRuns);
  const mips = instructions / tabvisorSeconds / 1e6;
  line(`tabvisor       ${millions(instructions).padStart(9)} insns  ${fixed(tabvisorSeconds, 3).padStart(7)} s  ${fixed(mips, 1).padStart(7)} MIPS  (runs ${tabvisorRuns.map((r) => fixed(r)).join('/')} s)`);

  // qemu-riscv64: the static Linux ELF built from the same object code; its instruction count is Tabvisor's.
  let qemu: ProgramResult['qemu'];
  if (!haveCommand('qemu-riscv64')) {
    qemu = { kind: 'skipped', why: 'qemu-riscv64 not found: apt-get install qemu-user' };
  } else {
    const runs: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const p = await timeProcess('qemu-riscv64', [join(PROGRAMS_DIR, linuxElf)]);
      if (p.status !== 0) throw new Error(`qemu-riscv64 ${linuxElf} exited with ${p.status}: ${p.stderr.trim()}`);
      runs.push(p.seconds);
      checksums.push(['qemu-riscv64', checksumOf(p.stdout, `${linuxElf} on qemu-riscv64`)]);
    }
    const seconds = best(runs);
    qemu = { kind: 'ok', value: { seconds, mips: instructions / seconds / 1e6 } };
  }
  printPeer('qemu-riscv64', qemu, tabvisorSeconds, (v) => `(${fixed(v.mips, 0)} MIPS for the same instructions)`);

  // Native: the same C with the host compiler, the physical limit.
  let native: ProgramResult['native'];
  if (typeof nativeDir !== 'string') {
    native = { kind: 'skipped', why: nativeDir.error };
  } else {
    const runs: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const p = await timeProcess(join(nativeDir, `${workload.name}-native`), []);
      if (p.status !== 0) throw new Error(`native ${workload.name} exited with ${p.status}: ${p.stderr.trim()}`);
      runs.push(p.seconds);
      checksums.push(['native', checksumOf(p.stdout, `native ${workload.name}`)]);
    }
    native = { kind: 'ok', value: { seconds: best(runs) } };
  }
  printPeer('native', native, tabvisorSeconds, () => '');

  const checksum = checksums[0][1];
  const odd = checksums.filter(([, c]) => c !== checksum);
  if (odd.length > 0) {
    throw new Error(`checksums differ: ${checksums.map(([who, c]) => `${who} ${c}`).join(', ')} (a committed ELF may be stale: make -C bench/programs)`);
  }
  line(`checksum ${checksum} on all ${new Set(checksums.map(([who]) => who)).size}`);
  return { workload: workload.name, checksum, tabvisor: { instructions, seconds: tabvisorSeconds, mips, runs: tabvisorRuns }, qemu, native };
}

/** One peer's line: its time and how many times slower Tabvisor is, or why it was not measured. */
function printPeer<T extends { seconds: number }>(name: string, o: Outcome<T>, tabvisorSeconds: number, extra: (v: T) => string): void {
  if (o.kind !== 'ok') {
    line(`${name.padEnd(14)} ${o.kind}: ${o.why}`);
    return;
  }
  const ratio = tabvisorSeconds / o.value.seconds;
  line(`${name.padEnd(14)} ${''.padStart(15)}  ${fixed(o.value.seconds, 3).padStart(7)} s  tabvisor/${name} = ${times(ratio)} ${extra(o.value)}`.trimEnd());
}

/** Runs a workload and turns an error into a failed outcome (so the other benchmarks still run). */
export async function tryBenchProgram(
  module: WebAssembly.Module,
  workload: Workload,
  repeat: number,
  nativeDir: string | { error: string },
): Promise<Outcome<ProgramResult>> {
  try {
    return { kind: 'ok', value: await benchProgram(module, workload, repeat, nativeDir) };
  } catch (e) {
    line(`FAILED: ${reason(e)}`);
    return { kind: 'failed', why: reason(e) };
  }
}
