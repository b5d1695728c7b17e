// The built-in SBI: probing, error codes, DBCN bounds, hart masks, HSM, SRST, legacy calls, and call counting.

import { describe, expect, it } from 'vitest';
import { GuestMemory } from '../../src/machine/guest-memory.ts';
import { SBI_IMPL_ID_TABVISOR } from '../../src/sbi/base.ts';
import { handleSbiCall, SBI_UNKNOWN, type SbiCallCounts } from '../../src/sbi/index.ts';
import {
  HSM_STARTED,
  HSM_STOPPED,
  SBI_ERR_ALREADY_AVAILABLE,
  SBI_ERR_INVALID_ADDRESS,
  SBI_ERR_INVALID_PARAM,
  SBI_ERR_NOT_SUPPORTED,
  SBI_SUCCESS,
  type RemoteFence,
  type SbiHost,
  type SbiRegs,
} from '../../src/sbi/types.ts';

const RAM = 0x8000_0000;
const EID = { base: 0x10n, time: 0x54494d45n, ipi: 0x735049n, rfence: 0x52464e43n, hsm: 0x48534dn, srst: 0x53525354n, dbcn: 0x4442434en };

class FakeHost implements SbiHost {
  readonly ram = new Uint8Array(64 * 1024);
  readonly memory = new GuestMemory(() => this.ram, RAM);
  readonly log: string[] = [];
  console = '';
  input: number[] = [];
  status: number[];
  constructor(readonly hartCount: number) {
    this.status = Array.from({ length: hartCount }, (_, i) => (i === 0 ? HSM_STARTED : HSM_STOPPED));
  }
  setTimer(hart: number, deadline: bigint): void {
    this.log.push(`timer ${hart} ${deadline}`);
  }
  sendIpi(hart: number): void {
    this.log.push(`ipi ${hart}`);
  }
  clearIpi(hart: number): void {
    this.log.push(`clear_ipi ${hart}`);
  }
  remoteFence(hart: number, fence: RemoteFence): void {
    this.log.push(`fence ${hart} ${fence.kind}`);
  }
  hartStart(hart: number, addr: bigint, opaque: bigint): number {
    this.log.push(`start ${hart} 0x${addr.toString(16)} ${opaque}`);
    this.status[hart] = HSM_STARTED;
    return SBI_SUCCESS;
  }
  hartStatus(hart: number): number {
    return this.status[hart];
  }
  hartStop(hart: number): number {
    this.status[hart] = HSM_STOPPED;
    return SBI_SUCCESS;
  }
  systemReset(type: number, reason: number): void {
    this.log.push(`reset ${type} ${reason}`);
  }
  consoleWrite(bytes: Uint8Array): void {
    this.console += new TextDecoder().decode(bytes);
  }
  consoleRead(max: number): Uint8Array {
    return Uint8Array.from(this.input.splice(0, max));
  }
}

/** Makes an ecall with a7 = eid, a6 = fid and the given arguments; returns a0 as a signed number and a1. */
function ecall(host: SbiHost, eid: bigint, fid: bigint, args: bigint[] = [], counts?: SbiCallCounts, hart = 0) {
  const [a0 = 0n, a1 = 0n, a2 = 0n, a3 = 0n, a4 = 0n, a5 = 0n] = args;
  const regs: SbiRegs = { a0, a1, a2, a3, a4, a5, a6: fid, a7: eid };
  const out = handleSbiCall(host, hart, regs, counts);
  expect(out.a0 >= 0n && out.a0 < 2n ** 64n && out.a1 >= 0n && out.a1 < 2n ** 64n).toBe(true);
  return { error: Number(BigInt.asIntN(64, out.a0)), value: out.a1 };
}

describe('SBI base', () => {
  it('reports version 2.0, our implementation id, and probes the table', () => {
    const host = new FakeHost(1);
    expect(ecall(host, EID.base, 0n)).toEqual({ error: 0, value: 0x0200_0000n });
    expect(ecall(host, EID.base, 1n)).toEqual({ error: 0, value: BigInt(SBI_IMPL_ID_TABVISOR) });
    for (const eid of [...Object.values(EID), 0x00n, 0x08n]) expect(ecall(host, EID.base, 3n, [eid]).value).toBe(1n);
    for (const eid of [0x09n, 0x504d55n /* PMU */, 0x53555350n /* SUSP */, 2n ** 64n - 1n]) {
      expect(ecall(host, EID.base, 3n, [eid]).value).toBe(0n);
    }
    expect(ecall(host, EID.base, 4n)).toEqual({ error: 0, value: 0n });
    expect(ecall(host, EID.base, 7n).error).toBe(SBI_ERR_NOT_SUPPORTED);
  });

  it('answers unknown extensions and functions with NOT_SUPPORTED in two\'s complement', () => {
    const host = new FakeHost(1);
    const out = handleSbiCall(host, 0, { a0: 0n, a1: 0n, a2: 0n, a3: 0n, a4: 0n, a5: 0n, a6: 0n, a7: 0x504d55n });
    expect(out.a0).toBe(2n ** 64n - 2n);
    expect(ecall(host, EID.time, 1n).error).toBe(SBI_ERR_NOT_SUPPORTED);
    expect(ecall(host, EID.rfence, 3n).error).toBe(SBI_ERR_NOT_SUPPORTED); // hypervisor fences: no H extension
  });
});

describe('SBI DBCN', () => {
  it('writes a guest buffer to the console and reads input into one', () => {
    const host = new FakeHost(1);
    host.ram.set(new TextEncoder().encode('hello, world'), 0x100);
    expect(ecall(host, EID.dbcn, 0n, [5n, BigInt(RAM + 0x100), 0n])).toEqual({ error: 0, value: 5n });
    expect(host.console).toBe('hello');
    expect(ecall(host, EID.dbcn, 2n, [0x21n + 0x100n])).toEqual({ error: 0, value: 0n });
    expect(host.console).toBe('hello!');
    host.input = [0x61, 0x62];
    expect(ecall(host, EID.dbcn, 1n, [8n, BigInt(RAM + 0x200), 0n])).toEqual({ error: 0, value: 2n });
    expect([...host.ram.subarray(0x200, 0x203)]).toEqual([0x61, 0x62, 0]);
    expect(ecall(host, EID.dbcn, 1n, [8n, BigInt(RAM + 0x200), 0n])).toEqual({ error: 0, value: 0n });
  });

  it('refuses buffers outside RAM with INVALID_PARAM and writes nothing', () => {
    const host = new FakeHost(1);
    const end = BigInt(RAM + host.ram.length);
    for (const [n, lo, hi] of [
      [1n, 0x1000n, 0n],
      [2n, end - 1n, 0n],
      [1n, BigInt(RAM), 1n],
      [1n, 2n ** 64n - 1n, 0n],
    ]) {
      expect(ecall(host, EID.dbcn, 0n, [n, lo, hi]).error).toBe(SBI_ERR_INVALID_PARAM);
      expect(ecall(host, EID.dbcn, 1n, [n, lo, hi]).error).toBe(SBI_ERR_INVALID_PARAM);
    }
    expect(host.console).toBe('');
  });

  it('writes at most 4096 bytes per call and says how many', () => {
    const host = new FakeHost(1);
    host.ram.fill(0x41);
    expect(ecall(host, EID.dbcn, 0n, [10_000n, BigInt(RAM), 0n])).toEqual({ error: 0, value: 4096n });
    expect(host.console.length).toBe(4096);
  });
});

describe('SBI hart masks (IPI, RFENCE)', () => {
  it('sends to the harts of the mask, relative to the base', () => {
    const host = new FakeHost(4);
    expect(ecall(host, EID.ipi, 0n, [0b101n, 0n]).error).toBe(0);
    expect(ecall(host, EID.ipi, 0n, [0b11n, 2n]).error).toBe(0);
    expect(host.log).toEqual(['ipi 0', 'ipi 2', 'ipi 2', 'ipi 3']);
  });

  it('treats base -1 as every hart and rejects masks naming missing harts without sending any', () => {
    const host = new FakeHost(3);
    expect(ecall(host, EID.ipi, 0n, [0n, 2n ** 64n - 1n]).error).toBe(0);
    expect(host.log).toEqual(['ipi 0', 'ipi 1', 'ipi 2']);
    host.log.length = 0;
    expect(ecall(host, EID.ipi, 0n, [0b1001n, 0n]).error).toBe(SBI_ERR_INVALID_PARAM);
    expect(ecall(host, EID.ipi, 0n, [1n, 3n]).error).toBe(SBI_ERR_INVALID_PARAM);
    expect(ecall(host, EID.ipi, 0n, [1n, 2n ** 63n]).error).toBe(SBI_ERR_INVALID_PARAM);
    expect(ecall(host, EID.ipi, 0n, [0n, 7n]).error).toBe(0);
    expect(host.log).toEqual([]);
  });

  it('fences the masked harts', () => {
    const host = new FakeHost(2);
    expect(ecall(host, EID.rfence, 0n, [0b10n, 0n]).error).toBe(0);
    expect(ecall(host, EID.rfence, 1n, [0n, 2n ** 64n - 1n, 0x1000n, 0x2000n]).error).toBe(0);
    expect(ecall(host, EID.rfence, 2n, [1n, 0n, 0n, 2n ** 64n - 1n, 5n]).error).toBe(0);
    expect(host.log).toEqual(['fence 1 fence.i', 'fence 0 sfence.vma', 'fence 1 sfence.vma', 'fence 0 sfence.vma.asid']);
  });
});

describe('SBI HSM, TIME, SRST', () => {
  it('starts stopped harts only, at addresses in RAM', () => {
    const one = new FakeHost(1);
    expect(ecall(one, EID.hsm, 0n, [0n, BigInt(RAM), 0n]).error).toBe(SBI_ERR_ALREADY_AVAILABLE);
    expect(ecall(one, EID.hsm, 0n, [1n, BigInt(RAM), 0n]).error).toBe(SBI_ERR_INVALID_PARAM);
    const two = new FakeHost(2);
    expect(ecall(two, EID.hsm, 2n, [1n])).toEqual({ error: 0, value: BigInt(HSM_STOPPED) });
    expect(ecall(two, EID.hsm, 0n, [1n, 0x1000n, 0n]).error).toBe(SBI_ERR_INVALID_ADDRESS);
    expect(ecall(two, EID.hsm, 0n, [1n, BigInt(RAM + 0x200), 7n]).error).toBe(0);
    expect(two.log).toEqual(['start 1 0x80000200 7']);
    expect(ecall(two, EID.hsm, 2n, [1n])).toEqual({ error: 0, value: BigInt(HSM_STARTED) });
    expect(ecall(two, EID.hsm, 2n, [2n]).error).toBe(SBI_ERR_INVALID_PARAM);
    expect(ecall(two, EID.hsm, 1n, [], undefined, 1).error).toBe(0);
    expect(two.status[1]).toBe(HSM_STOPPED);
    expect(ecall(two, EID.hsm, 3n, [0n]).error).toBe(0);
    expect(ecall(two, EID.hsm, 3n, [0x8000_0000n]).error).toBe(SBI_ERR_NOT_SUPPORTED);
    expect(ecall(two, EID.hsm, 3n, [5n]).error).toBe(SBI_ERR_INVALID_PARAM);
  });

  it('sets the calling hart\'s timer and resets the system', () => {
    const host = new FakeHost(2);
    expect(ecall(host, EID.time, 0n, [123_456_789n], undefined, 1).error).toBe(0);
    expect(ecall(host, EID.srst, 0n, [1n, 0n]).error).toBe(0);
    expect(ecall(host, EID.srst, 0n, [3n, 0n]).error).toBe(SBI_ERR_INVALID_PARAM);
    expect(ecall(host, EID.srst, 0n, [0n, 2n]).error).toBe(SBI_ERR_INVALID_PARAM);
    expect(host.log).toEqual(['timer 1 123456789', 'reset 1 0']);
  });
});

describe('SBI legacy extensions', () => {
  it('puts and gets characters, with -1 when there is no input, and leaves a1 alone', () => {
    const host = new FakeHost(1);
    const regs = (a7: bigint, a0 = 0n): SbiRegs => ({ a0, a1: 0xabcn, a2: 0n, a3: 0n, a4: 0n, a5: 0n, a6: 0n, a7 });
    expect(handleSbiCall(host, 0, regs(1n, 0x4fn))).toEqual({ a0: 0n, a1: 0xabcn });
    expect(handleSbiCall(host, 0, regs(1n, 0x14bn))).toEqual({ a0: 0n, a1: 0xabcn });
    expect(host.console).toBe('OK');
    expect(handleSbiCall(host, 0, regs(2n)).a0).toBe(2n ** 64n - 1n);
    host.input = [0x71];
    expect(handleSbiCall(host, 0, regs(2n))).toEqual({ a0: 0x71n, a1: 0xabcn });
  });

  it('reads legacy hart masks from memory (0 = all harts) and handles timer, clear_ipi, shutdown', () => {
    const host = new FakeHost(3);
    new DataView(host.ram.buffer).setBigUint64(0x40, 0b110n, true);
    expect(ecall(host, 0x04n, 0n, [BigInt(RAM + 0x40)]).error).toBe(0);
    expect(ecall(host, 0x04n, 0n, [0n]).error).toBe(0);
    expect(ecall(host, 0x04n, 0n, [0x10n]).error).toBe(SBI_ERR_INVALID_ADDRESS);
    new DataView(host.ram.buffer).setBigUint64(0x48, 0b1000n, true);
    expect(ecall(host, 0x05n, 0n, [BigInt(RAM + 0x48)]).error).toBe(SBI_ERR_INVALID_PARAM);
    expect(ecall(host, 0x00n, 0n, [99n]).error).toBe(0);
    expect(ecall(host, 0x03n, 0n).error).toBe(0);
    expect(ecall(host, 0x08n, 0n).error).toBe(0);
    expect(host.log).toEqual(['ipi 1', 'ipi 2', 'ipi 0', 'ipi 1', 'ipi 2', 'timer 0 99', 'clear_ipi 0', 'reset 0 0']);
  });
});

describe('SBI call counting', () => {
  it('counts calls by extension and function name as plain data', () => {
    const host = new FakeHost(1);
    const counts: SbiCallCounts = {};
    ecall(host, EID.time, 0n, [1n], counts);
    ecall(host, EID.time, 0n, [2n], counts);
    ecall(host, 0x01n, 0n, [0x41n], counts);
    ecall(host, EID.base, 3n, [EID.hsm], counts);
    ecall(host, EID.base, 99n, [], counts);
    ecall(host, 0x12345n, 0n, [], counts);
    expect(counts).toEqual({
      time: { set_timer: 2 },
      legacy: { console_putchar: 1 },
      base: { probe_extension: 1, [SBI_UNKNOWN]: 1 },
      [SBI_UNKNOWN]: { [SBI_UNKNOWN]: 1 },
    });
  });
});
