// SBI RFENCE extension (EID "RFNC", section 8): remote fence.i and sfence.vma on the masked harts.

import { hartsFromMask } from './hart-mask.ts';
import { fail, ok, SBI_ERR_NOT_SUPPORTED, type RemoteFence, type SbiExtension } from './types.ts';

/** RFENCE extension id: "RFNC". */
export const SBI_EXT_RFENCE = 0x52464e43n;

/** The RFENCE extension. The hypervisor fences (functions 3..6) need the H extension, which the core lacks. */
export const rfenceExtension: SbiExtension = {
  kind: 'standard',
  name: 'rfence',
  eidFirst: SBI_EXT_RFENCE,
  eidLast: SBI_EXT_RFENCE,
  functions: {
    0: 'remote_fence_i',
    1: 'remote_sfence_vma',
    2: 'remote_sfence_vma_asid',
    3: 'remote_hfence_gvma_vmid',
    4: 'remote_hfence_gvma',
    5: 'remote_hfence_vvma_asid',
    6: 'remote_hfence_vvma',
  },
  handle(call) {
    const [mask, base, start, size, asid] = call.args;
    let fence: RemoteFence;
    switch (call.fid) {
      case 0n:
        fence = { kind: 'fence.i' };
        break;
      case 1n:
        fence = { kind: 'sfence.vma', start, size };
        break;
      case 2n:
        fence = { kind: 'sfence.vma.asid', start, size, asid };
        break;
      default:
        return fail(SBI_ERR_NOT_SUPPORTED);
    }
    const harts = hartsFromMask(call.host.hartCount, mask, base);
    if (typeof harts === 'number') return fail(harts);
    for (const hart of harts) call.host.remoteFence(hart, fence);
    return ok();
  },
};
