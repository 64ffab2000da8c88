/**
 * <jiha-geopark-map> on a page enforcing the contract's CSP with Trusted
 * Types: Leaflet's module-load probe goes through the `jiha` policy, and no
 * Leaflet control, popup or icon writes an HTML string.
 */
import { expect } from '@open-wc/testing';

interface Report {
  enforced?: boolean;
  markers?: number;
  listPopup?: string;
  markerPopup?: string;
  mapBuilt?: boolean;
  failure?: string;
  violations: string[];
  errors: string[];
}

describe('<jiha-geopark-map> under Trusted Types', () => {
  it('builds the map, outlines regions, loads tiles and opens popups without a violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    frame.style.blockSize = '700px';
    const report = new Promise<Report>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no report from the Trusted Types page')), 9000);
      addEventListener('message', function listen(event: MessageEvent) {
        if (event.data?.type !== 'geopark-trusted-types') return;
        clearTimeout(timer);
        removeEventListener('message', listen);
        resolve(event.data as Report);
      });
    });
    frame.src = '/test/fixtures/geopark-map-trusted-types.csp.html';
    document.body.append(frame);
    try {
      const result = await report;
      expect(result.failure, result.failure).to.equal(undefined);
      expect(result.enforced, 'the page enforces Trusted Types').to.equal(true);
      expect(result.violations).to.deep.equal([]);
      expect(result.errors).to.deep.equal([]);
      expect(result.mapBuilt).to.equal(true);
      expect(result.markers).to.equal(12);
      expect(result.listPopup).to.contain('Chefchaouen Geopark');
      expect(result.markerPopup).to.contain("M'Goun UNESCO Global Geopark");
    } finally {
      frame.remove();
    }
  });
});
