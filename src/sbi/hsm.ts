// SBI hart state management (EID "HSM", section 9): start, stop, status and suspend; the host owns the harts.

import {
  fail,
  HSM_STOPPED,
  ok,
  SBI_ERR_ALREADY_AVAILABLE,
  SBI_ERR_INVALID_ADDRESS,
  SBI_ERR_INVALID_PARAM,
  SBI_ERR_NOT_SUPPORTED,
  type SbiExtension,
} from './types.ts';

/** HSM extension id: "HSM". */
export const SBI_EXT_HSM = 0x48534dn;

// Suspend types (section 9.4, table 23).
/** Default retentive suspend: the hart resumes after the call, like wfi. */
export const HSM_SUSPEND_DEFAULT_RETENTIVE = 0x0000_0000n;
/** Default non-retentive suspend. */
export const HSM_SUSPEND_DEFAULT_NON_RETENTIVE = 0x8000_0000n;

/** The HSM extension. */
export const hsmExtension: SbiExtension = {
  kind: 'standard',
  name: 'hsm',
  eidFirst: SBI_EXT_HSM,
  eidLast: SBI_EXT_HSM,
  functions: { 0: 'hart_start', 1: 'hart_stop', 2: 'hart_get_status', 3: 'hart_suspend' },
  handle(call) {
    const { host } = call;
    const [a0, a1, a2] = call.args;
    const validHart = a0 < BigInt(host.hartCount);
    switch (call.fid) {
      case 0n: {
        if (!validHart) return fail(SBI_ERR_INVALID_PARAM);
        const hart = Number(a0);
        if (host.hartStatus(hart) !== HSM_STOPPED) return fail(SBI_ERR_ALREADY_AVAILABLE);
        if (a1 > BigInt(Number.MAX_SAFE_INTEGER) || !host.memory.contains(Number(a1), 4)) return fail(SBI_ERR_INVALID_ADDRESS);
        return fail(host.hartStart(hart, a1, a2));
      }
      case 1n:
        return fail(host.hartStop(call.hart));
      case 2n:
        return validHart ? ok(host.hartStatus(Number(a0))) : fail(SBI_ERR_INVALID_PARAM);
      case 3n:
        // A retentive suspend returns like a wfi whose interrupt has already arrived: allowed, since the caller must
        // expect resumption on any interrupt. Non-retentive suspend would need the resume path: not supported.
        if (a0 === HSM_SUSPEND_DEFAULT_RETENTIVE) return ok();
        if (a0 === HSM_SUSPEND_DEFAULT_NON_RETENTIVE) return fail(SBI_ERR_NOT_SUPPORTED);
        return fail(SBI_ERR_INVALID_PARAM);
      default:
        return fail(SBI_ERR_NOT_SUPPORTED);
    }
  },
};
