/**
 * Where an open popup goes, as geometry only (no Leaflet, no DOM): how far
 * the map pans so that the popup and its marker are whole inside the map
 * and clear of what lies over it (the zoom buttons), and how tall the popup
 * may be so that it can always be. map-view.ts measures and pans.
 *
 * Leaflet's own auto-pan knows one padding per corner: it cannot keep a
 * popup off the zoom buttons without keeping every popup below them, and
 * it slides even under reduced motion. This chooses the smaller of two
 * moves: beside the buttons when the popup is narrow enough, else below.
 */

/** A rectangle in pixels of the map's container. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The room kept between a popup and the map's edges or what lies over the map, in pixels. */
export const POPUP_EDGE = 8;

/** Whether an obstacle is on the map's left half: a popup passes it on its right (and the other way round). */
const onLeft = (obstacle: Box, width: number) => obstacle.left + obstacle.right < width;

/** The areas in which the target may lie: the map less its edges, and then beside or below each obstacle. */
function areas(width: number, height: number, obstacles: readonly Box[], edge: number): Box[] {
  let result: Box[] = [{ left: edge, top: edge, right: width - edge, bottom: height - edge }];
  for (const obstacle of obstacles) {
    result = result.flatMap((area) => [
      onLeft(obstacle, width)
        ? { ...area, left: Math.max(area.left, obstacle.right + edge) }
        : { ...area, right: Math.min(area.right, obstacle.left - edge) },
      { ...area, top: Math.max(area.top, obstacle.bottom + edge) },
    ]);
  }
  return result;
}

/** The shift that brings `target` inside `area` along one axis, or undefined when it is too long for it. */
function shiftInto(start: number, end: number, min: number, max: number): number | undefined {
  if (end - start > max - min + 0.5) return undefined;
  if (start < min) return min - start;
  if (end > max) return max - end;
  return 0;
}

/**
 * How far `target` (the popup with its marker) must move, [dx, dy], to be
 * whole inside a `width` × `height` map, `edge` pixels from its sides and
 * from every obstacle: [0, 0] when it is already, else the smallest move
 * that does it. When no placement holds it all, its top goes below the
 * obstacles (the popup's title and close button stay in view).
 */
export function popupShift(
  target: Box,
  width: number,
  height: number,
  obstacles: readonly Box[],
  edge = POPUP_EDGE,
): [number, number] {
  let best: [number, number] | undefined;
  for (const area of areas(width, height, obstacles, edge)) {
    const dx = shiftInto(target.left, target.right, area.left, area.right);
    const dy = shiftInto(target.top, target.bottom, area.top, area.bottom);
    if (dx === undefined || dy === undefined) continue;
    if (!best || Math.abs(dx) + Math.abs(dy) < Math.abs(best[0]) + Math.abs(best[1])) best = [dx, dy];
  }
  if (best) return best;
  const top = Math.max(edge, ...obstacles.map((obstacle) => obstacle.bottom + edge));
  const dx = shiftInto(target.left, target.right, edge, width - edge) ?? edge - target.left;
  return [dx, top - target.top];
}

/**
 * The most a popup's box may measure in height so that it fits the map
 * with its marker under it: beside the obstacles when it is narrow enough
 * to pass them (`boxWidth`), else below them. `below` is how far the
 * marker reaches under the box.
 */
export function popupRoom(
  boxWidth: number,
  below: number,
  width: number,
  height: number,
  obstacles: readonly Box[],
  edge = POPUP_EDGE,
): number {
  const passes = obstacles.every(
    (obstacle) => boxWidth <= (onLeft(obstacle, width) ? width - obstacle.right : obstacle.left) - 2 * edge,
  );
  const top = passes ? edge : Math.max(edge, ...obstacles.map((obstacle) => obstacle.bottom + edge));
  return height - edge - top - below;
}
