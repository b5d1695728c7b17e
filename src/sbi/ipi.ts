// SBI IPI extension (EID "sPI", section 7): send_ipi raises a supervisor software interrupt on the masked harts.

import { hartsFromMask } from './hart-mask.ts';
import { fail, ok, SBI_ERR_NOT_SUPPORTED, type SbiExtension } from './types.ts';

/** IPI extension id: "sPI". */
export const SBI_EXT_IPI = 0x735049n;

/** The IPI extension. */
export const ipiExtension: SbiExtension = {
  kind: 'standard',
  name: 'ipi',
  eidFirst: SBI_EXT_IPI,
  eidLast: SBI_EXT_IPI,
  functions: { 0: 'send_ipi' },
  handle(call) {
    if (call.fid !== 0n) return fail(SBI_ERR_NOT_SUPPORTED);
    const harts = hartsFromMask(call.host.hartCount, call.args[0], call.args[1]);
    if (typeof harts === 'number') return fail(harts);
    for (const hart of harts) call.host.sendIpi(hart);
    return ok();
  },
};
