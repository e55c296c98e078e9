/**
 * The world's countries as SVG paths, for the partners map: Natural Earth's 1:110m shapes
 * (world-atlas, bundled, so no tile or file is fetched from elsewhere), projected once with
 * d3-geo's Natural Earth projection. Loaded on demand (a chunk of its own) by views/map.ts.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import codes from 'virtual:countries';

const WIDTH = 960;
const HEIGHT = 470;

export interface Shape {
  /** ISO 3166-1 alpha-2 code, as the API names countries; null for a shape with no code (e.g. Northern Cyprus). */
  code: string | null;
  /** Natural Earth's name, for shapes the graph does not know. */
  name: string;
  /** The SVG path. */
  d: string;
}

export interface World {
  /** The drawing's size, in SVG units. */
  width: number;
  height: number;
  shapes: Shape[];
  /** Where to draw a country too small for the shapes (Singapore, Bahrain…), as a dot; undefined for a code nobody knows. */
  point(code: string): [number, number] | undefined;
  /** Whether the country has a shape of its own. */
  hasShape(code: string): boolean;
}

/** Antarctica is left out: no news partner, and a fifth of the map. */
const ANTARCTICA = '010';

export function buildWorld(): World {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries).features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features: all });
  const path = geoPath(projection);
  const alpha2 = new Map<string, string>();
  for (const [code, c] of Object.entries(codes)) if (c.numeric) alpha2.set(c.numeric, code);
  const shapes = all.map((f) => ({ code: alpha2.get(String(f.id)) ?? null, name: f.properties.name, d: path(f) ?? '' })).filter((s) => s.d);
  const withShape = new Set(shapes.flatMap((s) => (s.code ? [s.code] : [])));
  return {
    width: WIDTH,
    height: HEIGHT,
    shapes,
    hasShape: (code) => withShape.has(code),
    point: (code) => {
      const c = codes[code];
      const xy = c ? projection([c.lng, c.lat]) : null;
      return xy ? [xy[0], xy[1]] : undefined;
    },
  };
}
