// The MMIO bus: maps physical address ranges to devices, dispatches accesses, and counts them per device and register.

import type { MmioDevice } from '../devices/device.ts';
import type { MachineRow } from './table.ts';
import type { MmioPort } from '../core/core.ts';

/** What `read` returns when no device covers the access; the core turns it into an access fault. */
export const MMIO_NO_DEVICE = -1;

/** Exit accounting: accesses per device name, then per register name. Plain data (JSON-serialisable). */
export type MmioAccessCounts = Record<string, Record<string, number>>;

/** Name under which accesses that hit no device are counted. */
export const UNMAPPED = '(unmapped)';

/** An 8-byte value as two 32-bit halves (no BigInt on the hot path). */
export interface WideValue {
  lo: number;
  hi: number;
}

interface Mapping {
  readonly base: number;
  readonly end: number; // exclusive
  readonly device: MmioDevice;
  /** Name in the access counts. */
  readonly label: string;
  /** Access counts by device offset; register names are resolved only when stats are read. */
  readonly counts: Map<number, number>;
}

/** A bus of a few devices, kept sorted by base address; lookups are a binary search behind a last-hit cache. */
export class MmioBus {
  private readonly mappings: Mapping[] = [];
  private lastHit: Mapping | undefined;
  private unmappedAccesses = 0;

  /**
   * Maps [base, base + size) to `device`; throws when the range is empty or overlaps an attached device.
   * `label` names the device in the access counts (default: its name).
   */
  attach(base: number, size: number, device: MmioDevice, label: string = device.name): void {
    if (!Number.isSafeInteger(base) || base < 0 || !Number.isSafeInteger(size) || size <= 0) {
      throw new Error(`bus: bad range for ${device.name}: base ${base}, size ${size}`);
    }
    const end = base + size;
    for (const m of this.mappings) {
      if (base < m.end && m.base < end) {
        throw new Error(
          `bus: ${device.name} [${hex(base)}, ${hex(end)}) overlaps ${m.device.name} [${hex(m.base)}, ${hex(m.end)})`,
        );
      }
    }
    this.mappings.push({ base, end, device, label, counts: new Map() });
    this.mappings.sort((a, b) => a.base - b.base);
  }

  /** The device whose range contains `addr`, or undefined. */
  find(addr: number): MmioDevice | undefined {
    return this.mappingAt(addr)?.device;
  }

  /** Reads `width` bytes at `addr`; MMIO_NO_DEVICE when no single device covers [addr, addr + width). */
  read(addr: number, width: 1 | 2 | 4): number {
    const m = this.countedAccess(addr, width);
    return m ? m.device.read(addr - m.base, width) >>> 0 : MMIO_NO_DEVICE;
  }

  /** Writes the low `width` bytes of `value` at `addr`; false when no single device covers the access. */
  write(addr: number, width: 1 | 2 | 4, value: number): boolean {
    const m = this.countedAccess(addr, width);
    if (!m) return false;
    m.device.write(addr - m.base, width, value);
    return true;
  }

  /** An 8-byte read as two 4-byte reads, low half first; null when the 8 bytes are not inside one device. */
  readWide(addr: number): WideValue | null {
    if (!this.mappingFor(addr, 8)) {
      this.unmappedAccesses++;
      return null;
    }
    const lo = this.read(addr, 4);
    const hi = this.read(addr + 4, 4);
    return { lo, hi };
  }

  /** An 8-byte write as two 4-byte writes, low half first; false when the 8 bytes are not inside one device. */
  writeWide(addr: number, lo: number, hi: number): boolean {
    if (!this.mappingFor(addr, 8)) {
      this.unmappedAccesses++;
      return false;
    }
    this.write(addr, 4, lo);
    this.write(addr + 4, 4, hi);
    return true;
  }

  /** Calls reset() on every attached device. */
  resetDevices(): void {
    for (const m of this.mappings) m.device.reset();
  }

  /** Access counts by device label and register name (8-byte accesses count as two). */
  accessCounts(): MmioAccessCounts {
    const out: MmioAccessCounts = {};
    for (const m of this.mappings) {
      if (m.counts.size === 0) continue;
      const byRegister = (out[m.label] ??= {});
      for (const [offset, n] of m.counts) {
        const reg = m.device.registerName(offset);
        byRegister[reg] = (byRegister[reg] ?? 0) + n;
      }
    }
    if (this.unmappedAccesses > 0) out[UNMAPPED] = { any: this.unmappedAccesses };
    return out;
  }

  /** Zeroes the access counts. */
  clearAccessCounts(): void {
    for (const m of this.mappings) m.counts.clear();
    this.unmappedAccesses = 0;
  }

  private mappingAt(addr: number): Mapping | undefined {
    const hit = this.lastHit;
    if (hit && addr >= hit.base && addr < hit.end) return hit;
    const list = this.mappings;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = list[mid];
      if (addr < m.base) hi = mid - 1;
      else if (addr >= m.end) lo = mid + 1;
      else {
        this.lastHit = m;
        return m;
      }
    }
    return undefined;
  }

  /** The mapping an access goes to, with the access counted (as unmapped when no single device covers it). */
  private countedAccess(addr: number, width: number): Mapping | undefined {
    const m = this.mappingFor(addr, width);
    if (!m) {
      this.unmappedAccesses++;
      return undefined;
    }
    const offset = addr - m.base;
    m.counts.set(offset, (m.counts.get(offset) ?? 0) + 1);
    return m;
  }

  /** The mapping holding all of [addr, addr + width), if one does. */
  private mappingFor(addr: number, width: number): Mapping | undefined {
    const m = this.mappingAt(addr);
    return m && addr + width <= m.end ? m : undefined;
  }
}

/**
 * Builds the bus for a machine: attaches each shell-owned row to the device given for the row's name; throws when one is
 * missing. A device whose own name differs from its row's is counted as "row:device" ("virtio0:virtio-blk").
 */
export function busFromRows(rows: readonly MachineRow[], devices: ReadonlyMap<string, MmioDevice>): MmioBus {
  const bus = new MmioBus();
  for (const row of rows) {
    if (row.owner !== 'shell') continue;
    const device = devices.get(row.name);
    if (!device) throw new Error(`bus: no device given for machine row "${row.name}" at ${hex(row.base)}`);
    bus.attach(row.base, row.size, device, device.name === row.name ? row.name : `${row.name}:${device.name}`);
  }
  return bus;
}

function hex(n: number): string {
  return `0x${n.toString(16)}`;
}

/** Adapts a bus to the core's MMIO port (8-byte accesses as two 4-byte ones). */
export function busPort(bus: MmioBus): MmioPort {
  return {
    read(addr, size) {
      if (size === 8) {
        const w = bus.readWide(addr);
        return w ? [w.lo, w.hi] : null;
      }
      const v = bus.read(addr, size as 1 | 2 | 4);
      return v === MMIO_NO_DEVICE ? null : v;
    },
    write(addr, size, lo, hi) {
      return size === 8 ? bus.writeWide(addr, lo, hi) : bus.write(addr, size as 1 | 2 | 4, lo);
    },
  };
}
