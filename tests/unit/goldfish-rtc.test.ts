// The goldfish RTC with an injected clock: latched reads, setting the time, the alarm and its interrupt.

import { describe, expect, it } from 'vitest';
import {
  GoldfishRtc,
  RTC_ALARM_HIGH,
  RTC_ALARM_LOW,
  RTC_ALARM_STATUS,
  RTC_CLEAR_ALARM,
  RTC_CLEAR_INTERRUPT,
  RTC_IRQ_ENABLED,
  RTC_TIME_HIGH,
  RTC_TIME_LOW,
} from '../../src/devices/goldfish-rtc.ts';

function setup(start: bigint) {
  const clock = { now: start };
  const irq = { level: false, set(l: boolean) { this.level = l; } };
  const rtc = new GoldfishRtc(irq, () => clock.now);
  const time = (): bigint => {
    const lo = BigInt(rtc.read(RTC_TIME_LOW, 4));
    return (BigInt(rtc.read(RTC_TIME_HIGH, 4)) << 32n) | lo;
  };
  return { clock, irq, rtc, time };
}

describe('GoldfishRtc', () => {
  it('reads the clock as one instant: TIME_LOW latches TIME_HIGH', () => {
    const { clock, rtc, time } = setup(0x1_ffff_fff0n);
    expect(time()).toBe(0x1_ffff_fff0n);
    rtc.read(RTC_TIME_LOW, 4);
    clock.now = 0x2_0000_0010n; // the high half moves on between the two reads
    expect(rtc.read(RTC_TIME_HIGH, 4)).toBe(1);
  });

  it('lets the guest set the time (TIME_HIGH then TIME_LOW), after which it keeps running', () => {
    const { clock, rtc, time } = setup(1_000n);
    rtc.write(RTC_TIME_HIGH, 4, 0x17);
    rtc.write(RTC_TIME_LOW, 4, 0x8000_0000);
    expect(time()).toBe(0x17_8000_0000n);
    clock.now += 500n;
    expect(time()).toBe(0x17_8000_0000n + 500n);
  });

  it('fires the alarm when due, interrupting only when enabled, until cleared', () => {
    const { clock, irq, rtc } = setup(10_000n);
    rtc.write(RTC_ALARM_HIGH, 4, 0);
    rtc.write(RTC_ALARM_LOW, 4, 20_000);
    expect(rtc.read(RTC_ALARM_STATUS, 4)).toBe(1);
    expect(rtc.nanosecondsToAlarm()).toBe(10_000n);
    clock.now = 20_000n;
    rtc.poll();
    expect(rtc.read(RTC_ALARM_STATUS, 4)).toBe(0);
    expect(irq.level).toBe(false); // IRQ_ENABLED is 0
    rtc.write(RTC_IRQ_ENABLED, 4, 1);
    expect(irq.level).toBe(true);
    rtc.write(RTC_CLEAR_INTERRUPT, 4, 1);
    expect(irq.level).toBe(false);
    rtc.write(RTC_ALARM_LOW, 4, 30_000);
    rtc.write(RTC_CLEAR_ALARM, 4, 1);
    clock.now = 40_000n;
    rtc.poll();
    expect(irq.level).toBe(false);
    expect(rtc.nanosecondsToAlarm()).toBeNull();
  });

  it('uses the wall clock by default', () => {
    const rtc = new GoldfishRtc({ set() {} });
    const lo = BigInt(rtc.read(RTC_TIME_LOW, 4));
    const ns = (BigInt(rtc.read(RTC_TIME_HIGH, 4)) << 32n) | lo;
    const seconds = Number(ns / 1_000_000_000n);
    expect(Math.abs(seconds - Date.now() / 1000)).toBeLessThan(60);
  });
});
