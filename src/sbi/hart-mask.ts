// Hart masks (SBI v2.0 section 3.1): a bit vector of harts relative to hart_mask_base, where base -1 means every hart.

import { SBI_ERR_INVALID_PARAM } from './types.ts';

const ALL_HARTS = 0xffff_ffff_ffff_ffffn;

/** The harts named by (hart_mask, hart_mask_base), or SBI_ERR_INVALID_PARAM when one of them does not exist. */
export function hartsFromMask(hartCount: number, mask: bigint, base: bigint): number[] | number {
  if (base === ALL_HARTS) return Array.from({ length: hartCount }, (_, i) => i);
  const harts: number[] = [];
  for (let bit = 0n; bit < 64n; bit++) {
    if (((mask >> bit) & 1n) === 0n) continue;
    const hart = base + bit;
    if (hart >= BigInt(hartCount)) return SBI_ERR_INVALID_PARAM;
    harts.push(Number(hart));
  }
  return harts;
}
