// Builds the shell-side platform from the machine table: the PLIC, UART, RTC, test device and virtio slots, wired and on a bus.

import type { CharBackend } from '../backends/types.ts';
import type { IrqLine, MmioDevice } from '../devices/device.ts';
import { GoldfishRtc, type NanosecondClock } from '../devices/goldfish-rtc.ts';
import { Plic, type PlicOutput } from '../devices/plic.ts';
import { SifiveTest, type HaltRequest } from '../devices/sifive-test.ts';
import { Uart16550 } from '../devices/uart16550.ts';
import { busFromRows, type MmioBus } from './bus.ts';
import { PLIC_SOURCES, rowNamed, type MachineRow } from './table.ts';

/** What the platform needs from the VM. */
export interface PlatformOptions {
  /** machineRows(config). */
  readonly rows: readonly MachineRow[];
  readonly harts: number;
  /** The UART's terminal. */
  readonly serial: CharBackend;
  /** PLIC context outputs: context 2h drives hart h's MEIP, 2h+1 its SEIP. */
  readonly onExternalInterrupt: PlicOutput;
  /** The test device's poweroff and reset requests. */
  readonly onHalt: (request: HaltRequest) => void;
  /** The RTC's clock (wall clock by default). */
  readonly clock?: NanosecondClock;
  /** Builds the device of each virtio row, given its interrupt line. */
  readonly virtio?: (row: MachineRow, irq: IrqLine) => MmioDevice;
}

/** The platform devices and the bus they sit on. */
export interface Platform {
  readonly bus: MmioBus;
  readonly plic: Plic;
  readonly uart: Uart16550;
  readonly rtc: GoldfishRtc;
  readonly test: SifiveTest;
  /** Every shell device by row name ("uart0", "virtio3", ...). */
  readonly devices: ReadonlyMap<string, MmioDevice>;
}

/** Creates the shell-owned devices of `rows`, connects their interrupt lines to the PLIC sources the rows name, and builds the bus. */
export function buildPlatform(options: PlatformOptions): Platform {
  const { rows } = options;
  const plic = new Plic(PLIC_SOURCES, 2 * options.harts, options.onExternalInterrupt);
  const irqOf = (row: MachineRow): IrqLine => {
    if (row.irq === undefined) throw new Error(`platform: row "${row.name}" has no interrupt`);
    return plic.source(row.irq);
  };
  const uart = new Uart16550(options.serial, irqOf(rowNamed(rows, 'uart0')));
  const rtc = new GoldfishRtc(irqOf(rowNamed(rows, 'rtc')), options.clock);
  const test = new SifiveTest(options.onHalt);
  const devices = new Map<string, MmioDevice>([
    ['plic', plic],
    ['uart0', uart],
    ['rtc', rtc],
    ['test', test],
  ]);
  for (const row of rows) {
    if (!row.virtio) continue;
    if (!options.virtio) throw new Error(`platform: row "${row.name}" holds a virtio ${row.virtio} but no virtio factory was given`);
    devices.set(row.name, options.virtio(row, irqOf(row)));
  }
  return { bus: busFromRows(rows, devices), plic, uart, rtc, test, devices };
}
