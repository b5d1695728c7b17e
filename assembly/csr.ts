// Zicsr: which CSRs exist, who may access them, and their read/write rules (privileged spec 1.12, chapter 2 and §3.1).
import {
  csr, setCsr, priv, PRIV_M, PRIV_S, PRIV_U, MISA_VALUE, MENVCFG_STCE,
  CSR_FFLAGS, CSR_FRM, CSR_FCSR, CSR_CYCLE, CSR_TIME, CSR_INSTRET, CSR_SSTATUS, CSR_SIE, CSR_STVEC, CSR_SCOUNTEREN,
  CSR_SENVCFG, CSR_SEPC, CSR_SIP, CSR_STIMECMP, CSR_SATP, CSR_MSTATUS, CSR_MISA, CSR_MEDELEG, CSR_MIDELEG, CSR_MIE,
  CSR_MTVEC, CSR_MCOUNTEREN, CSR_MENVCFG, CSR_MCOUNTINHIBIT, CSR_MEPC, CSR_MIP, CSR_MCYCLE, CSR_MINSTRET,
  MSTATUS_SIE, MSTATUS_MIE, MSTATUS_SPIE, MSTATUS_MPIE, MSTATUS_SPP, MSTATUS_MPP, MSTATUS_FS, MSTATUS_MPRV,
  MSTATUS_SUM, MSTATUS_MXR, MSTATUS_TVM, MSTATUS_TW, MSTATUS_TSR, MSTATUS_UXL_SXL, MSTATUS_SD,
} from "./state";
import { mipValue } from "./trap";
import { flushTlb, breakChunk } from "./mmu";
import { insnNow, mtime } from "./timer";

@inline const MSTATUS_WRITABLE: u64 = MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SPP |
  MSTATUS_MPP | MSTATUS_FS | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR;
/** The bits of mstatus that sstatus shows (§4.1.1); UXL and SD are included when read. */
@inline const SSTATUS_VISIBLE: u64 = MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM | MSTATUS_MXR;
/** MXR changes what loads may read in every translated bank (MPRV, MPP and SUM only choose the bank). */
@inline const MSTATUS_TRANSLATION: u64 = MSTATUS_MXR;
/** Exceptions that medeleg can delegate: all but ecall from M (11) and the reserved causes 10 and 14. */
@inline const MEDELEG_WRITABLE: u64 = 0xB3FF;
/** Supervisor interrupts: SSI, STI, SEI. */
@inline const S_INTERRUPTS: u64 = 0x222;
/** All standard interrupts' enable bits. */
@inline const MIE_WRITABLE: u64 = 0xAAA;

/** Whether CSR `num` exists on this hart (RV64: odd pmpcfg registers do not). */
function csrExists(num: u32): bool {
  if (num >= 0x001 && num <= 0x003) return true;
  if (num >= 0xC00 && num <= 0xC1F) return true;
  if (num >= 0xB00 && num <= 0xB1F) return num != 0xB01;
  if (num >= 0x320 && num <= 0x33F) return num != 0x321 && num != 0x322;
  if (num >= 0x3A0 && num <= 0x3AF) return (num & 1) == 0;
  if (num >= 0x3B0 && num <= 0x3EF) return true;
  if (num >= 0x7A0 && num <= 0x7A3) return true;
  if (num >= 0xF11 && num <= 0xF15) return true;
  switch (num) {
    case 0x100: case 0x104: case 0x105: case 0x106: case 0x10A:
    case 0x140: case 0x141: case 0x142: case 0x143: case 0x144: case 0x14D: case 0x180:
    case 0x300: case 0x301: case 0x302: case 0x303: case 0x304: case 0x305: case 0x306: case 0x30A:
    case 0x340: case 0x341: case 0x342: case 0x343: case 0x344:
      return true;
  }
  return false;
}

/** Whether the current mode may access CSR `num` (and write it, when `write`); false means illegal instruction. */
export function csrAllowed(num: u32, write: bool): bool {
  if (!csrExists(num)) return false;
  const p = priv();
  if (p < ((num >> 8) & 3)) return false;
  if (write && (num >> 10) == 3) return false;
  if (num <= CSR_FCSR) return (csr(CSR_MSTATUS) & MSTATUS_FS) != 0;
  if (num >= CSR_CYCLE && num <= 0xC1F && p != PRIV_M) {
    // Counter access below M is gated by mcounteren, and in U-mode also by scounteren (§3.1.11, §4.1.4).
    const bit = <u64>1 << (num & 31);
    if (!(csr(CSR_MCOUNTEREN) & bit)) return false;
    if (p == PRIV_U && !(csr(CSR_SCOUNTEREN) & bit)) return false;
  }
  if (num == CSR_SATP && p == PRIV_S && (csr(CSR_MSTATUS) & MSTATUS_TVM)) return false;
  if (num == CSR_STIMECMP && p == PRIV_S) {
    // Sstc: S-mode reaches stimecmp only when menvcfg.STCE and mcounteren.TM are set.
    if (!(csr(CSR_MENVCFG) & MENVCFG_STCE) || !(csr(CSR_MCOUNTEREN) & 2)) return false;
  }
  return true;
}

/** mstatus as read: UXL = SXL = 64-bit and SD summarising FS (§3.1.6). */
@inline function mstatusValue(): u64 {
  const ms = csr(CSR_MSTATUS) | MSTATUS_UXL_SXL;
  return (ms & MSTATUS_FS) == MSTATUS_FS ? ms | MSTATUS_SD : ms;
}

/** Reads CSR `num` (access already checked). */
export function csrRead(num: u32): u64 {
  switch (num) {
    case CSR_FFLAGS: return csr(CSR_FCSR) & 0x1F;
    case CSR_FRM: return (csr(CSR_FCSR) >> 5) & 7;
    case CSR_FCSR: return csr(CSR_FCSR) & 0xFF;
    case CSR_CYCLE: case CSR_MCYCLE: return insnNow + csr(CSR_MCYCLE);
    case CSR_INSTRET: case CSR_MINSTRET: return insnNow + csr(CSR_MINSTRET);
    case CSR_TIME: return mtime();
    case CSR_MSTATUS: return mstatusValue();
    case CSR_SSTATUS: return mstatusValue() & (SSTATUS_VISIBLE | (<u64>3 << 32) | MSTATUS_SD);
    case CSR_MISA: return MISA_VALUE;
    case CSR_MIP: return mipValue();
    case CSR_SIP: return mipValue() & csr(CSR_MIDELEG);
    case CSR_SIE: return csr(CSR_MIE) & csr(CSR_MIDELEG);
  }
  // Unimplemented performance counters and events, debug triggers: read as zero.
  if ((num >= 0xC03 && num <= 0xC1F) || (num >= 0xB03 && num <= 0xB1F) || (num >= 0x323 && num <= 0x33F)) return 0;
  if (num >= 0x7A0 && num <= 0x7A3) return 0;
  return csr(num);
}

/** Writes CSR `num` with its WARL rules and side effects (access already checked). */
export function csrWrite(num: u32, v: u64): void {
  breakChunk(); // interrupt enables, timers or translation may have changed
  switch (num) {
    case CSR_FFLAGS: setCsr(CSR_FCSR, (csr(CSR_FCSR) & ~(<u64>0x1F)) | (v & 0x1F)); markFpDirty(); return;
    case CSR_FRM: setCsr(CSR_FCSR, (csr(CSR_FCSR) & 0x1F) | ((v & 7) << 5)); markFpDirty(); return;
    case CSR_FCSR: setCsr(CSR_FCSR, v & 0xFF); markFpDirty(); return;
    case CSR_MCYCLE: setCsr(CSR_MCYCLE, v - insnNow); return;
    case CSR_MINSTRET: setCsr(CSR_MINSTRET, v - insnNow); return;
    case CSR_MSTATUS: writeMstatus(v, MSTATUS_WRITABLE); return;
    case CSR_SSTATUS: writeMstatus(v, SSTATUS_VISIBLE); return;
    case CSR_MISA: return; // fixed: extensions cannot be turned off
    case CSR_MEDELEG: setCsr(num, v & MEDELEG_WRITABLE); return;
    case CSR_MIDELEG: setCsr(num, v & S_INTERRUPTS); return;
    case CSR_MIE: setCsr(num, v & MIE_WRITABLE); return;
    case CSR_SIE: {
      const deleg = csr(CSR_MIDELEG);
      setCsr(CSR_MIE, (csr(CSR_MIE) & ~deleg) | (v & deleg & S_INTERRUPTS));
      return;
    }
    case CSR_MIP: {
      // SSIP, STIP and SEIP are writable by M-mode; with Sstc enabled STIP follows stimecmp instead.
      let mask = S_INTERRUPTS;
      if (csr(CSR_MENVCFG) & MENVCFG_STCE) mask &= ~(<u64>1 << 5);
      setCsr(num, (csr(num) & ~mask) | (v & mask));
      return;
    }
    case CSR_SIP: {
      const mask = csr(CSR_MIDELEG) & 2; // only SSIP is writable through sip
      setCsr(CSR_MIP, (csr(CSR_MIP) & ~mask) | (v & mask));
      return;
    }
    case CSR_MTVEC: case CSR_STVEC:
      setCsr(num, (v & 3) >= 2 ? v & ~(<u64>3) : v); // reserved modes fall back to direct
      return;
    case CSR_MEPC: case CSR_SEPC: setCsr(num, v & ~(<u64>1)); return;
    case CSR_SATP: {
      // WARL: only Bare (0) and Sv39 (8) are accepted; other modes leave satp unchanged. No ASID bits.
      const mode = v >> 60;
      if (mode == 0 || mode == 8) {
        setCsr(num, v & ~(<u64>0xFFFF << 44));
        flushTlb();
      }
      return;
    }
    case CSR_MCOUNTEREN: case CSR_SCOUNTEREN: setCsr(num, v & 0xFFFF_FFFF); return;
    case CSR_MCOUNTINHIBIT: return; // WARL zero: counters always count (they are what mtime derives from)
    case CSR_MENVCFG: setCsr(num, v & (MENVCFG_STCE | 1)); return;
    case CSR_SENVCFG: setCsr(num, v & 1); return;
    case 0xF11: case 0xF12: case 0xF13: case 0xF14: case 0xF15: return;
  }
  if ((num >= 0xB03 && num <= 0xB1F) || (num >= 0x323 && num <= 0x33F) || (num >= 0x7A0 && num <= 0x7A3)) return;
  if (num >= 0x3A0 && num <= 0x3AF) {
    setCsr(num, v & 0x9F9F_9F9F_9F9F_9F9F); // pmpcfg: bits 6..5 of each entry are reserved (WARL zero)
    return;
  }
  if (num >= 0x3B0 && num <= 0x3EF) {
    setCsr(num, v & 0x003F_FFFF_FFFF_FFFF); // pmpaddr holds bits 55..2 of an address
    return;
  }
  setCsr(num, v);
}

/** Writes the `writable` bits of mstatus; MPP's reserved value 2 becomes U (WARL). */
function writeMstatus(v: u64, writable: u64): void {
  const old = csr(CSR_MSTATUS);
  let ms = (old & ~writable) | (v & writable);
  if (((ms & MSTATUS_MPP) >> 11) == 2) ms &= ~MSTATUS_MPP;
  setCsr(CSR_MSTATUS, ms);
  if ((old ^ ms) & MSTATUS_TRANSLATION) flushTlb();
}

/** Marks the FP state Dirty (mstatus.FS = 3), as every instruction that changes FP state must (§3.1.6.6). */
@inline export function markFpDirty(): void {
  setCsr(CSR_MSTATUS, csr(CSR_MSTATUS) | MSTATUS_FS);
}
