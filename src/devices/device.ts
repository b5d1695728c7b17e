// The one small interface every emulated device implements, and the interrupt line it is handed.

/** A memory-mapped device. Offsets are relative to the device's base; the bus splits 8-byte accesses into two 4-byte ones. */
export interface MmioDevice {
  /** Short name used in the device tree node and in exit accounting ("uart0", "plic", "virtio-blk"). */
  readonly name: string;
  /** Reads `width` bytes at `offset`; unsigned result. */
  read(offset: number, width: 1 | 2 | 4): number;
  /** Writes the low `width` bytes of `value` at `offset`. */
  write(offset: number, width: 1 | 2 | 4, value: number): void;
  /** Returns the device to its power-on state. */
  reset(): void;
  /** The register's name at `offset` (datasheet or spec name), so exits can be counted per register. */
  registerName(offset: number): string;
}

/** A level-triggered interrupt line into the interrupt controller (or, for the PLIC, into the hart). */
export interface IrqLine {
  set(level: boolean): void;
}

/** An interrupt line that goes nowhere; for tests and unwired devices. */
export const noIrq: IrqLine = { set() {} };
