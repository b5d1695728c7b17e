// Types of the built-in SBI (hypercalls): error codes, the host interface the handlers drive, and the extension table entry.
// SBI = RISC-V Supervisor Binary Interface Specification v2.0; section numbers below refer to it.

import type { GuestMemory } from '../machine/guest-memory.ts';

// Standard SBI error codes (section 3.2, table 1).
/** Success. */
export const SBI_SUCCESS = 0;
/** Failed for an unknown or unspecified reason. */
export const SBI_ERR_FAILED = -1;
/** Extension or function not supported. */
export const SBI_ERR_NOT_SUPPORTED = -2;
/** A parameter is invalid. */
export const SBI_ERR_INVALID_PARAM = -3;
/** Denied. */
export const SBI_ERR_DENIED = -4;
/** An address is invalid. */
export const SBI_ERR_INVALID_ADDRESS = -5;
/** Already available (e.g. the hart is already started). */
export const SBI_ERR_ALREADY_AVAILABLE = -6;
/** Already started. */
export const SBI_ERR_ALREADY_STARTED = -7;
/** Already stopped. */
export const SBI_ERR_ALREADY_STOPPED = -8;
/** Shared memory not available. */
export const SBI_ERR_NO_SHMEM = -9;

// HSM hart states (section 9, table 22).
/** The hart is running. */
export const HSM_STARTED = 0;
/** The hart is stopped. */
export const HSM_STOPPED = 1;
/** A start request is pending. */
export const HSM_START_PENDING = 2;
/** A stop request is pending. */
export const HSM_STOP_PENDING = 3;
/** The hart is suspended. */
export const HSM_SUSPENDED = 4;
/** A suspend request is pending. */
export const HSM_SUSPEND_PENDING = 5;
/** A resume is pending. */
export const HSM_RESUME_PENDING = 6;

// SRST reset types and reasons (section 10.1).
/** Shut down. */
export const SRST_TYPE_SHUTDOWN = 0;
/** Cold reboot. */
export const SRST_TYPE_COLD_REBOOT = 1;
/** Warm reboot. */
export const SRST_TYPE_WARM_REBOOT = 2;
/** No reason. */
export const SRST_REASON_NONE = 0;
/** System failure. */
export const SRST_REASON_SYSTEM_FAILURE = 1;

/** What a hart asks the others to fence (RFENCE, section 8). Addresses are guest virtual. */
export type RemoteFence =
  | { kind: 'fence.i' }
  | { kind: 'sfence.vma'; start: bigint; size: bigint }
  | { kind: 'sfence.vma.asid'; start: bigint; size: bigint; asid: bigint };

/** What the SBI handlers need from the VM. Hart ids are 0..hartCount-1. */
export interface SbiHost {
  readonly hartCount: number;
  /** Programs hart's supervisor timer for `deadline` (mtime units) and clears its pending timer interrupt (section 6.1). */
  setTimer(hart: number, deadline: bigint): void;
  /** Raises a supervisor software interrupt (SSIP) on `hart`. */
  sendIpi(hart: number): void;
  /** Clears SSIP on `hart` (legacy clear_ipi). */
  clearIpi?(hart: number): void;
  /** Makes `hart` flush its TLB (or instruction cache) as `fence` asks. */
  remoteFence(hart: number, fence: RemoteFence): void;
  /** Starts a stopped hart in S-mode at `startAddr` with a0 = hartid, a1 = opaque; returns an SBI error code. */
  hartStart(hart: number, startAddr: bigint, opaque: bigint): number;
  /** One of the HSM_* states. */
  hartStatus(hart: number): number;
  /** Stops the calling hart; returns an SBI error code (on success the hart does not run again until started). */
  hartStop(hart: number): number;
  /** Shuts down or reboots the machine (SRST_TYPE_*, SRST_REASON_*). */
  systemReset(type: number, reason: number): void;
  /** Bytes for the console. */
  consoleWrite(bytes: Uint8Array): void;
  /** Up to `max` bytes of console input that are available now (possibly none); never waits. */
  consoleRead(max: number): Uint8Array;
  /** Guest RAM, for DBCN buffers (physical addresses). */
  readonly memory: GuestMemory;
  /**
   * Reads a 64-bit value at a guest virtual address through the hart's current translation; legacy IPI and fence calls pass
   * their hart mask by virtual address. Without it the address is read as physical (right before paging is on).
   */
  readVirtualU64?(hart: number, vaddr: bigint): bigint | null;
  /** mvendorid, marchid, mimpid as the core reports them; 0 when absent. */
  readonly machineIds?: { readonly mvendorid: bigint; readonly marchid: bigint; readonly mimpid: bigint };
}

/** The argument registers of an ecall, a0..a7, as 64-bit values (signed or unsigned: they are normalised to unsigned). */
export interface SbiRegs {
  a0: bigint;
  a1: bigint;
  a2: bigint;
  a3: bigint;
  a4: bigint;
  a5: bigint;
  a6: bigint;
  a7: bigint;
}

/** One call as a handler sees it: `args` are a0..a5 as unsigned 64-bit values. */
export interface SbiCall {
  readonly host: SbiHost;
  readonly hart: number;
  readonly eid: bigint;
  readonly fid: bigint;
  readonly args: readonly bigint[];
}

/** The result of a standard call: a0 = error, a1 = value (section 3.2). */
export interface SbiRet {
  error: number;
  value: bigint;
}

/** An entry of the extension table: standard extensions return SbiRet; legacy ones (EID 0x00..0x0F) one value in a0. */
export type SbiExtension =
  | {
      readonly kind: 'standard';
      readonly name: string;
      readonly eidFirst: bigint;
      readonly eidLast: bigint;
      /** Function names by function id, for exit accounting. */
      readonly functions: Readonly<Record<number, string>>;
      handle(call: SbiCall): SbiRet;
    }
  | {
      readonly kind: 'legacy';
      readonly name: string;
      readonly eidFirst: bigint;
      readonly eidLast: bigint;
      /** Function names by extension id: each legacy EID is one function. */
      readonly functions: Readonly<Record<number, string>>;
      handle(call: SbiCall): bigint;
    };

/** A successful SbiRet. */
export function ok(value: bigint | number = 0n): SbiRet {
  return { error: SBI_SUCCESS, value: BigInt(value) };
}

/** A failed SbiRet. */
export function fail(error: number): SbiRet {
  return { error, value: 0n };
}
