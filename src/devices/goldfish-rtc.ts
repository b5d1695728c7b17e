// The goldfish RTC (google,goldfish-rtc): a 64-bit nanosecond wall clock with one alarm.
// Register map from the Android emulator's GOLDFISH-VIRTUAL-HARDWARE.TXT and QEMU's hw/rtc/goldfish_rtc.c.

import type { IrqLine, MmioDevice } from './device.ts';

// Register offsets.
/** Low 32 bits of the time in nanoseconds; reading it latches the high half. */
export const RTC_TIME_LOW = 0x00;
/** High 32 bits of the time, as latched by the last TIME_LOW read. */
export const RTC_TIME_HIGH = 0x04;
/** Low 32 bits of the alarm; writing it arms the alarm. */
export const RTC_ALARM_LOW = 0x08;
/** High 32 bits of the alarm. */
export const RTC_ALARM_HIGH = 0x0c;
/** Bit 0 enables the alarm interrupt. */
export const RTC_IRQ_ENABLED = 0x10;
/** Any write disarms the alarm. */
export const RTC_CLEAR_ALARM = 0x14;
/** 1 while an alarm is armed. */
export const RTC_ALARM_STATUS = 0x18;
/** Any write lowers the interrupt. */
export const RTC_CLEAR_INTERRUPT = 0x1c;

const REGISTER_NAMES: Record<number, string> = {
  [RTC_TIME_LOW]: 'TIME_LOW',
  [RTC_TIME_HIGH]: 'TIME_HIGH',
  [RTC_ALARM_LOW]: 'ALARM_LOW',
  [RTC_ALARM_HIGH]: 'ALARM_HIGH',
  [RTC_IRQ_ENABLED]: 'IRQ_ENABLED',
  [RTC_CLEAR_ALARM]: 'CLEAR_ALARM',
  [RTC_ALARM_STATUS]: 'ALARM_STATUS',
  [RTC_CLEAR_INTERRUPT]: 'CLEAR_INTERRUPT',
};

/** Nanoseconds since the Unix epoch. */
export type NanosecondClock = () => bigint;

/** The host's wall clock in nanoseconds. */
export const wallClockNs: NanosecondClock = () => BigInt(Date.now()) * 1_000_000n;

/** The RTC's state as plain data. */
export interface GoldfishRtcState {
  /** Guest time minus host clock, changed when the guest sets the time. */
  offsetNs: bigint;
  /** TIME_HIGH as latched by the last TIME_LOW read; or, before a TIME_LOW write, the high half being set. */
  timeHigh: number;
  alarmHigh: number;
  /** Armed alarm time, or null. */
  alarmNs: bigint | null;
  irqEnabled: boolean;
  irqPending: boolean;
}

function powerOnState(): GoldfishRtcState {
  return { offsetNs: 0n, timeHigh: 0, alarmHigh: 0, alarmNs: null, irqEnabled: false, irqPending: false };
}

/** The goldfish RTC. Alarms are checked on every access and by poll(); the shell polls it when it sleeps or between slices. */
export class GoldfishRtc implements MmioDevice {
  readonly name = 'rtc';
  state: GoldfishRtcState = powerOnState();

  constructor(
    private readonly irq: IrqLine,
    private readonly clock: NanosecondClock = wallClockNs,
  ) {}

  /** The guest's current time in nanoseconds. */
  now(): bigint {
    return this.clock() + this.state.offsetNs;
  }

  read(offset: number, width: 1 | 2 | 4): number {
    if (width !== 4) return 0;
    this.poll();
    const s = this.state;
    switch (offset) {
      case RTC_TIME_LOW: {
        const t = BigInt.asUintN(64, this.now());
        s.timeHigh = Number(t >> 32n); // reading TIME_LOW latches TIME_HIGH, so the two halves belong to one instant
        return Number(t & 0xffff_ffffn);
      }
      case RTC_TIME_HIGH:
        return s.timeHigh;
      case RTC_ALARM_LOW:
        return s.alarmNs === null ? 0 : Number(BigInt.asUintN(32, s.alarmNs));
      case RTC_ALARM_HIGH:
        return s.alarmNs === null ? s.alarmHigh : Number(BigInt.asUintN(32, s.alarmNs >> 32n));
      case RTC_IRQ_ENABLED:
        return s.irqEnabled ? 1 : 0;
      case RTC_ALARM_STATUS:
        return s.alarmNs === null ? 0 : 1;
      default:
        return 0;
    }
  }

  write(offset: number, width: 1 | 2 | 4, value: number): void {
    if (width !== 4) return;
    const s = this.state;
    value >>>= 0;
    switch (offset) {
      case RTC_TIME_HIGH:
        s.timeHigh = value; // Linux writes TIME_HIGH, then TIME_LOW, which sets the clock
        break;
      case RTC_TIME_LOW:
        s.offsetNs = ((BigInt(s.timeHigh) << 32n) | BigInt(value)) - this.clock();
        break;
      case RTC_ALARM_HIGH:
        s.alarmHigh = value;
        break;
      case RTC_ALARM_LOW:
        s.alarmNs = (BigInt(s.alarmHigh) << 32n) | BigInt(value); // writing ALARM_LOW arms the alarm
        break;
      case RTC_IRQ_ENABLED:
        s.irqEnabled = (value & 1) === 1;
        break;
      case RTC_CLEAR_ALARM:
        s.alarmNs = null;
        break;
      case RTC_CLEAR_INTERRUPT:
        s.irqPending = false;
        break;
    }
    this.poll();
  }

  /** Fires a due alarm and drives the interrupt line; call it when guest time may have passed an armed alarm. */
  poll(): void {
    const s = this.state;
    if (s.alarmNs !== null && this.now() >= s.alarmNs) {
      s.alarmNs = null;
      s.irqPending = true;
    }
    this.irq.set(s.irqPending && s.irqEnabled);
  }

  /** Host-clock nanoseconds until the armed alarm fires (0 if due), or null when none is armed; the shell's sleep bound. */
  nanosecondsToAlarm(): bigint | null {
    const alarm = this.state.alarmNs;
    if (alarm === null) return null;
    const left = alarm - this.now();
    return left > 0n ? left : 0n;
  }

  reset(): void {
    this.state = powerOnState();
    this.irq.set(false);
  }

  registerName(offset: number): string {
    return REGISTER_NAMES[offset] ?? `0x${offset.toString(16)}`;
  }

  /** A copy of the state, for snapshots. */
  snapshot(): GoldfishRtcState {
    return { ...this.state };
  }

  /** Restores a snapshot taken by snapshot(). */
  restore(snapshot: GoldfishRtcState): void {
    this.state = { ...snapshot };
    this.poll();
  }
}
