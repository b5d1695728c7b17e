// The sifive,test0 "finisher": a guest write powers the machine off (with a status) or resets it (QEMU's hw/misc/sifive_test.c).

import type { MmioDevice } from './device.ts';

// The low 16 bits of a write select the action (QEMU's FINISHER_* values).
/** Power off with a failure code in bits 31:16. */
export const FINISHER_FAIL = 0x3333;
/** Power off, status 0. */
export const FINISHER_PASS = 0x5555;
/** Reset the machine. */
export const FINISHER_RESET = 0x7777;

/** What the guest asked for: power off with an exit code (0 = pass), or reset. */
export interface HaltRequest {
  kind: 'poweroff' | 'reset';
  code: number;
}

/** The test device. Other values are ignored, as on QEMU; reads return 0. */
export class SifiveTest implements MmioDevice {
  readonly name = 'test';

  constructor(private readonly onHalt: (request: HaltRequest) => void) {}

  read(): number {
    return 0;
  }

  write(offset: number, width: 1 | 2 | 4, value: number): void {
    // OpenSBI writes the finisher with a 16-bit store, Linux's syscon with a 32-bit one (QEMU accepts both).
    if (offset !== 0 || width === 1) return;
    const status = value & 0xffff;
    const code = value >>> 16;
    if (status === FINISHER_PASS) this.onHalt({ kind: 'poweroff', code: 0 });
    else if (status === FINISHER_FAIL) this.onHalt({ kind: 'poweroff', code });
    else if (status === FINISHER_RESET) this.onHalt({ kind: 'reset', code: 0 });
  }

  reset(): void {}

  registerName(offset: number): string {
    return offset === 0 ? 'finisher' : `0x${offset.toString(16)}`;
  }
}
