// Tests of the worker's run loop: slices while running, sleeps while idle, wakes on input, pauses between slices.
import { describe, expect, it } from 'vitest';
import { MAX_IDLE_SLEEP_MS, RunLoop, type LoopScheduler, type SliceRunner } from '../../web/run-loop.ts';
import type { VmStats } from '../../web/vm-api.ts';

/** A scheduler whose tasks run only when the test says so, with a clock the test moves. */
class FakeScheduler implements LoopScheduler {
  time = 0;
  soonTasks: { task: () => void; cancelled: boolean }[] = [];
  timers: { at: number; task: () => void; cancelled: boolean }[] = [];

  soon(task: () => void): () => void {
    const entry = { task, cancelled: false };
    this.soonTasks.push(entry);
    return () => (entry.cancelled = true);
  }

  after(ms: number, task: () => void): () => void {
    const entry = { at: this.time + ms, task, cancelled: false };
    this.timers.push(entry);
    return () => (entry.cancelled = true);
  }

  now(): number {
    return this.time;
  }

  /** Runs the queued `soon` tasks (not the ones they queue); returns how many ran. */
  runSoon(): number {
    const tasks = this.soonTasks.splice(0).filter((entry) => !entry.cancelled);
    for (const entry of tasks) entry.task();
    return tasks.length;
  }

  /** Moves the clock and fires the timers due. */
  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((timer) => !timer.cancelled && timer.at <= this.time);
    this.timers = this.timers.filter((timer) => !due.includes(timer));
    for (const timer of due) timer.task();
  }

  get pendingTimers(): number[] {
    return this.timers.filter((timer) => !timer.cancelled).map((timer) => timer.at - this.time);
  }
}

/** A VM that answers each runFor with the next scripted result, taking `sliceCost` ms of the fake clock. */
function scriptedVm(scheduler: FakeScheduler, results: { state: VmStats['state']; wakeInMs?: number }[], sliceCost = 10): SliceRunner & { calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    runFor(maxMs) {
      calls.push(maxMs);
      scheduler.time += sliceCost;
      return results[Math.min(calls.length - 1, results.length - 1)]!;
    },
  };
}

function setUp(results: { state: VmStats['state']; wakeInMs?: number }[], sliceCost = 10) {
  const scheduler = new FakeScheduler();
  const vm = scriptedVm(scheduler, results, sliceCost);
  const events: string[] = [];
  const loop = new RunLoop(vm, scheduler, { afterSlice: () => events.push('slice'), finished: (state) => events.push(`finished:${state}`) }, 10);
  return { scheduler, vm, events, loop };
}

describe('RunLoop', () => {
  it('runs slices back to back, yielding to messages between them, while the guest runs', () => {
    const { scheduler, vm, events, loop } = setUp([{ state: 'running' }]);
    loop.start();
    expect(vm.calls).toEqual([]); // nothing runs inside start(): the caller's message is answered first
    for (let slice = 0; slice < 3; slice++) expect(scheduler.runSoon()).toBe(1);
    expect(vm.calls).toEqual([10, 10, 10]);
    expect(events).toEqual(['slice', 'slice', 'slice']);
    expect(loop.state).toBe('running');
    expect(loop.hostBusyMs).toBe(30);
  });

  it('sleeps until the guest asks to wake when it idles, without running slices meanwhile', () => {
    const { scheduler, vm, loop } = setUp([{ state: 'idle', wakeInMs: 250 }, { state: 'running' }]);
    loop.start();
    scheduler.runSoon();
    expect(loop.state).toBe('sleeping');
    expect(scheduler.soonTasks).toHaveLength(0);
    expect(scheduler.pendingTimers).toEqual([250]);
    scheduler.advance(249);
    expect(vm.calls).toHaveLength(1);
    scheduler.advance(1);
    scheduler.runSoon();
    expect(vm.calls).toHaveLength(2);
    expect(loop.state).toBe('running');
  });

  it('rounds a sleep up to whole milliseconds, so the guest never wakes before its timer is due', () => {
    for (const [wakeInMs, expected] of [
      [9.993, 10],
      [0.4, 1],
      [0, 0],
    ]) {
      const { scheduler, loop } = setUp([{ state: 'idle', wakeInMs: wakeInMs! }]);
      loop.start();
      scheduler.runSoon();
      expect(scheduler.pendingTimers).toEqual([expected]);
    }
  });

  it('caps an idle sleep, so a guest that gives no wake time is still polled', () => {
    const { scheduler, loop } = setUp([{ state: 'idle' }]);
    loop.start();
    scheduler.runSoon();
    expect(scheduler.pendingTimers).toEqual([MAX_IDLE_SLEEP_MS]);
  });

  it('wakes a sleeping guest at once when input arrives, and cancels its timer', () => {
    const { scheduler, vm, loop } = setUp([{ state: 'idle', wakeInMs: 500 }]);
    loop.start();
    scheduler.runSoon();
    loop.wake();
    expect(scheduler.pendingTimers).toEqual([]);
    scheduler.runSoon();
    expect(vm.calls).toHaveLength(2);
  });

  it('ignores wake while running (the next slice sees the input anyway)', () => {
    const { scheduler, loop } = setUp([{ state: 'running' }]);
    loop.start();
    loop.wake();
    expect(scheduler.runSoon()).toBe(1);
  });

  it('pauses between slices and resumes on start', () => {
    const { scheduler, vm, loop } = setUp([{ state: 'running' }]);
    loop.start();
    scheduler.runSoon();
    loop.pause();
    expect(loop.state).toBe('paused');
    expect(scheduler.runSoon()).toBe(0);
    scheduler.advance(5000);
    expect(vm.calls).toHaveLength(1);
    loop.start();
    expect(scheduler.runSoon()).toBe(1);
    expect(vm.calls).toHaveLength(2);
  });

  it('pauses a sleeping guest so that its timer does not run it', () => {
    const { scheduler, vm, loop } = setUp([{ state: 'idle', wakeInMs: 100 }]);
    loop.start();
    scheduler.runSoon();
    loop.pause();
    scheduler.advance(1000);
    scheduler.runSoon();
    expect(vm.calls).toHaveLength(1);
    expect(loop.state).toBe('paused');
  });

  it('pauses, without finishing, when the VM itself reports paused', () => {
    const { scheduler, events, loop } = setUp([{ state: 'paused' }]);
    loop.start();
    scheduler.runSoon();
    expect(loop.state).toBe('paused');
    expect(events).toEqual(['slice']);
    loop.start();
    expect(scheduler.runSoon()).toBe(1);
  });

  it('stops and reports when the guest halts', () => {
    const { scheduler, events, loop } = setUp([{ state: 'running' }, { state: 'halted' }]);
    loop.start();
    scheduler.runSoon();
    scheduler.runSoon();
    expect(loop.state).toBe('finished');
    expect(events).toEqual(['slice', 'slice', 'finished:halted']);
    expect(scheduler.runSoon()).toBe(0);
    loop.start(); // after a reset
    expect(scheduler.runSoon()).toBe(1);
  });

  it('turns an exception from runFor into an error state with its message', () => {
    const scheduler = new FakeScheduler();
    const events: string[] = [];
    const loop = new RunLoop(
      {
        runFor: () => {
          throw new Error('bad opcode table');
        },
      },
      scheduler,
      { afterSlice: () => events.push('slice'), finished: (state) => events.push(`finished:${state}`) },
    );
    loop.start();
    scheduler.runSoon();
    expect(loop.state).toBe('finished');
    expect(loop.error).toBe('bad opcode table');
    expect(events).toEqual(['slice', 'finished:error']);
  });

  it('counts only the time spent in runFor as busy', () => {
    const { scheduler, loop } = setUp([{ state: 'idle', wakeInMs: 1000 }], 3);
    loop.start();
    scheduler.runSoon();
    scheduler.advance(1000);
    scheduler.runSoon();
    expect(loop.hostBusyMs).toBe(6);
  });
});
