// SBI legacy extensions (EIDs 0x00..0x08, v0.1, section 5): one function per EID, a single return value in a0.

import { hartsFromMask } from './hart-mask.ts';
import {
  SBI_ERR_INVALID_ADDRESS,
  SBI_ERR_NOT_SUPPORTED,
  SBI_SUCCESS,
  SRST_REASON_NONE,
  SRST_TYPE_SHUTDOWN,
  type RemoteFence,
  type SbiCall,
  type SbiExtension,
} from './types.ts';

// Legacy extension ids (section 5, table 2).
/** Legacy set_timer. */
export const SBI_LEGACY_SET_TIMER = 0x00n;
/** Legacy console_putchar. */
export const SBI_LEGACY_CONSOLE_PUTCHAR = 0x01n;
/** Legacy console_getchar. */
export const SBI_LEGACY_CONSOLE_GETCHAR = 0x02n;
/** Legacy clear_ipi. */
export const SBI_LEGACY_CLEAR_IPI = 0x03n;
/** Legacy send_ipi. */
export const SBI_LEGACY_SEND_IPI = 0x04n;
/** Legacy remote_fence_i. */
export const SBI_LEGACY_REMOTE_FENCE_I = 0x05n;
/** Legacy remote_sfence_vma. */
export const SBI_LEGACY_REMOTE_SFENCE_VMA = 0x06n;
/** Legacy remote_sfence_vma_asid. */
export const SBI_LEGACY_REMOTE_SFENCE_VMA_ASID = 0x07n;
/** Legacy shutdown. */
export const SBI_LEGACY_SHUTDOWN = 0x08n;

/**
 * The harts of a legacy hart mask, passed by (virtual) address; address 0 means every hart (as OpenSBI reads it).
 * Returns an SBI error code when the mask cannot be read or names a missing hart.
 */
function legacyHarts(call: SbiCall): number[] | number {
  const addr = call.args[0];
  const { host } = call;
  if (addr === 0n) return hartsFromMask(host.hartCount, 0n, 0xffff_ffff_ffff_ffffn);
  let mask: bigint | null;
  if (host.readVirtualU64) {
    mask = host.readVirtualU64(call.hart, addr);
  } else if (addr <= BigInt(Number.MAX_SAFE_INTEGER)) {
    const lo = host.memory.readU32(Number(addr));
    const hi = host.memory.readU32(Number(addr) + 4);
    mask = lo === null || hi === null ? null : (BigInt(hi) << 32n) | BigInt(lo);
  } else {
    mask = null;
  }
  if (mask === null) return SBI_ERR_INVALID_ADDRESS;
  return hartsFromMask(host.hartCount, mask, 0n);
}

function fenceHarts(call: SbiCall, fence: RemoteFence): bigint {
  const harts = legacyHarts(call);
  if (typeof harts === 'number') return BigInt(harts);
  for (const hart of harts) call.host.remoteFence(hart, fence);
  return BigInt(SBI_SUCCESS);
}

/** The legacy extensions as one table entry covering EIDs 0x00..0x08. */
export const legacyExtension: SbiExtension = {
  kind: 'legacy',
  name: 'legacy',
  eidFirst: SBI_LEGACY_SET_TIMER,
  eidLast: SBI_LEGACY_SHUTDOWN,
  functions: {
    0: 'set_timer',
    1: 'console_putchar',
    2: 'console_getchar',
    3: 'clear_ipi',
    4: 'send_ipi',
    5: 'remote_fence_i',
    6: 'remote_sfence_vma',
    7: 'remote_sfence_vma_asid',
    8: 'shutdown',
  },
  handle(call) {
    const { host } = call;
    const [a0, a1, a2, a3] = call.args;
    switch (call.eid) {
      case SBI_LEGACY_SET_TIMER:
        host.setTimer(call.hart, a0);
        return 0n;
      case SBI_LEGACY_CONSOLE_PUTCHAR:
        host.consoleWrite(Uint8Array.of(Number(a0 & 0xffn)));
        return 0n;
      case SBI_LEGACY_CONSOLE_GETCHAR: {
        const input = host.consoleRead(1);
        return input.length > 0 ? BigInt(input[0]) : -1n; // section 5.3: -1 when no character is pending
      }
      case SBI_LEGACY_CLEAR_IPI:
        host.clearIpi?.(call.hart);
        return 0n;
      case SBI_LEGACY_SEND_IPI: {
        const harts = legacyHarts(call);
        if (typeof harts === 'number') return BigInt(harts);
        for (const hart of harts) host.sendIpi(hart);
        return 0n;
      }
      case SBI_LEGACY_REMOTE_FENCE_I:
        return fenceHarts(call, { kind: 'fence.i' });
      case SBI_LEGACY_REMOTE_SFENCE_VMA:
        return fenceHarts(call, { kind: 'sfence.vma', start: a1, size: a2 });
      case SBI_LEGACY_REMOTE_SFENCE_VMA_ASID:
        return fenceHarts(call, { kind: 'sfence.vma.asid', start: a1, size: a2, asid: a3 });
      case SBI_LEGACY_SHUTDOWN:
        host.systemReset(SRST_TYPE_SHUTDOWN, SRST_REASON_NONE);
        return 0n;
      default:
        return BigInt(SBI_ERR_NOT_SUPPORTED);
    }
  },
};
