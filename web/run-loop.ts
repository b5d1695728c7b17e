// The worker's run loop: runs the VM in short slices so messages (input, pause) are handled between them, and sleeps
// while the guest idles in wfi instead of spinning. DOM-free; the scheduler is injected so tests can drive it.
import type { VmStats } from './vm-api.ts';

/** What the loop needs of a VM: the Vm's own `runFor`. */
export interface SliceRunner {
  runFor(maxMs: number): { state: VmStats['state']; wakeInMs?: number };
}

/** Cancels a scheduled task. */
export type Cancel = () => void;

/** How the loop schedules its next slice. */
export interface LoopScheduler {
  /** As soon as pending messages have been handled (a MessageChannel round trip, not a clamped setTimeout). */
  soon(task: () => void): Cancel;
  /** After a delay (the guest's next timer event). */
  after(ms: number, task: () => void): Cancel;
  /** A monotonic clock in milliseconds, to account for the host time the guest uses. */
  now(): number;
}

/** The loop's state: `sleeping` is an idle guest waiting for its timer or input. */
export type LoopState = 'stopped' | 'running' | 'sleeping' | 'paused' | 'finished';

/** Callbacks of the loop. */
export interface LoopHooks {
  /** After every slice (the worker flushes the console output here). */
  afterSlice(): void;
  /** When the guest halts or fails; the loop does not run again until `start`. */
  finished(state: VmStats['state']): void;
}

/** Longest sleep when the guest idles without saying until when: input wakes it earlier anyway. */
export const MAX_IDLE_SLEEP_MS = 1000;

/** Runs a VM slice by slice until paused, halted or failed. */
export class RunLoop {
  private loopState: LoopState = 'stopped';
  private cancelPending: Cancel | null = null;
  private busyMs = 0;
  private failure: string | null = null;

  constructor(
    private readonly vm: SliceRunner,
    private readonly scheduler: LoopScheduler,
    private readonly hooks: LoopHooks,
    private readonly sliceMs = 10,
  ) {}

  /** The loop's current state. */
  get state(): LoopState {
    return this.loopState;
  }

  /** Host milliseconds spent inside `runFor` so far (an idle guest adds nothing). */
  get hostBusyMs(): number {
    return this.busyMs;
  }

  /** The exception that stopped the loop, if `runFor` threw. */
  get error(): string | null {
    return this.failure;
  }

  /** Starts or resumes running (also after the guest halted, e.g. following a reset). */
  start(): void {
    if (this.loopState === 'running') return;
    this.schedule('running', this.scheduler.soon(() => this.step()));
  }

  /** Stops between two slices; `start` continues. */
  pause(): void {
    if (this.loopState === 'stopped' || this.loopState === 'finished') return;
    this.cancel();
    this.loopState = 'paused';
  }

  /** Stops for good (powered off). */
  stop(): void {
    this.cancel();
    this.loopState = 'finished';
  }

  /** Input arrived: a sleeping guest runs now rather than at its next timer. */
  wake(): void {
    if (this.loopState === 'sleeping') this.schedule('running', this.scheduler.soon(() => this.step()));
  }

  private step(): void {
    this.cancelPending = null;
    const before = this.scheduler.now();
    let result: ReturnType<SliceRunner['runFor']>;
    try {
      result = this.vm.runFor(this.sliceMs);
    } catch (error) {
      // A bug in the shell, not the guest's doing: stop and say why rather than die silently in the worker.
      this.failure = error instanceof Error ? error.message : String(error);
      result = { state: 'error' };
    }
    this.busyMs += this.scheduler.now() - before;
    this.hooks.afterSlice();
    if (this.loopState !== 'running') return; // paused or stopped from inside the slice's callbacks
    if (result.state === 'running') {
      this.schedule('running', this.scheduler.soon(() => this.step()));
    } else if (result.state === 'idle') {
      // Rounded up: setTimeout's delay is a WebIDL `long`, so 9.99 ms would wake the guest 0.99 ms early, and a
      // sub-millisecond rest would become a 0 ms timer, spinning until the guest's timer is due.
      const sleepMs = Math.ceil(Math.min(Math.max(result.wakeInMs ?? MAX_IDLE_SLEEP_MS, 0), MAX_IDLE_SLEEP_MS));
      this.schedule('sleeping', this.scheduler.after(sleepMs, () => this.schedule('running', this.scheduler.soon(() => this.step()))));
    } else if (result.state === 'paused') {
      this.loopState = 'paused'; // the VM was paused directly; `start` continues
    } else {
      this.loopState = 'finished';
      this.hooks.finished(result.state);
    }
  }

  private schedule(state: LoopState, cancel: Cancel): void {
    this.cancel();
    this.loopState = state;
    this.cancelPending = cancel;
  }

  private cancel(): void {
    this.cancelPending?.();
    this.cancelPending = null;
  }
}
