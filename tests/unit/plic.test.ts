// The PLIC: priorities, thresholds, per-context enables, claim/complete with level-triggered gateways, outputs.

import { describe, expect, it } from 'vitest';
import { Plic, plicContext, PLIC_CONTEXT_BASE, PLIC_ENABLE_BASE, PLIC_PENDING_BASE } from '../../src/devices/plic.ts';

function setup(sources = 31, contexts = 2) {
  const outputs: string[] = [];
  const level = new Array<boolean>(contexts).fill(false);
  const plic = new Plic(sources, contexts, (ctx, l) => {
    outputs.push(`${ctx}:${l ? 1 : 0}`);
    level[ctx] = l;
  });
  const rd = (offset: number): number => plic.read(offset, 4);
  const wr = (offset: number, value: number): void => plic.write(offset, 4, value);
  const priority = (src: number, p: number): void => wr(4 * src, p);
  const enable = (ctx: number, mask: number): void => wr(PLIC_ENABLE_BASE + 0x80 * ctx, mask);
  const threshold = (ctx: number, t: number): void => wr(PLIC_CONTEXT_BASE + 0x1000 * ctx, t);
  const claim = (ctx: number): number => rd(PLIC_CONTEXT_BASE + 0x1000 * ctx + 4);
  const complete = (ctx: number, src: number): void => wr(PLIC_CONTEXT_BASE + 0x1000 * ctx + 4, src);
  return { plic, outputs, level, rd, wr, priority, enable, threshold, claim, complete };
}

describe('Plic', () => {
  it('claims the highest-priority pending source, lowest id on ties', () => {
    const { plic, priority, enable, claim, complete } = setup();
    priority(1, 1);
    priority(3, 5);
    priority(10, 5);
    enable(1, (1 << 1) | (1 << 3) | (1 << 10));
    for (const s of [1, 3, 10]) plic.source(s).set(true);
    expect(claim(1)).toBe(3);
    expect(claim(1)).toBe(10);
    expect(claim(1)).toBe(1);
    expect(claim(1)).toBe(0);
    complete(1, 3);
    expect(claim(1)).toBe(3); // level still high: pending again after completion
  });

  it('does not pend a claimed source again until it is completed', () => {
    const { plic, level, priority, enable, claim, complete, rd } = setup();
    priority(10, 1);
    enable(1, 1 << 10);
    const uart = plic.source(10);
    uart.set(true);
    expect(level[1]).toBe(true);
    expect(rd(PLIC_PENDING_BASE)).toBe(1 << 10);
    expect(claim(1)).toBe(10);
    expect(level[1]).toBe(false);
    expect(rd(PLIC_PENDING_BASE)).toBe(0);
    uart.set(false);
    uart.set(true); // a new request while in flight is held back by the gateway
    expect(level[1]).toBe(false);
    complete(1, 10);
    expect(level[1]).toBe(true);
    uart.set(false); // withdrawn before being claimed
    expect(level[1]).toBe(false);
    expect(claim(1)).toBe(0);
  });

  it('masks sources at or below the context threshold, and priority 0 never interrupts', () => {
    const { plic, level, priority, enable, threshold, claim } = setup();
    priority(5, 3);
    enable(1, (1 << 5) | (1 << 6));
    plic.source(6).set(true); // priority 0
    expect(level[1]).toBe(false);
    plic.source(5).set(true);
    expect(level[1]).toBe(true);
    threshold(1, 3);
    expect(level[1]).toBe(false);
    expect(claim(1)).toBe(0);
    threshold(1, 2);
    expect(level[1]).toBe(true);
    expect(claim(1)).toBe(5);
  });

  it('routes by per-context enables and reports each output change once', () => {
    const { plic, outputs, priority, enable, claim, complete } = setup(31, 4);
    priority(2, 1);
    enable(3, 1 << 2);
    plic.source(2).set(true);
    expect(outputs).toEqual(['3:1']);
    expect(claim(0)).toBe(0);
    expect(claim(3)).toBe(2);
    plic.source(2).set(false);
    complete(1, 2); // not enabled for context 1: ignored, still in flight
    plic.source(2).set(true);
    expect(outputs).toEqual(['3:1', '3:0']);
    complete(3, 2);
    expect(outputs).toEqual(['3:1', '3:0', '3:1']);
  });

  it('reads back priorities (3 bits), enables and thresholds; source 0 and unknown contexts read as zero', () => {
    const { rd, wr, priority, enable, threshold } = setup(40, 2);
    priority(33, 0xff);
    expect(rd(4 * 33)).toBe(7);
    wr(0, 5);
    expect(rd(0)).toBe(0);
    enable(0, 0xffff_ffff);
    expect(rd(PLIC_ENABLE_BASE)).toBe(0xffff_fffe); // source 0 does not exist
    wr(PLIC_ENABLE_BASE + 4, 0xffff_ffff);
    expect(rd(PLIC_ENABLE_BASE + 4)).toBe(0x1ff); // sources 32..40
    threshold(1, 4);
    expect(rd(PLIC_CONTEXT_BASE + 0x1000)).toBe(4);
    expect(rd(PLIC_CONTEXT_BASE + 0x1000 * 5)).toBe(0);
    expect(() => setup(31, 2).plic.source(32)).toThrow(/no source 32/);
  });

  it('snapshots, restores and resets', () => {
    const { plic, level, priority, enable, claim } = setup();
    priority(1, 1);
    enable(0, 2);
    plic.source(1).set(true);
    const snap = plic.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(claim(0)).toBe(1);
    plic.restore(snap);
    expect(level[0]).toBe(true);
    expect(claim(0)).toBe(1);
    plic.reset();
    expect(level[0]).toBe(false);
    expect(plic.registerName(PLIC_CONTEXT_BASE + 0x1004)).toBe('claim/complete[1]');
    expect([plicContext(0, 'M'), plicContext(0, 'S'), plicContext(3, 'S')]).toEqual([0, 1, 7]);
  });
});
