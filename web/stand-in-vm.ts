// TEMPORARY stand-in for src/vm.ts (same API) until the real VM lands: an echo console with a tiny shell, so the worker
// protocol, the UI and the browser-test harness can be built first. Delete when web/vm-api.ts points at src/vm.ts.
import type { CharBackend } from '../src/backends/types.ts';

/** Same as src/vm.ts. */
export interface VmConfig {
  ramMiB: number;
  firmware: 'builtin' | 'opensbi' | 'none';
  console: 'uart' | 'virtio';
  kernel: Uint8Array;
  initrd?: Uint8Array;
  firmwareImage?: Uint8Array;
  bootargs?: string;
}

/** Same as src/vm.ts. */
export interface VmStats {
  state: 'created' | 'running' | 'paused' | 'idle' | 'halted' | 'error';
  instructions: number;
  mips: number;
  exits: {
    total: number;
    mmio: Record<string, Record<string, number>>;
    hypercalls: Record<string, Record<string, number>>;
    idle: number;
    other: Record<string, number>;
  };
  ramBytes: number;
  uptimeMs: number;
  message?: string;
}

/** Same API as src/vm.ts's Vm. */
export class Vm {
  private state: VmStats['state'] = 'created';
  private pendingInput: number[] = [];
  private line = '';
  private spinning = false;
  private instructions = 0;
  private readonly startedAt = Date.now();
  private readonly exits: VmStats['exits'] = { total: 0, mmio: {}, hypercalls: {}, idle: 0, other: {} };
  private readonly encoder = new TextEncoder();

  private constructor(private readonly config: VmConfig, private readonly console: CharBackend) {
    console.onInput((bytes) => this.pendingInput.push(...bytes));
  }

  /** Same as src/vm.ts. */
  static create(_core: WebAssembly.Module, config: VmConfig, console: CharBackend): Promise<Vm> {
    return Promise.resolve(new Vm(config, console));
  }

  /** Same as src/vm.ts. */
  runFor(maxMs: number): { state: VmStats['state']; wakeInMs?: number } {
    if (this.state === 'halted') return { state: 'halted' };
    if (this.state === 'created') {
      this.print(`stand-in VM: ${this.config.kernel.length} byte kernel, ${this.config.ramMiB} MiB, firmware ${this.config.firmware}\r\n$ `);
    }
    this.state = 'running';
    const end = performance.now() + maxMs;
    for (const byte of this.pendingInput.splice(0)) this.key(byte);
    if (this.spinning) {
      while (performance.now() < end) this.instructions += 1000;
      return { state: 'running' };
    }
    this.exits.idle++;
    this.exits.total++;
    this.state = 'idle';
    return { state: 'idle', wakeInMs: 1000 };
  }

  /** Same as src/vm.ts. */
  stats(): VmStats {
    return { state: this.state, instructions: this.instructions, mips: 0, exits: structuredClone(this.exits), ramBytes: this.config.ramMiB << 20, uptimeMs: Date.now() - this.startedAt };
  }

  /** Same as src/vm.ts. */
  reset(): void {
    this.state = 'created';
    this.spinning = false;
    this.line = '';
  }

  /** Same as src/vm.ts. */
  powerOff(): void {
    this.state = 'halted';
  }

  private key(byte: number): void {
    this.instructions += 100;
    if (byte === 13) {
      this.print('\r\n');
      this.command(this.line.trim());
      this.line = '';
      if (!this.spinning) this.print('$ ');
    } else if (byte === 127 && this.line.length > 0) {
      this.line = this.line.slice(0, -1);
      this.print('\b \b');
    } else if (byte >= 32 && byte < 127) {
      this.line += String.fromCharCode(byte);
      this.print(String.fromCharCode(byte));
    }
  }

  private command(line: string): void {
    if (line === 'help') this.print('commands: help info spin\r\n');
    else if (line === 'info') this.print(`stand-in, ${this.config.ramMiB} MiB RAM\r\n`);
    else if (line === 'spin') this.spinning = true;
    else if (line !== '') this.print(`${line}: not found\r\n`);
  }

  private print(text: string): void {
    const bytes = this.encoder.encode(text);
    const thr = ((this.exits.mmio.uart ??= {}).THR ??= 0) + bytes.length;
    this.exits.mmio.uart.THR = thr;
    this.exits.total += bytes.length;
    this.console.write(bytes);
  }
}
