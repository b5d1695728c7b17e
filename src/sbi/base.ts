// SBI base extension (EID 0x10, section 4): versions, implementation id, extension probing, machine ids.

import { ok, type SbiCall, type SbiExtension, type SbiRet, SBI_ERR_NOT_SUPPORTED, fail } from './types.ts';

/** Base extension id. */
export const SBI_EXT_BASE = 0x10n;

/** SBI specification version implemented: 2.0 (major in bits 30:24, minor in bits 23:0, section 4.1). */
export const SBI_SPEC_VERSION = (2 << 24) | 0;

/**
 * Our implementation id. The SBI spec's registry (section 4.9) assigns small numbers (0 BBL, 1 OpenSBI, 2 Xvisor, 3 KVM,
 * 4 RustSBI, ...); we are not registered, so we use 0x5456 ("TV"), far above the assigned range.
 */
export const SBI_IMPL_ID_TABVISOR = 0x5456;

/** Our implementation version: major << 16 | minor, as OpenSBI encodes it. */
export const SBI_IMPL_VERSION = (0 << 16) | 1;

/** Builds the base extension; `probe` answers whether an extension id is implemented (the table knows). */
export function baseExtension(probe: (eid: bigint) => boolean): SbiExtension {
  return {
    kind: 'standard',
    name: 'base',
    eidFirst: SBI_EXT_BASE,
    eidLast: SBI_EXT_BASE,
    functions: {
      0: 'get_spec_version',
      1: 'get_impl_id',
      2: 'get_impl_version',
      3: 'probe_extension',
      4: 'get_mvendorid',
      5: 'get_marchid',
      6: 'get_mimpid',
    },
    handle(call: SbiCall): SbiRet {
      const ids = call.host.machineIds;
      switch (call.fid) {
        case 0n:
          return ok(SBI_SPEC_VERSION);
        case 1n:
          return ok(SBI_IMPL_ID_TABVISOR);
        case 2n:
          return ok(SBI_IMPL_VERSION);
        case 3n:
          return ok(probe(call.args[0]) ? 1 : 0); // section 4.4: 0 when unavailable, 1 when available
        case 4n:
          return ok(ids?.mvendorid ?? 0n);
        case 5n:
          return ok(ids?.marchid ?? 0n);
        case 6n:
          return ok(ids?.mimpid ?? 0n);
        default:
          return fail(SBI_ERR_NOT_SUPPORTED);
      }
    },
  };
}
