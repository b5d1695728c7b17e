// Tests of the stats panel's arithmetic: rates between snapshots, grouping by device and SBI extension, formatting.
import { describe, expect, it } from 'vitest';
import { busiest, formatCount, formatUptime, statsView } from '../../web/stats-format.ts';
import type { WorkerStats } from '../../web/vm-protocol.ts';

function snapshot(change: Partial<WorkerStats> = {}): WorkerStats {
  return {
    state: 'running',
    instructions: 0,
    mips: 0,
    exits: { total: 0, mmio: {}, hypercalls: {}, idle: 0, other: {} },
    ramBytes: 64 << 20,
    uptimeMs: 0,
    loop: 'running',
    hostBusyMs: 0,
    ...change,
  };
}

describe('statsView', () => {
  const before = snapshot({
    instructions: 10_000_000,
    exits: { total: 110, mmio: { uart: { THR: 50, LSR: 50 } }, hypercalls: { TIME: { set_timer: 10 } }, idle: 0, other: {} },
    hostBusyMs: 100,
  });
  const after = snapshot({
    instructions: 60_000_000,
    exits: {
      total: 1110,
      mmio: { uart: { THR: 250, LSR: 650 }, rtc: { TIME_LOW: 4 } },
      hypercalls: { TIME: { set_timer: 40 }, DBCN: { write: 2 } },
      idle: 50,
      other: { breakpoint: 4 },
    },
    hostBusyMs: 350,
  });
  const view = statsView(before, after, 500);

  it('computes MIPS from the instructions retired between two snapshots', () => {
    expect(view.mips).toBe(100); // 50 M instructions in 0.5 s
    expect(view.instructions).toBe(60_000_000);
  });

  it('gives exits per second by kind', () => {
    expect(view.exitsPerSecond).toEqual({ total: 2000, mmio: 1608, hypercall: 64, idle: 100, other: 8 });
  });

  it('groups MMIO exits by device and register, busiest first', () => {
    expect(view.mmioByDevice).toEqual([
      { device: 'uart', perSecond: 1600, registers: [['LSR', 1200], ['THR', 400]] },
      { device: 'rtc', perSecond: 8, registers: [['TIME_LOW', 8]] },
    ]);
  });

  it('groups hypercalls by SBI extension and function', () => {
    expect(view.hypercallsByExtension).toEqual([
      { extension: 'TIME', perSecond: 60, functions: [['set_timer', 60]] },
      { extension: 'DBCN', perSecond: 4, functions: [['write', 4]] },
    ]);
  });

  it('reports the share of wall time the worker spent running the guest', () => {
    expect(view.hostLoad).toBe(0.5);
  });

  it('shows zero rates for the first snapshot', () => {
    const first = statsView(null, after, 0);
    expect(first.mips).toBe(0);
    expect(first.exitsPerSecond.total).toBe(0);
    expect(first.mmioByDevice.map((device) => device.device).sort()).toEqual(['rtc', 'uart']);
    expect(first.instructions).toBe(60_000_000);
  });

  it('starts over after a reset instead of showing negative rates', () => {
    const reset = statsView(after, snapshot({ instructions: 1000, exits: { total: 1, mmio: {}, hypercalls: {}, idle: 1, other: {} } }), 500);
    expect(reset.mips).toBe(0);
    expect(reset.exitsPerSecond.idle).toBe(0);
  });
});

describe('busiest', () => {
  it('keeps the first non-zero rates up to the limit', () => {
    expect(busiest([['LSR', 900], ['THR', 20], ['IER', 0], ['LCR', 0]], 6)).toEqual([['LSR', 900], ['THR', 20]]);
    expect(busiest([['a', 3], ['b', 2], ['c', 1]], 2)).toEqual([['a', 3], ['b', 2]]);
  });
});

describe('formatting', () => {
  it('abbreviates counts', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(7)).toBe('7');
    expect(formatCount(2.5)).toBe('2.5');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234)).toBe('1.2 k');
    expect(formatCount(123_456)).toBe('123 k');
    expect(formatCount(12_345_678)).toBe('12.3 M');
    expect(formatCount(4_560_000_000)).toBe('4.56 G');
  });

  it('formats uptime as m:ss or h:mm:ss', () => {
    expect(formatUptime(0)).toBe('0:00');
    expect(formatUptime(61_500)).toBe('1:01');
    expect(formatUptime(3_723_000)).toBe('1:02:03');
  });
});
