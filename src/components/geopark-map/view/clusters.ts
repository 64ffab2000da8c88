/**
 * Grouping of markers whose targets would overlap, by projected pixel
 * distance, into cluster markers. Pure: no Leaflet, no DOM (map-view.ts
 * projects the anchors and draws the groups).
 *
 * Why our own and not Leaflet.markercluster: that plugin writes HTML strings
 * (it breaks under Trusted Types) and is made for thousands of points; a
 * geopark map has a dozen or a few hundred.
 *
 * A target is a square centred on its anchor. Two targets closer than
 * `gap` pixels (or overlapping) are merged; the merged group keeps the
 * position of its highest-ranked member (a geopark before its sites), so a
 * cluster sits on the geopark it contains and shows its sign. Merging
 * repeats until no two targets are too close, so the result has no
 * overlapping targets at all, whatever the input.
 */

/** A marker to place: where its anchor projects, its target's size, and its rank (higher leads a group). */
export interface PlacedTarget {
  id: string;
  x: number;
  y: number;
  size: number;
  rank: number;
}

/** One marker on the map: a single feature (`ids.length === 1`) or a cluster. */
export interface TargetGroup {
  /** The members: the lead first, then by rank and input order. */
  ids: string[];
  /** The member whose position and sign the group takes. */
  lead: string;
  x: number;
  y: number;
  /** The target's side in pixels. */
  size: number;
}

/** Whether two square targets come closer than `gap` pixels. */
export function targetsTooClose(
  a: { x: number; y: number; size: number },
  b: { x: number; y: number; size: number },
  gap: number,
): boolean {
  const reach = (a.size + b.size) / 2 + gap;
  return Math.abs(a.x - b.x) < reach && Math.abs(a.y - b.y) < reach;
}

/**
 * Groups targets until none is within `gap` pixels of another. Each cluster
 * gets the side `clusterSize`. Input order breaks ties between equal ranks.
 * O(n²): every group is checked against the others once, and again only
 * when a merge changed it.
 */
export function groupTargets(targets: readonly PlacedTarget[], clusterSize: number, gap: number): TargetGroup[] {
  // Leads first: a group is always led by the member of highest rank, the earliest among equals.
  const order = targets
    .map((target, index) => ({ target, index }))
    .sort((a, b) => b.target.rank - a.target.rank || a.index - b.index);
  const place = new Map(order.map(({ target }, position) => [target.id, position]));
  const groups: Array<TargetGroup | undefined> = order.map(({ target }) => ({
    ids: [target.id],
    lead: target.id,
    x: target.x,
    y: target.y,
    size: target.size,
  }));
  // Groups to check against all others: every one at first, then each group a merge made.
  const pending = groups.map((_, index) => index).reverse();
  while (pending.length > 0) {
    const index = pending.pop()!;
    const group = groups[index];
    if (!group) continue;
    const other = groups.findIndex(
      (candidate, candidateIndex) =>
        candidate !== undefined && candidateIndex !== index && targetsTooClose(group, candidate, gap),
    );
    if (other === -1) continue;
    // The group whose lead comes first leads the merged one, in its place.
    const [first, second] = index < other ? [index, other] : [other, index];
    const lead = groups[first]!;
    const ids = [...lead.ids, ...groups[second]!.ids];
    const [leadId, ...rest] = ids;
    rest.sort((a, b) => place.get(a)! - place.get(b)!);
    groups[first] = { ids: [leadId, ...rest], lead: leadId, x: lead.x, y: lead.y, size: clusterSize };
    groups[second] = undefined;
    pending.push(first);
  }
  return groups.filter((group): group is TargetGroup => group !== undefined);
}
