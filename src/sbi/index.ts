// The built-in SBI: the extension table, the dispatch of S-mode ecalls (hypercalls), and their counts per function.
// The table maps extension id ranges to handlers, as Linux KVM's arch/riscv/kvm/vcpu_sbi.c does.

import { baseExtension } from './base.ts';
import { dbcnExtension } from './dbcn.ts';
import { hsmExtension } from './hsm.ts';
import { ipiExtension } from './ipi.ts';
import { legacyExtension } from './legacy.ts';
import { rfenceExtension } from './rfence.ts';
import { srstExtension } from './srst.ts';
import { timeExtension } from './time.ts';
import { SBI_ERR_NOT_SUPPORTED, type SbiCall, type SbiExtension, type SbiHost, type SbiRegs } from './types.ts';

/** Hypercall counts: extension name, then function name. Plain data, mutated in place by handleSbiCall. */
export type SbiCallCounts = Record<string, Record<string, number>>;

/** Extension and function name under which calls to anything not in the table are counted. */
export const SBI_UNKNOWN = 'unknown';

/** Whether `eid` is in the table (the base extension's probe_extension answers from it). */
export function probeExtension(eid: bigint): boolean {
  return findExtension(eid) !== undefined;
}

/** The extension table, looked up by EID range. */
export const SBI_EXTENSIONS: readonly SbiExtension[] = [
  legacyExtension,
  baseExtension(probeExtension),
  timeExtension,
  ipiExtension,
  rfenceExtension,
  hsmExtension,
  srstExtension,
  dbcnExtension,
];

/** The table entry whose EID range contains `eid`. */
export function findExtension(eid: bigint): SbiExtension | undefined {
  return SBI_EXTENSIONS.find((e) => eid >= e.eidFirst && eid <= e.eidLast);
}

const u64 = (v: bigint): bigint => BigInt.asUintN(64, v);

/**
 * Answers an ecall from S-mode on `hart`: a7 = extension id, a6 = function id, a0..a5 = arguments (SBI v2.0 section 3).
 * Returns the new a0 and a1 as unsigned 64-bit values (negative error codes in two's complement); legacy calls leave a1 as
 * it was. Never throws for any guest input. When `counts` is given, the call is counted there.
 */
export function handleSbiCall(host: SbiHost, hart: number, regs: SbiRegs, counts?: SbiCallCounts): { a0: bigint; a1: bigint } {
  const eid = u64(regs.a7);
  const fid = u64(regs.a6);
  const extension = findExtension(eid);
  if (!extension) {
    if (counts) count(counts, SBI_UNKNOWN, SBI_UNKNOWN);
    return { a0: u64(BigInt(SBI_ERR_NOT_SUPPORTED)), a1: 0n };
  }
  const call: SbiCall = { host, hart, eid, fid, args: [regs.a0, regs.a1, regs.a2, regs.a3, regs.a4, regs.a5].map(u64) };
  const key = extension.kind === 'legacy' ? eid : fid;
  if (counts) count(counts, extension.name, key < 64n ? (extension.functions[Number(key)] ?? SBI_UNKNOWN) : SBI_UNKNOWN);
  if (extension.kind === 'legacy') return { a0: u64(extension.handle(call)), a1: u64(regs.a1) };
  const ret = extension.handle(call);
  return { a0: u64(BigInt(ret.error)), a1: u64(ret.value) };
}

function count(counts: SbiCallCounts, extension: string, fn: string): void {
  const byFunction = (counts[extension] ??= {});
  byFunction[fn] = (byFunction[fn] ?? 0) + 1;
}
