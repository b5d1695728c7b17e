// Where the hart's state lives in Wasm linear memory. The shell reads and writes these addresses directly.

/** Integer registers x0..x31, 8 bytes each (x0 is kept zero). */
@inline export const X_BASE: u32 = 0x0000;
/** Floating-point registers f0..f31, 8 bytes each; single-precision values are NaN-boxed. */
@inline export const F_BASE: u32 = 0x0100;
/** The program counter (u64), valid whenever `run` has returned. */
@inline export const PC_ADDR: u32 = 0x0200;
/** The current privilege mode (u32: 0 = U, 1 = S, 3 = M). */
@inline export const PRIV_ADDR: u32 = 0x0208;
/** Scratch for values crossing the Wasm/JS boundary (8 bytes each), so no i64 crosses it. */
@inline export const SCRATCH_ADDR: u32 = 0x0210;
/** Where the interpreter sends writes to x0 (selecting this slot is cheaper than re-zeroing x0 every instruction). */
@inline export const X0_SINK: u32 = 0x0218;
/** Read-only core information the shell needs (RAM size, RAM offset...), u32 each. */
@inline export const INFO_ADDR: u32 = 0x0280;
/** CSRs by number: 4096 entries of 8 bytes. Views (sstatus, sie, sip, fflags, frm...) are computed, not stored. */
@inline export const CSR_BASE: u32 = 0x1000;
/** fcsr (CSR 0x003): bits 0..4 accrued flags NV DZ OF UF NX, bits 5..7 the dynamic rounding mode. */
@inline export const FCSR_ADDR: u32 = CSR_BASE + 0x003 * 8;
/** Software TLBs, in banks (mmu.ts): 4 data banks of a read and a write TLB, 3 fetch TLBs; 16-byte entries. */
@inline export const TLB_BASE: u32 = 0x10000;
@inline export const TLB_ENTRIES: u32 = 256;
/** Compressed instruction expansion table: 65536 u32 (0 = illegal). */
@inline export const RVC_TABLE: u32 = 0x40000;
/** Boot ROM contents (mapped at guest physical ROM_GUEST_BASE). */
@inline export const ROM_BASE: u32 = 0x80000;
@inline export const ROM_SIZE: u32 = 0xF000;
/** Saved state of the harts not running now: each keeps [X_BASE, PC_ADDR + 16) then its CSRs (see harts.ts). */
@inline export const HART_SAVE_BASE: u32 = 0x20_0000;
@inline export const HART_SAVE_SIZE: u32 = 0x8400;
/** Guest RAM starts here in linear memory (above AssemblyScript's own data at memoryBase). */
@inline export const RAM_OFFSET: u32 = 0x0100_0000;
