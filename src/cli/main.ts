// The tabvisor command line: `run` for bare programs, `boot` for operating systems.
import { readFileSync } from 'node:fs';
import { loadCoreModule } from '../core/load-core.ts';
import { runProgram } from '../run-program.ts';
import { ImageError } from '../loader/elf.ts';
import { bootCommand } from './boot.ts';

const USAGE = `usage:
  tabvisor run <elf> [--trace] [--max-insns N] [-m MiB]
      Runs a bare RISC-V program in M-mode; exits with its tohost status (0 = pass).
  tabvisor boot <tinyos|linux|uboot|kernel-file> [options]
      Boots an operating system (tabvisor boot --help for the options).`;

/** A mistake in the command line, reported with the usage text. */
export class UsageError extends Error {}

function parseRunArgs(args: string[]): { file: string; trace: boolean; maxInsns?: number; ramMiB: number } {
  let file: string | undefined;
  let trace = false;
  let maxInsns: number | undefined;
  let ramMiB = 128;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--trace') trace = true;
    else if (a === '--max-insns') maxInsns = positiveInt(args[++i], '--max-insns');
    else if (a === '-m') ramMiB = positiveInt(args[++i], '-m');
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (!file) throw new UsageError('run needs an ELF file');
  return { file, trace, maxInsns, ramMiB };
}

/** Parses a positive integer option value or throws a UsageError naming the option. */
export function positiveInt(v: string | undefined, option: string): number {
  const n = Number(v);
  if (v === undefined || !Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${option} needs a positive integer (got ${v ?? 'nothing'})`);
  return n;
}

async function runCommand(args: string[]): Promise<number> {
  const opts = parseRunArgs(args);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(opts.file);
  } catch (e) {
    throw new ImageError(`cannot read ${opts.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const module = await loadCoreModule();
  const result = await runProgram(module, bytes, {
    ramBytes: opts.ramMiB * 1024 * 1024,
    maxInstructions: opts.maxInsns,
    trace: opts.trace ? (line) => process.stderr.write(line + '\n') : undefined,
    output: (b) => process.stdout.write(b),
  }, opts.file);
  if (result.reason === 'limit') {
    process.stderr.write(`tabvisor: stopped after ${result.instructions} instructions (--max-insns)\n`);
    return 124;
  }
  if (result.reason === 'crash') {
    process.stderr.write('tabvisor: the program crashed: it traps to a handler address that cannot be fetched\n');
    return 125;
  }
  if (result.reason === 'idle') {
    process.stderr.write('tabvisor: the program is waiting for an interrupt that can never come\n');
    return 125;
  }
  return result.exitCode;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run': return await runCommand(rest);
      case 'boot': return await bootCommand(rest);
      case undefined: case '-h': case '--help': case 'help':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default: throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tabvisor: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`tabvisor: ${(e as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
