// Turns two successive stats snapshots into what tv-stats shows: MIPS, exits per second by kind and device, hypercalls
// by SBI extension, memory. DOM-free so it is unit-tested.
import type { WorkerStats } from './vm-protocol.ts';

/** A named rate, e.g. ["uart", 1200] exits per second. */
export type Rate = [name: string, perSecond: number];

/** What the stats panel displays. */
export interface StatsView {
  mips: number;
  instructions: number;
  exitsPerSecond: { total: number; mmio: number; hypercall: number; idle: number; other: number };
  /** MMIO exits per second by device, busiest first, each with its registers, busiest first. */
  mmioByDevice: { device: string; perSecond: number; registers: Rate[] }[];
  /** Hypercalls per second by SBI extension, busiest first, each with its functions. */
  hypercallsByExtension: { extension: string; perSecond: number; functions: Rate[] }[];
  otherExits: Rate[];
  /** Share of wall time the worker spent running the guest (0..1): near 0 for an idle guest. */
  hostLoad: number;
  ramBytes: number;
  uptimeMs: number;
}

/** Rates between `previous` and `current`, taken `elapsedMs` apart; without a previous snapshot, rates are 0. */
export function statsView(previous: WorkerStats | null, current: WorkerStats, elapsedMs: number): StatsView {
  const seconds = elapsedMs / 1000;
  // A reset restarts the counters: treat the new snapshot as the first one rather than show negative rates.
  const base = previous && seconds > 0 && current.instructions >= previous.instructions && current.exits.total >= previous.exits.total ? previous : null;
  const rate = (now: number, before: number): number => (base ? Math.max(0, now - before) / seconds : 0);
  const mmioByDevice = Object.entries(current.exits.mmio)
    .map(([device, registers]) => {
      const rates = rateTable(registers, base?.exits.mmio[device], rate);
      return { device, perSecond: sum(rates), registers: rates };
    })
    .sort(byRate);
  const hypercallsByExtension = Object.entries(current.exits.hypercalls)
    .map(([extension, functions]) => {
      const rates = rateTable(functions, base?.exits.hypercalls[extension], rate);
      return { extension, perSecond: sum(rates), functions: rates };
    })
    .sort(byRate);
  const otherExits = rateTable(current.exits.other, base?.exits.other, rate);
  const mmio = mmioByDevice.reduce((total, device) => total + device.perSecond, 0);
  const hypercall = hypercallsByExtension.reduce((total, extension) => total + extension.perSecond, 0);
  return {
    mips: rate(current.instructions, base?.instructions ?? 0) / 1e6,
    instructions: current.instructions,
    exitsPerSecond: { total: rate(current.exits.total, base?.exits.total ?? 0), mmio, hypercall, idle: rate(current.exits.idle, base?.exits.idle ?? 0), other: sum(otherExits) },
    mmioByDevice,
    hypercallsByExtension,
    otherExits,
    hostLoad: base ? Math.min(1, Math.max(0, (current.hostBusyMs - base.hostBusyMs) / elapsedMs)) : 0,
    ramBytes: current.ramBytes,
    uptimeMs: current.uptimeMs,
  };
}

/** The `limit` busiest non-zero rates (the input is already sorted busiest first): what fits on one line. */
export function busiest(rates: Rate[], limit: number): Rate[] {
  return rates.filter(([, perSecond]) => perSecond > 0).slice(0, limit);
}

/** "12.3 M", "4.56 k", "789": counts and rates in little room. */
export function formatCount(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9) return `${(value / 1e9).toFixed(2)} G`;
  if (magnitude >= 1e6) return `${(value / 1e6).toFixed(magnitude >= 1e8 ? 0 : 1)} M`;
  if (magnitude >= 1e3) return `${(value / 1e3).toFixed(magnitude >= 1e5 ? 0 : 1)} k`;
  return magnitude >= 10 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
}

/** "1:02:03" or "2:03" from milliseconds. */
export function formatUptime(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const [hours, minutes, seconds] = [Math.floor(totalSeconds / 3600), Math.floor(totalSeconds / 60) % 60, totalSeconds % 60];
  const pad = (value: number): string => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

function rateTable(now: Record<string, number>, before: Record<string, number> | undefined, rate: (now: number, before: number) => number): Rate[] {
  return Object.entries(now)
    .map(([name, count]): Rate => [name, rate(count, before?.[name] ?? 0)])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function sum(rates: Rate[]): number {
  return rates.reduce((total, [, perSecond]) => total + perSecond, 0);
}

function byRate<T extends { perSecond: number }>(a: T, b: T): number {
  return b.perSecond - a.perSecond;
}
