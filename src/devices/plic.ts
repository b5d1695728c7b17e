// The platform-level interrupt controller (sifive,plic-1.0.0): priorities, pending, enables, thresholds, claim/complete.
// Register map and semantics from the RISC-V PLIC Specification v1.0.0.

import type { IrqLine, MmioDevice } from './device.ts';

// Register blocks (PLIC spec chapter 3, "Memory Map").
/** Source priorities, one word per source (source 0 does not exist). */
export const PLIC_PRIORITY_BASE = 0x0;
/** Pending bits, one per source. */
export const PLIC_PENDING_BASE = 0x1000;
/** Enable bits of context 0; context c at PLIC_ENABLE_BASE + c * PLIC_ENABLE_STRIDE. */
export const PLIC_ENABLE_BASE = 0x2000;
/** Distance between the enable blocks of two contexts. */
export const PLIC_ENABLE_STRIDE = 0x80;
/** Threshold of context 0, then its claim/complete register at +4. */
export const PLIC_CONTEXT_BASE = 0x20_0000;
/** Distance between the threshold/claim blocks of two contexts. */
export const PLIC_CONTEXT_STRIDE = 0x1000;

/** Highest priority value: 3 priority bits, as QEMU's virt machine (VIRT_IRQCHIP_NUM_PRIO_BITS). */
export const PLIC_MAX_PRIORITY = 7;

/** The PLIC context of hart `hart`'s M-mode (2h) or S-mode (2h+1) external interrupt, the order the device tree lists. */
export function plicContext(hart: number, mode: 'M' | 'S'): number {
  return 2 * hart + (mode === 'S' ? 1 : 0);
}

/** Called when a context's interrupt output changes; context 2h is hart h's M-mode (MEIP), 2h+1 its S-mode (SEIP). */
export type PlicOutput = (context: number, level: boolean) => void;

/** The PLIC's complete state as plain data. Arrays are indexed by source number (index 0 unused) or context. */
export interface PlicState {
  priority: number[];
  /** Device input levels (level-triggered sources). */
  level: boolean[];
  /** Gateway-latched requests waiting to be claimed. */
  pending: boolean[];
  /** Claimed and not yet completed: the gateway forwards no new request from the source (spec 5 "Interrupt Gateways"). */
  inFlight: boolean[];
  /** enable[context][source]. */
  enable: boolean[][];
  threshold: number[];
  /** Last level reported to each context's output. */
  output: boolean[];
}

/** A PLIC with sources 1..sourceCount and `contexts` targets. */
export class Plic implements MmioDevice {
  readonly name = 'plic';
  state: PlicState;
  private readonly lines: IrqLine[] = [];

  constructor(
    readonly sourceCount: number,
    readonly contexts: number,
    private readonly onOutput: PlicOutput,
  ) {
    if (!Number.isInteger(sourceCount) || sourceCount < 1 || sourceCount > 1023) throw new Error(`plic: bad source count ${sourceCount}`);
    if (!Number.isInteger(contexts) || contexts < 1 || contexts > 15872) throw new Error(`plic: bad context count ${contexts}`);
    this.state = this.powerOnState();
    for (let source = 0; source <= sourceCount; source++) {
      this.lines.push({ set: (level) => this.setLevel(source, level) });
    }
  }

  /** The interrupt line of source `source` (1..sourceCount), to hand to a device. */
  source(source: number): IrqLine {
    if (!Number.isInteger(source) || source < 1 || source > this.sourceCount) throw new Error(`plic: no source ${source}`);
    return this.lines[source];
  }

  read(offset: number, width: 1 | 2 | 4): number {
    if (width !== 4 || offset % 4 !== 0) return 0; // the spec defines 32-bit registers only
    const s = this.state;
    if (offset < PLIC_PENDING_BASE) {
      const source = offset / 4;
      return source >= 1 && source <= this.sourceCount ? s.priority[source] : 0;
    }
    if (offset < PLIC_ENABLE_BASE) return this.bitsWord(s.pending, (offset - PLIC_PENDING_BASE) / 4);
    if (offset < PLIC_CONTEXT_BASE) {
      const context = Math.floor((offset - PLIC_ENABLE_BASE) / PLIC_ENABLE_STRIDE);
      if (context >= this.contexts) return 0;
      return this.bitsWord(s.enable[context], ((offset - PLIC_ENABLE_BASE) % PLIC_ENABLE_STRIDE) / 4);
    }
    const context = Math.floor((offset - PLIC_CONTEXT_BASE) / PLIC_CONTEXT_STRIDE);
    if (context >= this.contexts) return 0;
    switch ((offset - PLIC_CONTEXT_BASE) % PLIC_CONTEXT_STRIDE) {
      case 0:
        return s.threshold[context];
      case 4:
        return this.claim(context);
      default:
        return 0;
    }
  }

  write(offset: number, width: 1 | 2 | 4, value: number): void {
    if (width !== 4 || offset % 4 !== 0) return;
    const s = this.state;
    if (offset < PLIC_PENDING_BASE) {
      const source = offset / 4;
      if (source >= 1 && source <= this.sourceCount) s.priority[source] = Math.min(value >>> 0, PLIC_MAX_PRIORITY);
    } else if (offset < PLIC_ENABLE_BASE) {
      return; // pending bits are read-only here
    } else if (offset < PLIC_CONTEXT_BASE) {
      const context = Math.floor((offset - PLIC_ENABLE_BASE) / PLIC_ENABLE_STRIDE);
      if (context >= this.contexts) return;
      const word = ((offset - PLIC_ENABLE_BASE) % PLIC_ENABLE_STRIDE) / 4;
      for (let bit = 0; bit < 32; bit++) {
        const source = word * 32 + bit;
        if (source >= 1 && source <= this.sourceCount) s.enable[context][source] = ((value >>> bit) & 1) === 1;
      }
    } else {
      const context = Math.floor((offset - PLIC_CONTEXT_BASE) / PLIC_CONTEXT_STRIDE);
      if (context >= this.contexts) return;
      const reg = (offset - PLIC_CONTEXT_BASE) % PLIC_CONTEXT_STRIDE;
      if (reg === 0) s.threshold[context] = Math.min(value >>> 0, PLIC_MAX_PRIORITY);
      else if (reg === 4) this.complete(context, value >>> 0);
    }
    this.update();
  }

  reset(): void {
    this.state = this.powerOnState();
    this.update(true);
  }

  registerName(offset: number): string {
    if (offset < PLIC_PENDING_BASE) return 'priority';
    if (offset < PLIC_ENABLE_BASE) return 'pending';
    if (offset < PLIC_CONTEXT_BASE) return `enable[${Math.floor((offset - PLIC_ENABLE_BASE) / PLIC_ENABLE_STRIDE)}]`;
    const context = Math.floor((offset - PLIC_CONTEXT_BASE) / PLIC_CONTEXT_STRIDE);
    const reg = (offset - PLIC_CONTEXT_BASE) % PLIC_CONTEXT_STRIDE;
    return reg === 0 ? `threshold[${context}]` : reg === 4 ? `claim/complete[${context}]` : `reserved[${context}]`;
  }

  /** A deep copy of the state, for snapshots. */
  snapshot(): PlicState {
    return structuredClone(this.state);
  }

  /** Restores a snapshot taken by snapshot() and re-drives the outputs. */
  restore(snapshot: PlicState): void {
    this.state = structuredClone(snapshot);
    this.update(true);
  }

  /** Sets a source's input level: level-triggered, so a request is pending while the level is high and the source is not in flight. */
  private setLevel(source: number, level: boolean): void {
    const s = this.state;
    if (s.level[source] === level) return;
    s.level[source] = level;
    // As QEMU's sifive_plic: a request withdrawn before it is claimed stops pending (no spurious claim for a quiet device).
    s.pending[source] = level && !s.inFlight[source];
    this.update();
  }

  /** The best pending source for `context` (highest priority above the threshold, lowest id on ties), or 0. */
  private best(context: number): number {
    const s = this.state;
    let bestSource = 0;
    let bestPriority = s.threshold[context];
    for (let source = 1; source <= this.sourceCount; source++) {
      if (s.pending[source] && s.enable[context][source] && s.priority[source] > bestPriority) {
        bestSource = source;
        bestPriority = s.priority[source];
      }
    }
    return bestSource;
  }

  /** Claim (spec 7 "Interrupt Claim Process"): returns the best source and clears its pending bit; 0 when none. */
  private claim(context: number): number {
    const source = this.best(context);
    if (source !== 0) {
      this.state.pending[source] = false;
      this.state.inFlight[source] = true;
      this.update();
    }
    return source;
  }

  /** Completion (spec 8): ignored unless the source is enabled for this context; a still-high level pends again. */
  private complete(context: number, source: number): void {
    const s = this.state;
    if (source < 1 || source > this.sourceCount || !s.enable[context][source]) return;
    s.inFlight[source] = false;
    if (s.level[source]) s.pending[source] = true;
  }

  private bitsWord(bits: boolean[], word: number): number {
    let value = 0;
    for (let bit = 0; bit < 32; bit++) {
      const source = word * 32 + bit;
      if (source >= 1 && source <= this.sourceCount && bits[source]) value |= 1 << bit;
    }
    return value >>> 0;
  }

  /** Recomputes each context's output and reports changes (all of them when `force`). */
  private update(force = false): void {
    const out = this.state.output;
    for (let context = 0; context < this.contexts; context++) {
      const level = this.best(context) !== 0;
      if (force || out[context] !== level) {
        out[context] = level;
        this.onOutput(context, level);
      }
    }
  }

  private powerOnState(): PlicState {
    const n = this.sourceCount + 1;
    return {
      priority: new Array<number>(n).fill(0),
      level: new Array<boolean>(n).fill(false),
      pending: new Array<boolean>(n).fill(false),
      inFlight: new Array<boolean>(n).fill(false),
      enable: Array.from({ length: this.contexts }, () => new Array<boolean>(n).fill(false)),
      threshold: new Array<number>(this.contexts).fill(0),
      output: new Array<boolean>(this.contexts).fill(false),
    };
  }
}
