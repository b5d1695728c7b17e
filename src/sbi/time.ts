// SBI timer extension (EID "TIME", section 6): set_timer programs the calling hart's next timer event.

import { fail, ok, SBI_ERR_NOT_SUPPORTED, type SbiExtension } from './types.ts';

/** Timer extension id: "TIME". */
export const SBI_EXT_TIME = 0x54494d45n;

/** The timer extension. */
export const timeExtension: SbiExtension = {
  kind: 'standard',
  name: 'time',
  eidFirst: SBI_EXT_TIME,
  eidLast: SBI_EXT_TIME,
  functions: { 0: 'set_timer' },
  handle(call) {
    if (call.fid !== 0n) return fail(SBI_ERR_NOT_SUPPORTED);
    call.host.setTimer(call.hart, call.args[0]);
    return ok();
  },
};
