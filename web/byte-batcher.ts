// Collects console bytes and hands them on as one chunk per flush: per slice in the worker, per animation frame in
// the page, so a guest that floods its console costs one message and one terminal write per frame, not one per byte.

/** Batches byte chunks; flushes when told to, or on its own through `schedule` (e.g. requestAnimationFrame). */
export class ByteBatcher {
  private chunks: Uint8Array[] = [];
  private pending = 0;
  private flushScheduled = false;

  constructor(
    private readonly deliver: (chunk: Uint8Array) => void,
    private readonly schedule?: (flush: () => void) => void,
  ) {}

  /** Bytes waiting for the next flush. */
  get pendingBytes(): number {
    return this.pending;
  }

  /** Queues a copy of `bytes` (the producer may reuse its buffer). */
  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunks.push(bytes.slice());
    this.pending += bytes.length;
    if (this.schedule && !this.flushScheduled) {
      this.flushScheduled = true;
      this.schedule(() => this.flush());
    }
  }

  /** Delivers everything queued as one fresh chunk (its buffer may be transferred); does nothing when empty. */
  flush(): void {
    this.flushScheduled = false;
    if (this.pending === 0) return;
    const chunk = this.chunks.length === 1 ? this.chunks[0]! : concat(this.chunks, this.pending);
    this.chunks = [];
    this.pending = 0;
    this.deliver(chunk);
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}
