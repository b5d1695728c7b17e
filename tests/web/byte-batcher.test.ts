// Tests of the console output batcher used in the VM worker (per slice) and in tv-console (per animation frame).
import { describe, expect, it } from 'vitest';
import { ByteBatcher } from '../../web/byte-batcher.ts';

describe('ByteBatcher', () => {
  it('delivers everything pushed since the last flush as one chunk, in order', () => {
    const delivered: Uint8Array[] = [];
    const batcher = new ByteBatcher((chunk) => delivered.push(chunk));
    batcher.push(new Uint8Array([1, 2]));
    batcher.push(new Uint8Array([3]));
    batcher.push(new Uint8Array([4, 5, 6]));
    expect(batcher.pendingBytes).toBe(6);
    batcher.flush();
    expect(delivered).toEqual([new Uint8Array([1, 2, 3, 4, 5, 6])]);
    expect(batcher.pendingBytes).toBe(0);
  });

  it('delivers nothing when nothing was pushed', () => {
    const delivered: Uint8Array[] = [];
    const batcher = new ByteBatcher((chunk) => delivered.push(chunk));
    batcher.push(new Uint8Array(0));
    batcher.flush();
    expect(delivered).toEqual([]);
  });

  it('copies what it is given, so the producer may reuse its buffer', () => {
    const delivered: Uint8Array[] = [];
    const batcher = new ByteBatcher((chunk) => delivered.push(chunk));
    const reused = new Uint8Array([7]);
    batcher.push(reused);
    reused[0] = 8;
    batcher.flush();
    expect(delivered[0]).toEqual(new Uint8Array([7]));
  });

  it('schedules one flush per batch however many pushes come before it runs', () => {
    const delivered: Uint8Array[] = [];
    const scheduled: (() => void)[] = [];
    const batcher = new ByteBatcher(
      (chunk) => delivered.push(chunk),
      (flush) => scheduled.push(flush),
    );
    for (let byte = 0; byte < 1000; byte++) batcher.push(new Uint8Array([byte & 0xff]));
    expect(scheduled).toHaveLength(1);
    scheduled[0]!();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.length).toBe(1000);
    expect(delivered[0]![999]).toBe(999 & 0xff);
    batcher.push(new Uint8Array([1]));
    expect(scheduled).toHaveLength(2);
  });
});
