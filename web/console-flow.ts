// Back-pressure between a guest's console output and xterm.js: xterm parses writes in time-sliced chunks, so a guest
// that prints faster than it can parse would grow its write queue without bound. Past a high-water mark the output
// is dropped (and the drop reported in the terminal) until xterm has caught up to a low-water mark.

/** Bytes written to xterm but not yet parsed above which output is dropped. */
export const HIGH_WATER_BYTES = 4 << 20;
/** Bytes in flight below which output flows again. */
export const LOW_WATER_BYTES = 1 << 20;

/** Writes chunks to a terminal with a bounded backlog. */
export class ConsoleFlow {
  private inFlight = 0;
  private droppedBytes = 0;
  private readonly encoder = new TextEncoder();

  /** `write` must call `parsed` once the terminal has processed the chunk (xterm's write callback). */
  constructor(
    private readonly write: (chunk: Uint8Array, parsed: () => void) => void,
    private readonly high = HIGH_WATER_BYTES,
    private readonly low = LOW_WATER_BYTES,
  ) {}

  /** Bytes written and not yet parsed. */
  get backlog(): number {
    return this.inFlight;
  }

  /** Hands a chunk to the terminal, or drops it while the terminal is too far behind. */
  deliver(chunk: Uint8Array): void {
    if (this.droppedBytes > 0 || this.inFlight + chunk.length > this.high) {
      this.droppedBytes += chunk.length;
      return;
    }
    this.send(chunk);
  }

  private send(chunk: Uint8Array): void {
    this.inFlight += chunk.length;
    this.write(chunk, () => {
      this.inFlight -= chunk.length;
      if (this.droppedBytes > 0 && this.inFlight <= this.low) {
        const notice = `\r\n[tabvisor: the console fell behind; ${this.droppedBytes} bytes of output skipped]\r\n`;
        this.droppedBytes = 0;
        this.send(this.encoder.encode(notice));
      }
    });
  }
}
