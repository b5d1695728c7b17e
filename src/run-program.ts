// Runs a bare RISC-V program (an ISA test, a benchmark) in M-mode: RAM, a UART, the test device and tohost.
import { Core, Exit, RAM_BASE } from './core/core.ts';
import { parseElf, loadElf } from './loader/elf.ts';
import { MmioBus, busPort } from './machine/bus.ts';
import { Uart16550 } from './devices/uart16550.ts';
import { SifiveTest, type HaltRequest } from './devices/sifive-test.ts';
import { noIrq } from './devices/device.ts';
import { TEST_BASE, UART0_BASE } from './machine/table.ts';
import type { CharBackend } from './backends/types.ts';
import { disassemble } from './isa/disassemble.ts';

/** How a bare program run is set up. */
export interface RunOptions {
  /** RAM in bytes (default 128 MiB). */
  ramBytes?: number;
  /** Stop after this many instructions (default: no limit). */
  maxInstructions?: number;
  /** Called with one disassembled line per executed instruction. */
  trace?: (line: string) => void;
  /** Bytes the program writes to the UART. */
  output?: (bytes: Uint8Array) => void;
  /** Bytes the program can read from the UART. */
  input?: Uint8Array;
}

/** How a bare program run ended. */
export interface RunResult {
  /** The program's exit status: tohost value >> 1, or the test device's code; -1 when it did not finish. */
  exitCode: number;
  /** Why the run ended. */
  reason: 'tohost' | 'poweroff' | 'reset' | 'limit' | 'idle' | 'crash';
  instructions: number;
}

const SLICE = 1_000_000;

/** Loads an ELF at its physical addresses and runs it from its entry in M-mode with a0 = 0 (hart id). */
export async function runProgram(module: WebAssembly.Module, elf: Uint8Array, opts: RunOptions = {}, name = 'program'): Promise<RunResult> {
  const image = parseElf(elf, name);
  let halt: HaltRequest | undefined;
  const console: CharBackend = { write: (b) => opts.output?.(b), onInput: () => {} };
  const uart = new Uart16550(console, noIrq);
  const bus = new MmioBus();
  bus.attach(UART0_BASE, 0x100, uart);
  let core: Core | undefined;
  bus.attach(TEST_BASE, 0x1000, new SifiveTest((h) => {
    halt = h;
    core?.requestExit(Exit.Stop);
  }));
  if (opts.input) uart.receive(opts.input);
  core = await Core.create(module, opts.ramBytes ?? 128 << 20, busPort(bus));
  loadElf(image, core, name);
  const tohost = image.symbols.get('tohost');
  if (tohost !== undefined) core.setTohost(BigInt(tohost));
  core.pc = BigInt(image.entry);
  const limit = opts.maxInstructions ?? Infinity;
  for (;;) {
    const left = limit - core.instructions;
    if (left <= 0) return { exitCode: -1, reason: 'limit', instructions: core.instructions };
    let exit: Exit;
    if (opts.trace) {
      opts.trace(traceLine(core));
      exit = core.run(1);
    } else {
      exit = core.run(Math.min(SLICE, left));
    }
    if (exit === Exit.Tohost) {
      const value = readTohost(core, tohost!);
      if ((value & 1n) === 1n) return { exitCode: Number(value >> 1n), reason: 'tohost', instructions: core.instructions };
      // Other tohost commands (HTIF syscalls) are not supported: acknowledge and go on.
      writeTohost(core, tohost!, 0n);
    } else if (exit === Exit.Stop && halt) {
      return { exitCode: halt.code, reason: halt.kind, instructions: core.instructions };
    } else if (exit === Exit.TrapLoop) {
      return { exitCode: -1, reason: 'crash', instructions: core.instructions };
    } else if (exit === Exit.Idle) {
      const ticks = core.ticksToWake(0);
      if (ticks < 0) return { exitCode: -1, reason: 'idle', instructions: core.instructions };
      core.advanceTime(ticks);
    }
  }
}

function readTohost(core: Core, addr: number): bigint {
  return new DataView(core.ram.buffer, core.ram.byteOffset + (addr - RAM_BASE), 8).getBigUint64(0, true);
}
function writeTohost(core: Core, addr: number, v: bigint): void {
  new DataView(core.ram.buffer, core.ram.byteOffset + (addr - RAM_BASE), 8).setBigUint64(0, v, true);
}

/** One trace line: privilege, pc, raw bits and disassembly of the next instruction. */
function traceLine(core: Core): string {
  const bits = core.peekInstruction();
  const pc = core.pc.toString(16).padStart(16, '0');
  const width = (bits & 3) === 3 ? 8 : 4;
  const mode = 'USHM'[core.priv];
  return `${mode} ${pc} ${bits.toString(16).padStart(width, '0').padEnd(8)} ${bits === 0 ? '(fetch fault)' : disassemble(bits, core.pc, (c) => core.expand(c))}`;
}
