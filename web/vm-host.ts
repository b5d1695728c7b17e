// The VM host: the VmWorkerApi around one Vm (create, run in slices, input, pause, stats). DOM-free, so the worker
// exposes it through comlink and the tests drive it directly in Node.
import * as Comlink from 'comlink';
import type { CharBackend } from '../src/backends/types.ts';
import { ByteBatcher } from './byte-batcher.ts';
import { RunLoop, type LoopScheduler } from './run-loop.ts';
import { Vm, type VmConfig } from './vm-api.ts';
import type { VmWorkerApi, WorkerStats } from './vm-protocol.ts';

/** Slice length: short enough that input and pause are handled within ~10 ms, long enough to amortize the calls. */
const SLICE_MS = 10;

/** The API of one VM, created from the compiled core (a promise: compiling may still be under way). */
export function createVmHost(compiledCore: Promise<WebAssembly.Module>, scheduler: LoopScheduler): VmWorkerApi {
  let vm: Vm | null = null;
  let loop: RunLoop | null = null;
  let deliverInput: (bytes: Uint8Array) => void = () => {};

  const requireVm = (): Vm => vm ?? fail();
  const requireLoop = (): RunLoop => loop ?? fail();

  return {
    async create(config: VmConfig, onOutput: (chunk: Uint8Array) => void): Promise<void> {
      if (vm) throw new Error('this worker already holds a VM');
      const core = await compiledCore;
      // Each chunk is a fresh buffer, so it can move to the page instead of being copied.
      const output = new ByteBatcher((chunk) => void onOutput(Comlink.transfer(chunk, [chunk.buffer as ArrayBuffer])));
      const backend: CharBackend = {
        write: (bytes) => output.push(bytes),
        onInput: (receiver) => {
          deliverInput = receiver;
        },
      };
      const created = await Vm.create(core, config, backend);
      vm = created;
      loop = new RunLoop(created, scheduler, { afterSlice: () => output.flush(), finished: () => output.flush() }, SLICE_MS);
    },
    start: () => requireLoop().start(),
    pause(): void {
      // The loop stops calling runFor; the Vm is told too, so its own state (in stats) says paused.
      requireVm().pause();
      requireLoop().pause();
    },
    resume(): void {
      requireVm().resume();
      requireLoop().start();
    },
    reset(): void {
      requireVm().reset();
      requireLoop().start();
    },
    powerOff(): void {
      requireVm().powerOff();
      requireLoop().stop();
    },
    sendInput(bytes: Uint8Array): void {
      deliverInput(bytes);
      loop?.wake();
    },
    stats(): WorkerStats {
      const activeLoop = requireLoop();
      const stats = requireVm().stats();
      const state = activeLoop.error ? 'error' : activeLoop.state === 'paused' ? 'paused' : stats.state;
      const message = activeLoop.error ?? stats.message;
      return { ...stats, state, ...(message !== undefined && { message }), loop: activeLoop.state, hostBusyMs: activeLoop.hostBusyMs };
    },
  };
}

/** A scheduler whose `soon` goes through a MessageChannel: it runs after pending messages, without setTimeout's 4 ms
 * clamp on nested calls. `close` releases the channel (Node keeps a process alive while a port listens). */
export function messageChannelScheduler(): LoopScheduler & { close(): void } {
  const channel = new MessageChannel();
  const queue: { task: () => void; cancelled: boolean }[] = [];
  channel.port1.onmessage = () => {
    const next = queue.shift();
    if (next && !next.cancelled) next.task();
  };
  return {
    soon(task) {
      const entry = { task, cancelled: false };
      queue.push(entry);
      channel.port2.postMessage(null);
      return () => {
        entry.cancelled = true;
      };
    },
    after(ms, task) {
      const timer = setTimeout(task, ms);
      return () => clearTimeout(timer);
    },
    now: () => performance.now(),
    close() {
      channel.port1.close();
      channel.port2.close();
    },
  };
}

function fail(): never {
  throw new Error('no VM yet: call create first');
}
