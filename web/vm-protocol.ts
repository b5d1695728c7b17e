// The typed API one VM worker exposes through comlink; the page holds a Remote<VmWorkerApi>.
import type { LoopState } from './run-loop.ts';
import type { VmConfig, VmStats } from './vm-api.ts';

/** The VM's stats plus what the worker's loop adds: its state, and host time spent running the guest. */
export interface WorkerStats extends VmStats {
  loop: LoopState;
  hostBusyMs: number;
}

/** One VM in one worker. Buffers passed in are transferred; console output arrives through `output` in batches. */
export interface VmWorkerApi {
  /** Compiles the core and creates the VM; `output` receives the guest's console bytes, one chunk per slice at most. */
  create(config: VmConfig, output: (chunk: Uint8Array) => void): Promise<void>;
  /** Runs the guest (from its current state). */
  start(): void;
  /** Stops between two slices. */
  pause(): void;
  /** Same as start, named for the UI. */
  resume(): void;
  /** Resets the machine and runs it again. */
  reset(): void;
  /** Powers the machine off; only reset brings it back. */
  powerOff(): void;
  /** Bytes typed or pasted by the user, for the guest's console. */
  sendInput(bytes: Uint8Array): void;
  /** A snapshot of the counters. */
  stats(): WorkerStats;
}
