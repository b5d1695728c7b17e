// Drives a booting guest from a test: a VM with deterministic time, its console captured, commands typed, output awaited.
import { readFileSync } from 'node:fs';
import { loadCoreModule } from '../../src/core/load-core.ts';
import { Vm, type VmConfig } from '../../src/vm.ts';
import type { CharBackend } from '../../src/backends/types.ts';

let module: Promise<WebAssembly.Module> | undefined;

/** A guest whose console a test reads and types into. */
export class GuestSession {
  private output = '';
  private consumed = 0;
  private receiver: (bytes: Uint8Array) => void = () => {};

  private constructor(readonly vm: Vm) {}

  /** Boots `config` (time deterministic unless given) and returns the session. */
  static async start(config: Omit<VmConfig, 'time'> & { time?: VmConfig['time'] }): Promise<GuestSession> {
    module ??= loadCoreModule();
    let session: GuestSession | undefined;
    const console: CharBackend = {
      write: (bytes) => session!.append(bytes),
      onInput: (r) => {
        session ? (session.receiver = r) : (pendingReceiver = r);
      },
    };
    let pendingReceiver: ((bytes: Uint8Array) => void) | undefined;
    const vm = await Vm.create(await module, { time: 'deterministic', ...config }, console);
    session = new GuestSession(vm);
    if (pendingReceiver) session.receiver = pendingReceiver;
    return session;
  }

  private append(bytes: Uint8Array): void {
    this.output += new TextDecoder().decode(bytes, { stream: true });
  }

  /** Everything the guest printed so far. */
  get transcript(): string {
    return this.output;
  }

  /**
   * Runs the guest until `pattern` appears in output not yet consumed by an earlier wait, and returns that new output
   * up to and including the match. Fails after `maxInstructions` more instructions, or if the guest stops.
   */
  waitFor(pattern: string | RegExp, maxInstructions = 200_000_000): string {
    const limit = this.vm.hart.instructions + maxInstructions;
    for (;;) {
      const rest = this.output.slice(this.consumed);
      const m = typeof pattern === 'string' ? (rest.includes(pattern) ? { index: rest.indexOf(pattern), 0: pattern } : null) : pattern.exec(rest);
      if (m) {
        const end = m.index + m[0].length;
        this.consumed += end;
        return rest.slice(0, end);
      }
      const status = this.vm.runFor(50);
      if (status.state === 'halted' || status.state === 'error') {
        throw new Error(`guest stopped (${status.state}: ${this.vm.stats().message}) before printing ${pattern}; output:\n${rest.slice(-2000)}`);
      }
      if (status.state === 'idle' && status.wakeInMs === Infinity) {
        throw new Error(`guest is idle with no timer armed, waiting for ${pattern}; output:\n${rest.slice(-2000)}`);
      }
      if (this.vm.hart.instructions > limit) {
        throw new Error(`no ${pattern} within ${maxInstructions} instructions; output:\n${rest.slice(-2000)}`);
      }
    }
  }

  /** Types `text` into the console. */
  type(text: string): void {
    this.receiver(new TextEncoder().encode(text));
  }

  /** Types a command line and returns its output up to the next prompt. */
  command(line: string, prompt: string | RegExp, maxInstructions?: number): string {
    this.type(line + '\n');
    return this.waitFor(prompt, maxInstructions);
  }

  /** Runs until the guest powers off; returns its exit status. */
  waitForPowerOff(maxInstructions = 500_000_000): number {
    const limit = this.vm.hart.instructions + maxInstructions;
    for (;;) {
      const status = this.vm.runFor(50);
      if (status.state === 'halted') return this.vm.exitCode ?? 0;
      if (status.state === 'error') throw new Error(`guest failed: ${this.vm.stats().message}`);
      if (this.vm.hart.instructions > limit) throw new Error(`no poweroff within ${maxInstructions} instructions`);
    }
  }
}

/** Reads a file of the repository. */
export function repoFile(path: string): Uint8Array {
  return readFileSync(new URL(`../../${path}`, import.meta.url));
}
