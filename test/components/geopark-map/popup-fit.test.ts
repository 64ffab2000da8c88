/**
 * Where a popup goes (view/popup-fit.ts), as geometry, and the region
 * boxes the map frames a pre-selected place with (regions/regions.ts)
 * against the shapes they stand for.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { popupRoom, popupShift, type Box } from '../../../src/components/geopark-map/view/popup-fit.js';
import { REGIONS } from '../../../src/components/geopark-map/regions/regions.js';
import { regionShapes } from '../../../src/components/geopark-map/regions/region-shapes.js';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const moved = (target: Box, [dx, dy]: [number, number]): Box => ({
  left: target.left + dx,
  top: target.top + dy,
  right: target.right + dx,
  bottom: target.bottom + dy,
});
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** Zoom buttons at the top left (ltr) of a map `width` wide, or at the top right (rtl). */
const buttons = (width: number, rtl: boolean) => (rtl ? box(width - 8 - 38, 8, 38, 75) : box(8, 8, 38, 75));

describe('popup placement', () => {
  it('does not move a popup that is whole in view and off the buttons', () => {
    expect(popupShift(box(100, 100, 200, 150), 800, 420, [buttons(800, false)])).to.deep.equal([0, 0]);
  });

  it('moves a popup off the buttons the shorter way: beside them when it is narrow, else below', () => {
    // Narrow, under the buttons' corner: a short move right.
    expect(popupShift(box(20, 20, 200, 150), 800, 420, [buttons(800, false)])).to.deep.equal([34, 0]);
    // As wide as the map allows: below the buttons.
    const wide = box(8, 20, 270, 150);
    const [dx, dy] = popupShift(wide, 286, 420, [buttons(286, false)]);
    expect(dx).to.equal(0);
    expect(wide.top + dy).to.equal(91);
  });

  it('brings a popup that runs off the top (the WebKit failure: 30 px above the map) into view', () => {
    const shift = popupShift(box(50, -30, 321, 400), 478, 418, [buttons(478, false)]);
    const placed = moved(box(50, -30, 321, 400), shift);
    expect(placed.top).to.be.at.least(8);
    expect(placed.bottom).to.be.at.most(410);
    expect(overlaps(placed, buttons(478, false))).to.equal(false);
  });

  it('any popup that fits its room lands whole in the map, off the buttons, in ltr and rtl', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 240, max: 1400 }),
        fc.integer({ min: 240, max: 800 }),
        fc.boolean(),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 100, max: 320 }),
        (width, height, rtl, left, top, wanted) => {
          const obstacle = buttons(width, rtl);
          const boxWidth = Math.min(wanted, width - 16);
          const below = 40;
          const room = popupRoom(boxWidth, below, width, height, [obstacle]);
          fc.pre(room > 60);
          // The popup box, and its marker under it: the target placed.
          const target = box(left, top, boxWidth, room + below);
          const placed = moved(target, popupShift(target, width, height, [obstacle]));
          return (
            placed.left >= 8 - 1e-9 &&
            placed.top >= 8 - 1e-9 &&
            placed.right <= width - 8 + 1e-9 &&
            placed.bottom <= height - 8 + 1e-9 &&
            !overlaps(placed, { ...obstacle, right: obstacle.right + 7, bottom: obstacle.bottom + 7 })
          );
        },
      ),
    );
  });
});

describe('region boxes', () => {
  it('each region’s box holds its whole shape, and no more than 0.02° beyond it', () => {
    for (const shape of regionShapes()) {
      const points = shape.polygons.flat(2);
      const lngs = points.map(([lng]) => lng);
      const lats = points.map(([, lat]) => lat);
      const [[south, west], [north, east]] = REGIONS.find((region) => region.id === shape.region.id)!.bounds;
      const extent = [Math.min(...lats), Math.min(...lngs), Math.max(...lats), Math.max(...lngs)];
      expect(extent[0], `${shape.region.id} south`).to.be.within(south, south + 0.02);
      expect(extent[1], `${shape.region.id} west`).to.be.within(west, west + 0.02);
      expect(extent[2], `${shape.region.id} north`).to.be.within(north - 0.02, north);
      expect(extent[3], `${shape.region.id} east`).to.be.within(east - 0.02, east);
    }
    expect(regionShapes()).to.have.length(12);
  });
});
