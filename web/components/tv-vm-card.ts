// <tv-vm-card>: one VM: its config (guest, RAM, firmware, console), its state and controls, its console and stats.
import * as Comlink from 'comlink';
import { LitElement, css, html, nothing } from 'lit';
import { bootBlocker, defaultSettings, formatBytes, type ConsoleKind, type FirmwareMode, type GuestCatalog, type GuestEntry, type VmSettings } from '../guest-catalog.ts';
import type { DownloadProgress } from '../image-loader.ts';
import { loadGuestImages, vmConfig, VmSession, type BootImages } from '../vm-session.ts';
import type { WorkerStats } from '../vm-protocol.ts';
import './tv-console.ts';
import './tv-stats.ts';

/** How often the card asks its worker for stats. */
const STATS_INTERVAL_MS = 500;
/** The guest id of an image the user opened from disk. */
const CUSTOM_GUEST = 'custom';
const firmwareLabels: Record<FirmwareMode, string> = { none: 'none (M-mode)', builtin: 'built-in SBI (hypercalls)', opensbi: 'OpenSBI (in the guest)' };
const consoleLabels: Record<ConsoleKind, string> = { uart: '16550 UART', virtio: 'virtio-console' };

/** One VM. `catalog`, `guestId` and `autostart` in; `tv-remove` out when closed. Reflects its state as `data-state`. */
export class TvVmCard extends LitElement {
  static override properties = {
    catalog: { attribute: false },
    guestId: { attribute: 'guest' },
    autostart: { type: Boolean },
    label: {},
    settings: { state: true },
    customImage: { state: true },
    session: { state: true },
    progress: { state: true },
    failure: { state: true },
    stats: { state: true },
  };
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      background: #161a23;
      border: 1px solid #2a3040;
      border-radius: 8px;
      padding: 10px;
      min-width: 0;
    }
    header {
      display: flex;
      align-items: center;
      gap: 8px;
      flex-wrap: wrap;
    }
    h2 {
      font-size: 16px;
      margin: 0;
      color: #e8ebf1;
    }
    .state {
      font-size: 12px;
      padding: 1px 8px;
      border-radius: 10px;
      background: #2a3040;
    }
    .state.running {
      background: #1f5f3a;
    }
    .state.idle {
      background: #24455f;
    }
    .state.paused {
      background: #6b5a1c;
    }
    .state.halted,
    .state.error {
      background: #6b2424;
    }
    .spacer {
      flex: 1;
    }
    form {
      display: flex;
      gap: 10px;
      flex-wrap: wrap;
      font-size: 13px;
    }
    label {
      display: flex;
      gap: 4px;
      align-items: center;
    }
    .controls {
      display: flex;
      gap: 6px;
      flex-wrap: wrap;
    }
    tv-console {
      height: 360px;
    }
    .problem {
      color: #ff9b9b;
      font-size: 13px;
      margin: 0;
    }
    .download {
      font-size: 13px;
    }
    progress {
      flex: 1;
    }
  `;

  /** The guests to choose from. */
  declare catalog: GuestCatalog | null;
  /** The guest selected when the card appears. */
  declare guestId: string;
  /** Boot as soon as the catalog is there. */
  declare autostart: boolean;
  /** The card's title, e.g. "VM 1". */
  declare label: string;
  private declare settings: VmSettings | null;
  private declare customImage: { name: string; bytes: Uint8Array } | null;
  private declare session: VmSession | null;
  private declare progress: DownloadProgress | null;
  private declare failure: string | null;
  private declare stats: WorkerStats | null;
  private statsTimer: ReturnType<typeof setInterval> | null = null;
  private booting = false;

  constructor() {
    super();
    this.catalog = null;
    this.guestId = 'tinyos';
    this.autostart = false;
    this.label = 'VM';
    this.settings = null;
    this.customImage = null;
    this.session = null;
    this.progress = null;
    this.failure = null;
    this.stats = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.endSession();
  }

  protected override willUpdate(): void {
    if (!this.settings && this.catalog) {
      const entry = this.entry(this.guestId);
      this.settings = entry ? defaultSettings(entry) : { guestId: CUSTOM_GUEST, ramMiB: 64, firmware: 'none', console: 'uart' };
    }
    if (this.autostart && this.settings) {
      this.autostart = false;
      // After this update, so that the console exists and boot's own state changes start a new update.
      void this.updateComplete.then(() => this.boot());
    }
  }

  protected override updated(): void {
    this.dataset.state = this.progress ? 'loading' : (this.stats?.state ?? (this.failure ? 'error' : 'off'));
  }

  protected override render(): unknown {
    const settings = this.settings;
    if (!this.catalog || !settings) return html`<p>Loading…</p>`;
    const state = this.progress ? 'loading' : (this.stats?.state ?? 'off');
    const loop = this.stats?.loop;
    const live = this.session !== null && loop !== 'finished';
    const blocker = this.blocker(settings);
    return html`
      <header>
        <h2>${this.label}</h2>
        <span class="state ${state}" title=${this.stats?.message ?? ''}>${state}</span>
        <span class="spacer"></span>
        <div class="controls">
          <button name="start" ?disabled=${live || this.booting || blocker !== null} @click=${() => this.boot()}>Start</button>
          <button name="pause" ?disabled=${!live || loop === 'paused'} @click=${() => this.command('pause')}>Pause</button>
          <button name="resume" ?disabled=${!live || loop !== 'paused'} @click=${() => this.command('resume')}>Resume</button>
          <button name="reset" ?disabled=${!this.session} @click=${() => this.command('reset')}>Reset</button>
          <button name="poweroff" ?disabled=${!live} @click=${() => this.command('powerOff')}>Power off</button>
          <button name="close" title="Close this VM" @click=${() => this.close()}>✕</button>
        </div>
      </header>
      ${this.renderSettings(settings, live || this.booting)}
      ${this.progress
        ? html`<label class="download"
            >Downloading ${formatBytes(this.progress.loaded)} of ${formatBytes(this.progress.total)}
            <progress max=${this.progress.total} value=${this.progress.loaded}></progress
          ></label>`
        : nothing}
      ${blocker && !this.session ? html`<p class="problem">${blocker}</p>` : nothing}
      ${this.failure ? html`<p class="problem">${this.failure}</p>` : nothing}
      ${this.stats?.message ? html`<p class="problem">${this.stats.state}: ${this.stats.message}</p>` : nothing}
      <tv-console .output=${this.session} @tv-input=${(event: CustomEvent<Uint8Array>) => this.type(event.detail)}></tv-console>
      <tv-stats .stats=${this.stats}></tv-stats>
    `;
  }

  private renderSettings(settings: VmSettings, locked: boolean): unknown {
    const entry = this.entry(settings.guestId);
    const firmwareModes: FirmwareMode[] = entry?.firmwareModes ?? ['none', 'builtin', 'opensbi'];
    return html`<form @submit=${(event: Event) => event.preventDefault()}>
      <label
        >Guest
        <select name="guest" ?disabled=${locked} @change=${(event: Event) => this.chooseGuest((event.target as HTMLSelectElement).value)}>
          ${this.catalog!.guests.map(
            (guest) => html`<option value=${guest.id} ?selected=${guest.id === settings.guestId} ?disabled=${!guest.available}>${guest.name}${guest.available ? '' : ' (not built)'}</option>`,
          )}
          <option value=${CUSTOM_GUEST} ?selected=${settings.guestId === CUSTOM_GUEST}>Your own image…</option>
        </select>
      </label>
      ${settings.guestId === CUSTOM_GUEST
        ? html`<label>
            <input type="file" name="image" ?disabled=${locked} @change=${(event: Event) => this.openImage((event.target as HTMLInputElement).files?.[0])} />
            ${this.customImage ? formatBytes(this.customImage.bytes.length) : nothing}
          </label>`
        : nothing}
      <label
        >RAM
        <select name="ram" ?disabled=${locked} @change=${(event: Event) => this.changeSettings({ ramMiB: Number((event.target as HTMLSelectElement).value) })}>
          ${[16, 32, 64, 128, 256, 512, 1024].map((mib) => html`<option value=${mib} ?selected=${mib === settings.ramMiB}>${mib} MiB</option>`)}
        </select>
      </label>
      <label
        >Firmware
        <select name="firmware" ?disabled=${locked} @change=${(event: Event) => this.changeSettings({ firmware: (event.target as HTMLSelectElement).value as FirmwareMode })}>
          ${firmwareModes.map((mode) => html`<option value=${mode} ?selected=${mode === settings.firmware}>${firmwareLabels[mode]}</option>`)}
        </select>
      </label>
      <label
        >Console
        <select name="console" ?disabled=${locked} @change=${(event: Event) => this.changeSettings({ console: (event.target as HTMLSelectElement).value as ConsoleKind })}>
          ${(['uart', 'virtio'] as const).map((kind) => html`<option value=${kind} ?selected=${kind === settings.console}>${consoleLabels[kind]}</option>`)}
        </select>
      </label>
    </form>`;
  }

  private entry(guestId: string): GuestEntry | undefined {
    return this.catalog?.guests.find((guest) => guest.id === guestId);
  }

  private blocker(settings: VmSettings): string | null {
    if (settings.guestId === CUSTOM_GUEST) return this.customImage ? null : 'Choose an image file (an ELF or a raw kernel image).';
    const entry = this.entry(settings.guestId);
    return entry ? bootBlocker(entry, this.catalog!, settings.firmware) : `unknown guest "${settings.guestId}"`;
  }

  private chooseGuest(guestId: string): void {
    const entry = this.entry(guestId);
    this.settings = entry ? defaultSettings(entry) : { ...this.settings!, guestId };
  }

  private changeSettings(change: Partial<VmSettings>): void {
    this.settings = { ...this.settings!, ...change };
  }

  private async openImage(file: File | undefined): Promise<void> {
    this.customImage = file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  }

  /** Creates a fresh worker with the current settings and starts it (replacing a powered-off or failed VM). */
  private async boot(): Promise<void> {
    const settings = this.settings;
    if (!settings || this.booting || this.blocker(settings)) return;
    this.booting = true;
    this.endSession();
    this.failure = null;
    const session = VmSession.spawn();
    try {
      const entry = this.entry(settings.guestId) ?? null;
      let images: BootImages;
      if (entry) {
        this.progress = { loaded: 0, total: 1 };
        images = await loadGuestImages(this.catalog!, entry, settings, (progress) => (this.progress = progress));
      } else {
        images = { kernel: this.customImage!.bytes.slice() };
      }
      this.progress = null;
      await session.create(vmConfig(settings, images, entry));
      this.session = session;
      await session.remote.start();
      this.statsTimer = setInterval(() => void this.refreshStats(), STATS_INTERVAL_MS);
      await this.refreshStats();
      this.renderRoot.querySelector('tv-console')?.focus();
    } catch (error) {
      this.progress = null;
      this.failure = `Cannot boot: ${error instanceof Error ? error.message : String(error)}`;
      if (this.session !== session) session.dispose();
      this.endSession();
    } finally {
      this.booting = false;
      this.requestUpdate();
    }
  }

  private async command(action: 'pause' | 'resume' | 'reset' | 'powerOff'): Promise<void> {
    if (!this.session) return;
    await this.session.remote[action]();
    await this.refreshStats();
  }

  private type(bytes: Uint8Array): void {
    void this.session?.remote.sendInput(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]));
  }

  private async refreshStats(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const stats = await session.remote.stats();
    if (session === this.session) this.stats = stats;
  }

  private endSession(): void {
    if (this.statsTimer !== null) clearInterval(this.statsTimer);
    this.statsTimer = null;
    this.session?.dispose();
    this.session = null;
    this.stats = null;
  }

  private close(): void {
    this.endSession();
    this.dispatchEvent(new CustomEvent('tv-remove', { bubbles: true, composed: true }));
  }
}

customElements.define('tv-vm-card', TvVmCard);

declare global {
  interface HTMLElementTagNameMap {
    'tv-vm-card': TvVmCard;
  }
}
