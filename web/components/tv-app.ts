// <tv-app>: the app shell: the guest catalog on top and the VMs side by side; tinyOS boots when the page opens.
import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CATALOG_FILE, parseCatalog, type GuestCatalog } from '../guest-catalog.ts';
import './tv-catalog.ts';
import './tv-vm-card.ts';

/** The guest that boots by default (DESIGN.md: tinyOS is the app's default guest). */
const DEFAULT_GUEST = 'tinyos';

interface CardModel {
  id: number;
  guestId: string;
  autostart: boolean;
}

/** The whole app. */
export class TvApp extends LitElement {
  static override properties = { applyUpdate: { attribute: false }, catalog: { state: true }, cards: { state: true }, failure: { state: true } };
  static override styles = css`
    :host {
      display: block;
      padding: 12px 16px;
    }
    header {
      display: flex;
      align-items: baseline;
      gap: 12px;
      margin-bottom: 10px;
    }
    h1 {
      margin: 0;
      font-size: 20px;
      color: #e8ebf1;
    }
    header p {
      margin: 0;
      color: #8b93a5;
      font-size: 13px;
    }
    .spacer {
      flex: 1;
    }
    .vms {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(520px, 1fr));
      gap: 12px;
      margin-top: 12px;
    }
    .problem {
      color: #ff9b9b;
    }
  `;

  /** Set when a new version of the app is installed and waiting: calling it reloads into that version. */
  declare applyUpdate: (() => void) | null;
  private declare catalog: GuestCatalog | null;
  private declare cards: CardModel[];
  private declare failure: string | null;
  private nextId = 1;

  constructor() {
    super();
    this.applyUpdate = null;
    this.catalog = null;
    this.cards = [];
    this.failure = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.catalog && !this.failure) void this.loadCatalog();
  }

  protected override render(): unknown {
    return html`
      <header>
        <h1>Tabvisor</h1>
        <p>a RISC-V machine and hypervisor in this tab</p>
        <span class="spacer"></span>
        ${this.applyUpdate ? html`<button name="update" title="Reloads the page: running VMs stop" @click=${this.applyUpdate}>New version: reload</button>` : ''}
        <button name="add-vm" ?disabled=${!this.catalog} @click=${() => this.addCard(DEFAULT_GUEST, false)}>New VM</button>
      </header>
      ${this.failure ? html`<p class="problem">${this.failure}</p>` : ''}
      <tv-catalog .catalog=${this.catalog} @tv-boot=${(event: CustomEvent<string>) => this.addCard(event.detail, true)}></tv-catalog>
      <section class="vms">
        ${repeat(
          this.cards,
          (card) => card.id,
          (card) =>
            html`<tv-vm-card
              .catalog=${this.catalog}
              guest=${card.guestId}
              label=${`VM ${card.id}`}
              ?autostart=${card.autostart}
              @tv-remove=${() => this.removeCard(card.id)}
            ></tv-vm-card>`,
        )}
      </section>
    `;
  }

  private async loadCatalog(): Promise<void> {
    try {
      const response = await fetch(new URL(CATALOG_FILE, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.catalog = parseCatalog(await response.json());
      const tinyos = this.catalog.guests.find((guest) => guest.id === DEFAULT_GUEST);
      this.addCard(DEFAULT_GUEST, tinyos?.available === true);
    } catch (error) {
      this.failure = `Cannot load the guest catalog: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private addCard(guestId: string, autostart: boolean): void {
    this.cards = [...this.cards, { id: this.nextId++, guestId, autostart }];
  }

  private removeCard(id: number): void {
    this.cards = this.cards.filter((card) => card.id !== id);
  }
}

customElements.define('tv-app', TvApp);

declare global {
  interface HTMLElementTagNameMap {
    'tv-app': TvApp;
  }
}
