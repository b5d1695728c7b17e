// The VM worker: holds the Wasm core and the shell of one VM, runs it in slices, and exposes VmWorkerApi via comlink.
import * as Comlink from 'comlink';
import coreUrl from '../build/core.wasm?url';
import type { CharBackend } from '../src/backends/types.ts';
import { ByteBatcher } from './byte-batcher.ts';
import { RunLoop, type LoopScheduler } from './run-loop.ts';
import { Vm, type VmConfig } from './vm-api.ts';
import type { VmWorkerApi, WorkerStats } from './vm-protocol.ts';

/** Slice length: short enough that input and pause are handled within ~10 ms, long enough to amortize the calls. */
const SLICE_MS = 10;

/** Compiling starts as the worker starts, while the page is still fetching the guest's images. */
const compiledCore = compileCore();
// Not awaited until create: keep an early failure from being reported as unhandled before then.
compiledCore.catch(() => {});

let vm: Vm | null = null;
let loop: RunLoop | null = null;
let output: ByteBatcher | null = null;
let deliverInput: (bytes: Uint8Array) => void = () => {};

const api: VmWorkerApi = {
  async create(config: VmConfig, onOutput: (chunk: Uint8Array) => void): Promise<void> {
    if (vm) throw new Error('this worker already holds a VM');
    const core = await compiledCore;
    // Each chunk is a fresh buffer, so it can move to the page instead of being copied.
    output = new ByteBatcher((chunk) => void onOutput(Comlink.transfer(chunk, [chunk.buffer as ArrayBuffer])));
    const backend: CharBackend = {
      write: (bytes) => output!.push(bytes),
      onInput: (receiver) => {
        deliverInput = receiver;
      },
    };
    vm = await Vm.create(core, config, backend);
    const created = vm;
    loop = new RunLoop(created, messageChannelScheduler(), { afterSlice: () => output!.flush(), finished: () => output!.flush() }, SLICE_MS);
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
    // The Vm does not know the worker paused it; the UI shows the loop's view.
    const state = activeLoop.error ? 'error' : activeLoop.state === 'paused' ? 'paused' : stats.state;
    const message = activeLoop.error ?? stats.message;
    return { ...stats, state, ...(message !== undefined && { message }), loop: activeLoop.state, hostBusyMs: activeLoop.hostBusyMs };
  },
};

async function compileCore(): Promise<WebAssembly.Module> {
  const response = await fetch(coreUrl);
  if (!response.ok) throw new Error(`cannot load the core (${coreUrl}): HTTP ${response.status}`);
  return WebAssembly.compile(await response.arrayBuffer());
}

function requireVm(): Vm {
  if (!vm) throw new Error('no VM yet: call create first');
  return vm;
}

function requireLoop(): RunLoop {
  if (!loop) throw new Error('no VM yet: call create first');
  return loop;
}

/** `soon` through a MessageChannel: it runs after pending messages, without setTimeout's 4 ms clamp on nested calls. */
function messageChannelScheduler(): LoopScheduler {
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
  };
}

Comlink.expose(api);
