// <tv-catalog>: the guests the app can boot (name, size, what it is), and for missing ones the command that builds them.
import { LitElement, css, html } from 'lit';
import { formatBytes, guestBytes, type GuestCatalog, type GuestEntry } from '../guest-catalog.ts';

/** Lists `catalog`; "Boot" fires `tv-boot` with the guest id as detail. */
export class TvCatalog extends LitElement {
  static override properties = { catalog: { attribute: false } };
  static override styles = css`
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    li {
      flex: 1 1 260px;
      background: #1b1f2a;
      border: 1px solid #2a3040;
      border-radius: 6px;
      padding: 8px 10px;
    }
    li.missing {
      opacity: 0.75;
    }
    .name {
      font-weight: 600;
      color: #e8ebf1;
    }
    .size {
      color: #8b93a5;
      font-size: 12px;
      margin-left: 6px;
    }
    p {
      margin: 4px 0;
      font-size: 13px;
      color: #b5bccb;
    }
    code {
      background: #0d1017;
      padding: 1px 4px;
      border-radius: 3px;
    }
    button {
      float: right;
    }
  `;

  /** The catalog from guests.json. */
  declare catalog: GuestCatalog | null;

  constructor() {
    super();
    this.catalog = null;
  }

  protected override render(): unknown {
    if (!this.catalog) return html`<p>Loading the guest catalog…</p>`;
    return html`<ul>
      ${this.catalog.guests.map((entry) => this.renderEntry(entry))}
    </ul>`;
  }

  private renderEntry(entry: GuestEntry): unknown {
    if (!entry.available) {
      return html`<li class="missing" data-guest=${entry.id}>
        <span class="name">${entry.name}</span><span class="size">not built</span>
        <p>${entry.description}</p>
        <p>Build it with <code>${entry.buildCommand}</code>, then rebuild the app.</p>
      </li>`;
    }
    const bytes = guestBytes(entry, this.catalog!, entry.defaults.firmware);
    return html`<li data-guest=${entry.id}>
      <button @click=${() => this.boot(entry.id)}>Boot in a new VM</button>
      <span class="name">${entry.name}</span><span class="size">${formatBytes(bytes)}${entry.bundled ? ', works offline' : ', downloaded when first booted'}</span>
      <p>${entry.description}</p>
    </li>`;
  }

  private boot(guestId: string): void {
    this.dispatchEvent(new CustomEvent('tv-boot', { detail: guestId, bubbles: true, composed: true }));
  }
}

customElements.define('tv-catalog', TvCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'tv-catalog': TvCatalog;
  }
}
