// SBI system reset extension (EID "SRST", section 10): shutdown, cold and warm reboot, handed to the host.

import {
  fail,
  ok,
  SBI_ERR_INVALID_PARAM,
  SBI_ERR_NOT_SUPPORTED,
  SRST_REASON_SYSTEM_FAILURE,
  SRST_TYPE_WARM_REBOOT,
  type SbiExtension,
} from './types.ts';

/** SRST extension id: "SRST". */
export const SBI_EXT_SRST = 0x53525354n;

/** The SRST extension. Reserved and vendor-specific types or reasons are INVALID_PARAM (section 10.1). */
export const srstExtension: SbiExtension = {
  kind: 'standard',
  name: 'srst',
  eidFirst: SBI_EXT_SRST,
  eidLast: SBI_EXT_SRST,
  functions: { 0: 'system_reset' },
  handle(call) {
    if (call.fid !== 0n) return fail(SBI_ERR_NOT_SUPPORTED);
    const [type, reason] = call.args;
    if (type > BigInt(SRST_TYPE_WARM_REBOOT) || reason > BigInt(SRST_REASON_SYSTEM_FAILURE)) return fail(SBI_ERR_INVALID_PARAM);
    call.host.systemReset(Number(type), Number(reason));
    return ok();
  },
};
