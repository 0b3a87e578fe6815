import type { Topology } from 'topojson-specification';
import { WorldOutlines, type LocatorMap, type MapPoint } from '../core/places/locator-map';

/**
 * Draws the places' maps for the content script, which cannot read the extension's files without
 * exposing them to every page. The outlines are loaded on the first map and kept.
 */
export class MapService {
  private outlines: Promise<WorldOutlines> | null = null;

  constructor(private readonly loadTopology: () => Promise<Topology>) {}

  private world(): Promise<WorldOutlines> {
    this.outlines ??= this.loadTopology()
      .then((topology) => new WorldOutlines(topology))
      .catch((error: unknown) => {
        this.outlines = null;
        throw error;
      });
    return this.outlines;
  }

  /** One place on its surroundings, its country shaded. */
  async locator(point: MapPoint): Promise<LocatorMap> {
    return (await this.world()).render([point], { highlightAt: point });
  }

  /** All of an article's places on one map. */
  async overview(points: MapPoint[]): Promise<LocatorMap> {
    return (await this.world()).render(points, { width: 300, height: 180, minSpanKm: 600 });
  }
}
