// SBI debug console extension (EID "DBCN", section 12): console write/read through guest-physical buffers, and write_byte.

import { fail, ok, SBI_ERR_INVALID_PARAM, SBI_ERR_NOT_SUPPORTED, type SbiCall, type SbiExtension } from './types.ts';

/** DBCN extension id: "DBCN". */
export const SBI_EXT_DBCN = 0x4442434en;

/** Most bytes moved per call; the spec lets us do less than asked and return the count (section 12.1). */
export const DBCN_MAX_BYTES_PER_CALL = 4096;

/**
 * The guest buffer [base_lo | base_hi << XLEN, + n) as a RAM view, or null when it is not inside RAM.
 * On RV64 a non-zero base_hi is an address beyond 2^64, which no RAM holds.
 */
function guestBuffer(call: SbiCall, length: number): Uint8Array | null {
  const [, baseLo, baseHi] = call.args;
  if (baseHi !== 0n || baseLo > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return call.host.memory.view(Number(baseLo), length);
}

/** The DBCN extension. */
export const dbcnExtension: SbiExtension = {
  kind: 'standard',
  name: 'dbcn',
  eidFirst: SBI_EXT_DBCN,
  eidLast: SBI_EXT_DBCN,
  functions: { 0: 'console_write', 1: 'console_read', 2: 'console_write_byte' },
  handle(call) {
    const { host } = call;
    const asked = call.args[0];
    const length = Number(asked < BigInt(DBCN_MAX_BYTES_PER_CALL) ? asked : BigInt(DBCN_MAX_BYTES_PER_CALL));
    switch (call.fid) {
      case 0n: {
        const buffer = guestBuffer(call, length);
        if (!buffer) return fail(SBI_ERR_INVALID_PARAM);
        host.consoleWrite(buffer.slice());
        return ok(length);
      }
      case 1n: {
        const buffer = guestBuffer(call, length);
        if (!buffer) return fail(SBI_ERR_INVALID_PARAM);
        const input = host.consoleRead(length).subarray(0, length);
        buffer.set(input);
        return ok(input.length);
      }
      case 2n:
        host.consoleWrite(Uint8Array.of(Number(asked & 0xffn)));
        return ok();
      default:
        return fail(SBI_ERR_NOT_SUPPORTED);
    }
  },
};
