/**
 * A chunk the map's data needs (the built-in places) that does not arrive:
 * the `fetch-failed` state with its event, and the chunk loaded again when
 * the element is put back in the page. A file of its own: its page must not
 * have loaded the built-in places before.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/geopark-map/define.js';
import type { JihaGeoparkMap } from '../../../src/components/geopark-map/define.js';
import { mount, nextEvent, unmountAll, until } from '../../support/helpers.js';
import { describeIn } from '../../support/engine.js';

const TILES = '/fixture/tile/{z}/{x}/{y}.png';

describeIn(['chromium'], 'blocks the chunk’s request through the DevTools protocol')(
  '<jiha-geopark-map> when the built-in places cannot load',
  () => {
    afterEach(async () => {
      await executeServerCommand('block-urls', []);
      unmountAll();
    });

    it('shows the fetch-failed state, then the places once put back in the page', async () => {
      await executeServerCommand('block-urls', ['*/geopark-map/places/default-places.*']);
      const host = document.createElement('div');
      host.setAttribute('data-test-host', '');
      document.body.append(host);
      const failed = nextEvent<{ code: string }>(host, 'jiha-error', 15000);
      const map = mount<JihaGeoparkMap>(`<jiha-geopark-map lang="fr" tiles="${TILES}"></jiha-geopark-map>`, host);
      expect((await failed).detail.code).to.equal('fetch-failed');
      await until(() => map.shadowRoot!.querySelector('[part=error]'), 5000, 'the error box');

      await executeServerCommand('block-urls', []);
      const ready = nextEvent(map, 'jiha-ready', 15000);
      map.remove();
      host.append(map);
      await ready;
      expect(map.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      await until(
        () =>
          map.shadowRoot!.querySelectorAll('.jiha-marker').length > 0 ||
          map.shadowRoot!.querySelectorAll('.list li').length === 12,
        15000,
        'the built-in places',
      );
    });
  },
);
