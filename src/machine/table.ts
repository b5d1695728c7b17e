// The machine table: every device of the QEMU-virt-compatible machine as one row; the bus, the PLIC wiring and the device tree read it.
//
//   address        size       name        owner  PLIC source  compatible
//   0x0000_1000    0xf000     bootrom     core   -            (none: reset vector, see boot-rom.ts)
//   0x0010_0000    0x1000     test        shell  -            sifive,test1 sifive,test0 syscon
//   0x0010_1000    0x1000     rtc         shell  11           google,goldfish-rtc
//   0x0200_0000    0x10000    clint       core   -            sifive,clint0 riscv,clint0
//   0x0c00_0000    0x600000   plic        shell  -            sifive,plic-1.0.0 riscv,plic0
//   0x1000_0000    0x100      uart0       shell  10           ns16550a
//   0x1000_1000    0x1000     virtio0     shell  1            virtio,mmio
//   0x1000_2000    0x1000     virtio1     shell  2            virtio,mmio
//   ...            ...        ...                ...
//   0x1000_8000    0x1000     virtio7     shell  8            virtio,mmio
//   0x8000_0000    ramBytes   ram         core   -            (memory node)
//
// "core" rows are handled inside the Wasm core (no exit); "shell" rows are MmioDevices on the MmioBus.
// Addresses mirror QEMU 7.2 hw/riscv/virt.c (virt_memmap), so firmware and kernels built for `virt` run unmodified.

/** Base of the reset ROM (QEMU's VIRT_MROM). */
export const BOOT_ROM_BASE = 0x1000;
/** Size of the reset ROM region. */
export const BOOT_ROM_SIZE = 0xf000;
/** Base of the sifive,test0 poweroff/reset device. */
export const TEST_BASE = 0x10_0000;
/** Base of the goldfish RTC. */
export const RTC_BASE = 0x10_1000;
/** Base of the CLINT (owned by the core: msip, mtimecmp, mtime). */
export const CLINT_BASE = 0x200_0000;
/** Size of the CLINT region. */
export const CLINT_SIZE = 0x1_0000;
/** Base of the PLIC. */
export const PLIC_BASE = 0xc00_0000;
/** Size of the PLIC region (QEMU's virt_memmap value; enough for 1024 contexts). */
export const PLIC_SIZE = 0x60_0000;
/** Base of the first 16550 UART. */
export const UART0_BASE = 0x1000_0000;
/** Base of virtio-mmio slot 0; slot n is at VIRTIO_BASE + n * VIRTIO_STRIDE. */
export const VIRTIO_BASE = 0x1000_1000;
/** Distance and size of the virtio-mmio slots. */
export const VIRTIO_STRIDE = 0x1000;
/** Number of virtio-mmio slots. */
export const VIRTIO_SLOTS = 8;
/** Base of guest RAM. */
export const RAM_BASE = 0x8000_0000;
/** CLINT timebase: mtime ticks per second (the device tree's timebase-frequency). */
export const TIMEBASE_HZ = 10_000_000;
/** The 16550's input clock advertised in the device tree (QEMU's value; Linux derives baud divisors from it). */
export const UART_CLOCK_HZ = 3_686_400;
/** Most harts a machine may have (QEMU 7.2's per-socket limit). */
export const MAX_HARTS = 8;

/** PLIC source of virtio slot 0; slot n uses IRQ_VIRTIO0 + n (QEMU's VIRTIO_IRQ). */
export const IRQ_VIRTIO0 = 1;
/** PLIC source of UART0 (QEMU's UART0_IRQ). */
export const IRQ_UART0 = 10;
/** PLIC source of the goldfish RTC (QEMU's RTC_IRQ). */
export const IRQ_RTC = 11;
/** Highest PLIC source number we implement; the device tree's riscv,ndev. */
export const PLIC_SOURCES = 31;

/** Hart-local interrupt numbers (mip/mie bits, privileged spec 3.1.9), used by interrupts-extended in the device tree. */
export const HART_IRQ = {
  supervisorSoftware: 1,
  machineSoftware: 3,
  supervisorTimer: 5,
  machineTimer: 7,
  supervisorExternal: 9,
  machineExternal: 11,
} as const;

/** The PLIC source of virtio slot `slot`. */
export function virtioIrq(slot: number): number {
  return IRQ_VIRTIO0 + slot;
}

/** Kinds of virtio device a slot can hold (the virtio helper implements them). */
export type VirtioKind = 'console' | 'block' | 'net' | '9p' | 'rng';

/** Who answers accesses to a row: the Wasm core itself, or the shell through the MmioBus. */
export type RowOwner = 'core' | 'shell';

/** One row of the machine table. */
export interface MachineRow {
  /** Unique name: the MmioDevice's bus name and the exit-accounting key ("uart0", "virtio3", "plic"). */
  readonly name: string;
  /** Device tree node name without the unit address ("serial", "virtio_mmio", "memory"). */
  readonly nodeName: string;
  readonly base: number;
  readonly size: number;
  /** PLIC source number, when the device interrupts. */
  readonly irq?: number;
  /** Device tree compatible strings, most specific first; empty for rows without a compatible node. */
  readonly compatible: readonly string[];
  readonly owner: RowOwner;
  /** For virtio slots: the device the slot holds. */
  readonly virtio?: VirtioKind;
}

/** A configured virtio slot. */
export interface VirtioSlotConfig {
  readonly slot: number;
  readonly kind: VirtioKind;
}

/** What varies between machines: everything else is fixed by the table. */
export interface MachineConfig {
  /** Guest RAM in bytes: a positive multiple of 4 KiB. */
  readonly ramBytes: number;
  /** Number of harts, 1..MAX_HARTS. */
  readonly harts: number;
  /** Kernel command line (the device tree's /chosen/bootargs). */
  readonly bootargs: string;
  /** Where the loader placed the initrd: [start, end) physical addresses. */
  readonly initrd?: { readonly start: number; readonly end: number };
  /** Which virtio slots hold which device; other slots are absent. */
  readonly virtio: readonly VirtioSlotConfig[];
  /** Where the console lives: the 16550 (always present) or a virtio console (which must be in `virtio`). */
  readonly console: 'uart' | 'virtio';
  /** Optional entropy for /chosen/rng-seed (Linux seeds its RNG from it). */
  readonly rngSeed?: Uint8Array;
}

/** The fixed rows, in address order, before the per-machine ones (virtio slots, RAM) are added. */
const FIXED_ROWS: readonly MachineRow[] = [
  { name: 'bootrom', nodeName: 'rom', base: BOOT_ROM_BASE, size: BOOT_ROM_SIZE, compatible: [], owner: 'core' },
  {
    name: 'test',
    nodeName: 'test',
    base: TEST_BASE,
    size: 0x1000,
    compatible: ['sifive,test1', 'sifive,test0', 'syscon'],
    owner: 'shell',
  },
  { name: 'rtc', nodeName: 'rtc', base: RTC_BASE, size: 0x1000, irq: IRQ_RTC, compatible: ['google,goldfish-rtc'], owner: 'shell' },
  { name: 'clint', nodeName: 'clint', base: CLINT_BASE, size: CLINT_SIZE, compatible: ['sifive,clint0', 'riscv,clint0'], owner: 'core' },
  { name: 'plic', nodeName: 'plic', base: PLIC_BASE, size: PLIC_SIZE, compatible: ['sifive,plic-1.0.0', 'riscv,plic0'], owner: 'shell' },
  { name: 'uart0', nodeName: 'serial', base: UART0_BASE, size: 0x100, irq: IRQ_UART0, compatible: ['ns16550a'], owner: 'shell' },
];

/** The row of virtio slot `slot` holding `kind`. */
function virtioRow(slot: number, kind: VirtioKind): MachineRow {
  return {
    name: `virtio${slot}`,
    nodeName: 'virtio_mmio',
    base: VIRTIO_BASE + slot * VIRTIO_STRIDE,
    size: VIRTIO_STRIDE,
    irq: virtioIrq(slot),
    compatible: ['virtio,mmio'],
    owner: 'shell',
    virtio: kind,
  };
}

/** Throws a clear error when the configuration cannot describe a machine (host-side input, not guest input). */
export function validateMachineConfig(config: MachineConfig): void {
  const { ramBytes, harts } = config;
  if (!Number.isSafeInteger(ramBytes) || ramBytes <= 0 || ramBytes % 4096 !== 0) {
    throw new Error(`machine: RAM size must be a positive multiple of 4 KiB, got ${ramBytes}`);
  }
  if (RAM_BASE + ramBytes > 2 ** 39) throw new Error(`machine: RAM of ${ramBytes} bytes does not fit below 512 GiB (Sv39)`);
  if (!Number.isInteger(harts) || harts < 1 || harts > MAX_HARTS) {
    throw new Error(`machine: hart count must be 1..${MAX_HARTS}, got ${harts}`);
  }
  const seen = new Set<number>();
  for (const { slot, kind } of config.virtio) {
    if (!Number.isInteger(slot) || slot < 0 || slot >= VIRTIO_SLOTS) {
      throw new Error(`machine: virtio slot must be 0..${VIRTIO_SLOTS - 1}, got ${slot} (${kind})`);
    }
    if (seen.has(slot)) throw new Error(`machine: virtio slot ${slot} configured twice`);
    seen.add(slot);
  }
  if (config.console === 'virtio' && !config.virtio.some((v) => v.kind === 'console')) {
    throw new Error('machine: console "virtio" needs a virtio console in one of the virtio slots');
  }
  if (config.initrd) {
    const { start, end } = config.initrd;
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= RAM_BASE && start <= end && end <= RAM_BASE + ramBytes)) {
      throw new Error(`machine: initrd [0x${start.toString(16)}, 0x${end.toString(16)}) is not inside RAM`);
    }
  }
}

/** The rows present in a machine with this configuration, in address order. Throws on an invalid configuration. */
export function machineRows(config: MachineConfig): MachineRow[] {
  validateMachineConfig(config);
  const virtio = [...config.virtio].sort((a, b) => a.slot - b.slot).map((v) => virtioRow(v.slot, v.kind));
  const ram: MachineRow = { name: 'ram', nodeName: 'memory', base: RAM_BASE, size: config.ramBytes, compatible: [], owner: 'core' };
  return [...FIXED_ROWS, ...virtio, ram];
}

/** The row named `name`; throws when the machine has none (a wiring bug, not a guest error). */
export function rowNamed(rows: readonly MachineRow[], name: string): MachineRow {
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`machine: no row named "${name}"`);
  return row;
}
