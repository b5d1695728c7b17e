// Hart state accessors, privilege and cause constants shared by the core's modules.
import { X_BASE, F_BASE, CSR_BASE, PRIV_ADDR, INFO_ADDR } from "./layout";

@inline export const PRIV_U: u32 = 0;
@inline export const PRIV_S: u32 = 1;
@inline export const PRIV_M: u32 = 3;

// Exception causes (privileged spec 1.12, table 3.6).
@inline export const CAUSE_FETCH_MISALIGNED: u64 = 0;
@inline export const CAUSE_FETCH_ACCESS: u64 = 1;
@inline export const CAUSE_ILLEGAL: u64 = 2;
@inline export const CAUSE_BREAKPOINT: u64 = 3;
@inline export const CAUSE_LOAD_MISALIGNED: u64 = 4;
@inline export const CAUSE_LOAD_ACCESS: u64 = 5;
@inline export const CAUSE_STORE_MISALIGNED: u64 = 6;
@inline export const CAUSE_STORE_ACCESS: u64 = 7;
@inline export const CAUSE_ECALL_U: u64 = 8;
@inline export const CAUSE_FETCH_PAGE: u64 = 12;
@inline export const CAUSE_LOAD_PAGE: u64 = 13;
@inline export const CAUSE_STORE_PAGE: u64 = 15;
@inline export const INTERRUPT_BIT: u64 = 0x8000_0000_0000_0000;

// Interrupt numbers and their mip/mie bits.
@inline export const IRQ_SSI: u32 = 1;
@inline export const IRQ_MSI: u32 = 3;
@inline export const IRQ_STI: u32 = 5;
@inline export const IRQ_MTI: u32 = 7;
@inline export const IRQ_SEI: u32 = 9;
@inline export const IRQ_MEI: u32 = 11;

// Exit reasons returned by run() (DESIGN.md: "Core and shell").
@inline export const EXIT_BUDGET: i32 = 0;
@inline export const EXIT_HYPERCALL: i32 = 1;
@inline export const EXIT_IDLE: i32 = 2;
@inline export const EXIT_STOP: i32 = 3;
@inline export const EXIT_TOHOST: i32 = 4;
@inline export const EXIT_BREAKPOINT: i32 = 5;
@inline export const EXIT_TRAP_LOOP: i32 = 6;

// Guest physical layout owned by the core.
@inline export const RAM_GUEST_BASE: u64 = 0x8000_0000;
@inline export const ROM_GUEST_BASE: u64 = 0x1000;
@inline export const CLINT_BASE: u64 = 0x0200_0000;
@inline export const CLINT_SIZE: u64 = 0x1_0000;

// Slots in the INFO area (u64 each) that the shell may read: kept in memory so state is plain data.
@inline export const INFO_RAM_SIZE: u32 = INFO_ADDR + 0;
@inline export const INFO_INSN_COUNT: u32 = INFO_ADDR + 8;
@inline export const INFO_TIME_OFFSET: u32 = INFO_ADDR + 16;
/** The running hart's interrupt lines from outside its CSRs (CLINT, timers, PLIC), recomputed between chunks. */
@inline export const INFO_HW_IP: u32 = INFO_ADDR + 48;
@inline export const INFO_TOHOST: u32 = INFO_ADDR + 56;
/** Most harts a machine may have. */
@inline export const MAX_HARTS: u32 = 8;
/** Per-hart arrays shared by all harts (u64 each, indexed by hart): the CLINT's msip and mtimecmp, the SBI timer, and
 *  the external interrupt lines (MEIP/SEIP bits) the PLIC drives. */
@inline export const HART_MSIP: u32 = INFO_ADDR + 0x80;
@inline export const HART_MTIMECMP: u32 = INFO_ADDR + 0xC0;
@inline export const HART_SBI_TIMECMP: u32 = INFO_ADDR + 0x100;
@inline export const HART_EXT_IP: u32 = INFO_ADDR + 0x140;
/** A per-hart array's slot for hart `h`. */
@inline export function hartSlot(array: u32, h: u32): u32 { return array + (h << 3); }

@inline export function getX(r: u32): u64 { return load<u64>(X_BASE + (r << 3)); }
@inline export function setX(r: u32, v: u64): void { if (r != 0) store<u64>(X_BASE + (r << 3), v); }
@inline export function getF(r: u32): u64 { return load<u64>(F_BASE + (r << 3)); }
@inline export function setF(r: u32, v: u64): void { store<u64>(F_BASE + (r << 3), v); }
@inline export function csr(n: u32): u64 { return load<u64>(CSR_BASE + (n << 3)); }
@inline export function setCsr(n: u32, v: u64): void { store<u64>(CSR_BASE + (n << 3), v); }
@inline export function priv(): u32 { return load<u32>(PRIV_ADDR); }
@inline export function setPrivRaw(p: u32): void { store<u32>(PRIV_ADDR, p); }
@inline export function info(slot: u32): u64 { return load<u64>(slot); }
@inline export function setInfo(slot: u32, v: u64): void { store<u64>(slot, v); }

// CSR numbers used by the core (privileged spec 1.12, tables 2.2–2.5).
@inline export const CSR_FFLAGS: u32 = 0x001;
@inline export const CSR_FRM: u32 = 0x002;
@inline export const CSR_FCSR: u32 = 0x003;
@inline export const CSR_CYCLE: u32 = 0xC00;
@inline export const CSR_TIME: u32 = 0xC01;
@inline export const CSR_INSTRET: u32 = 0xC02;
@inline export const CSR_SSTATUS: u32 = 0x100;
@inline export const CSR_SIE: u32 = 0x104;
@inline export const CSR_STVEC: u32 = 0x105;
@inline export const CSR_SCOUNTEREN: u32 = 0x106;
@inline export const CSR_SENVCFG: u32 = 0x10A;
@inline export const CSR_SSCRATCH: u32 = 0x140;
@inline export const CSR_SEPC: u32 = 0x141;
@inline export const CSR_SCAUSE: u32 = 0x142;
@inline export const CSR_STVAL: u32 = 0x143;
@inline export const CSR_SIP: u32 = 0x144;
@inline export const CSR_STIMECMP: u32 = 0x14D;
@inline export const CSR_SATP: u32 = 0x180;
@inline export const CSR_MSTATUS: u32 = 0x300;
@inline export const CSR_MISA: u32 = 0x301;
@inline export const CSR_MEDELEG: u32 = 0x302;
@inline export const CSR_MIDELEG: u32 = 0x303;
@inline export const CSR_MIE: u32 = 0x304;
@inline export const CSR_MTVEC: u32 = 0x305;
@inline export const CSR_MCOUNTEREN: u32 = 0x306;
@inline export const CSR_MENVCFG: u32 = 0x30A;
@inline export const CSR_MCOUNTINHIBIT: u32 = 0x320;
@inline export const CSR_MSCRATCH: u32 = 0x340;
@inline export const CSR_MEPC: u32 = 0x341;
@inline export const CSR_MCAUSE: u32 = 0x342;
@inline export const CSR_MTVAL: u32 = 0x343;
@inline export const CSR_MIP: u32 = 0x344;
@inline export const CSR_MCYCLE: u32 = 0xB00;
@inline export const CSR_MINSTRET: u32 = 0xB02;
@inline export const CSR_MVENDORID: u32 = 0xF11;
@inline export const CSR_MARCHID: u32 = 0xF12;
@inline export const CSR_MIMPID: u32 = 0xF13;
@inline export const CSR_MHARTID: u32 = 0xF14;

// mstatus fields (privileged spec 1.12, §3.1.6).
@inline export const MSTATUS_SIE: u64 = 1 << 1;
@inline export const MSTATUS_MIE: u64 = 1 << 3;
@inline export const MSTATUS_SPIE: u64 = 1 << 5;
@inline export const MSTATUS_MPIE: u64 = 1 << 7;
@inline export const MSTATUS_SPP: u64 = 1 << 8;
@inline export const MSTATUS_MPP_SHIFT: u64 = 11;
@inline export const MSTATUS_MPP: u64 = 3 << 11;
@inline export const MSTATUS_FS_SHIFT: u64 = 13;
@inline export const MSTATUS_FS: u64 = 3 << 13;
@inline export const MSTATUS_MPRV: u64 = 1 << 17;
@inline export const MSTATUS_SUM: u64 = 1 << 18;
@inline export const MSTATUS_MXR: u64 = 1 << 19;
@inline export const MSTATUS_TVM: u64 = 1 << 20;
@inline export const MSTATUS_TW: u64 = 1 << 21;
@inline export const MSTATUS_TSR: u64 = 1 << 22;
@inline export const MSTATUS_UXL_SXL: u64 = (2 << 32) | (2 << 34);
@inline export const MSTATUS_SD: u64 = 0x8000_0000_0000_0000;

/** misa: MXL = 2 (64-bit) and the extensions A C D F I M S U; it agrees with the device tree's riscv,isa. */
@inline export const MISA_VALUE: u64 =
  (2 << 62) | (1 << 0) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20);

/** menvcfg.STCE (Sstc enable). */
@inline export const MENVCFG_STCE: u64 = 0x8000_0000_0000_0000;
