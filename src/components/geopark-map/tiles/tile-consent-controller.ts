import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { UiLanguage } from '../../../i18n/language.js';
import { inLanguage } from '../../../i18n/localize.js';
import type { MapModule } from '../map-loader-controller.js';
import { tileTemplate } from './tiles.js';

/** The map element: its `tiles` and `tiles-consent` attributes. */
export interface TileConsentHost extends ReactiveElement {
  tiles: string | null;
  /** `granted`: the site already asked the visitor. */
  tilesConsent: string | null;
}

export interface TileConsentOptions {
  /** The Leaflet chunk once loaded: the consent code (tile-consent.ts) is in it. */
  module(): MapModule | undefined;
  /** The element's language, for the status line. */
  language(): UiLanguage;
}

/** Tiles from another host, and whether the visitor agreed to them here. */
export interface TileConsent {
  host: string;
  agreed: boolean;
}

/**
 * The element's side of the visitor's consent to tiles from another host
 * (docs/elements/geopark-map.md): which tiles are drawn meanwhile, the question (or the
 * control back from the tiles) and the status line announcing the answer.
 * Before the Leaflet chunk, which holds the consent code, no tiles either.
 */
export class TileConsentController implements ReactiveController {
  /** The status line announcing the visitor's last choice (visually hidden). */
  status = '';
  #host: TileConsentHost;
  #options: TileConsentOptions;
  #stopFollowing: (() => void) | undefined;

  constructor(host: TileConsentHost, options: TileConsentOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#stopFollowing?.();
    this.#stopFollowing = undefined;
  }

  /** A choice made in another map on the page (or another tab) shows here too, once the consent code is there. */
  follow(module: MapModule): void {
    this.#stopFollowing ??= module.tileConsent.onConsentChange(() => this.#host.requestUpdate());
  }

  /** Null: no tiles, tiles from the page's own origin, `tiles-consent="granted"`, or no Leaflet chunk yet. */
  get consent(): TileConsent | null {
    const consent = this.#options.module()?.tileConsent;
    const template = this.#template();
    const host =
      consent && template && this.#host.tilesConsent !== 'granted' ? consent.foreignTileHost(template) : null;
    return host ? { host, agreed: consent!.hasConsent(host) } : null;
  }

  /** The tiles drawn now: the template unless it waits for the visitor's consent (then the region shapes are the basemap). */
  shownTiles(): string | null {
    return this.consent?.agreed === false ? null : this.#template();
  }

  /** The tile template the `tiles` attribute gives (null: none). */
  #template(): string | null {
    return tileTemplate(this.#host.tiles);
  }

  /** The question before tiles, as a bar under the map's drawing area (nothing once answered), and the status line. */
  renderQuestion(): TemplateResult | typeof nothing {
    const overlays = this.#options.module()?.overlays;
    if (!overlays) return nothing;
    const consent = this.consent;
    return html`${consent && !consent.agreed ? overlays.renderConsent(consent.host, () => this.#choose(consent.host, true)) : nothing}
      ${overlays.renderConsentStatus(this.status)}`;
  }

  /** The control back to the shapes-only map, once the visitor agreed here (it sits with the credits). */
  renderWayBack(): TemplateResult | typeof nothing {
    const overlays = this.#options.module()?.overlays;
    const consent = this.consent;
    return overlays && consent?.agreed ? overlays.renderTilesOff(() => this.#choose(consent.host, false)) : nothing;
  }

  /** The visitor's answer: tiles (or none) from `host`; focus goes to the control that undoes it. */
  #choose(host: string, shown: boolean): void {
    const module = this.#options.module();
    if (!module) return;
    module.tileConsent.setConsent(host, shown);
    this.status = inLanguage(this.#options.language(), () => module.overlays.consentNews(shown));
    this.#host.requestUpdate();
    this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>(shown ? '.tiles-off' : '.consent-button')?.focus(),
    );
  }
}
