/**
 * The ego network: an entity's neighbourhood drawn with Cytoscape.js (a canvas renderer, so it needs
 * no WebGL), grown by clicking nodes. Node kinds differ by colour and shape, edge weight by width,
 * meetings by colour. The graph keeps its own elements across page renders; the page reads
 * `connections()` for the table that gives the same edges to keyboard and screen-reader users.
 *
 * It stays readable as it grows: nodes once placed stay where they are (fCoSE's incremental mode with
 * every placed node a fixed-node constraint) and the new ones start on a ring around the node grown
 * from; labels and line widths keep one size on screen at every zoom, and a label that would overlap
 * a more important one (or another node) is hidden until the pointer is on its node.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ExplorerNeighbourhoodQuery } from './gql/graphql';
import { NeighbourhoodQuery } from './queries';
import { forget, load } from './store';
import { type Kind, nodeKey, parseNodeKey } from './state';

cytoscape.use(fcose);

export const KIND_STYLE: Record<Kind, { colour: string; shape: string; label: string }> = {
  PERSON: { colour: '#2563eb', shape: 'ellipse', label: 'Person' },
  COUNTRY: { colour: '#15803d', shape: 'round-rectangle', label: 'Country' },
  ORGANIZATION: { colour: '#c2410c', shape: 'diamond', label: 'Organization' },
  TOPIC: { colour: '#7c3aed', shape: 'hexagon', label: 'Topic' },
};

export interface GraphNodeInfo {
  key: string;
  kind: Kind;
  id: string;
  name: string;
  articleCount: number;
}

export interface Connection {
  id: string;
  source: GraphNodeInfo;
  target: GraphNodeInfo;
  met: boolean;
  articleCount: number;
  meetingCount: number;
}

type Subgraph = ExplorerNeighbourhoodQuery['neighbourhood'];

export interface GraphRequest {
  root: { kind: Kind; id: string };
  /** The API's filter arguments: dates and topic. */
  range: { from?: string; to?: string; topicId: string | null };
  expanded: readonly string[];
  selectedEdge?: string;
}

/**
 * People, countries and organizations around the entity. Topics are left out: on a real corpus a
 * busy entity's topics take half the nodes (the US's 25 neighbours on 10,000 Reuters articles held
 * 12 topics) and crowd out the actors; a topic's own page draws its network.
 */
const GRAPH_KINDS: Kind[] = ['PERSON', 'COUNTRY', 'ORGANIZATION'];
const ROOT_SIZE = { perNode: 25, maxNodes: 40 };
const EXPAND_SIZE = { perNode: 10, maxNodes: 11 };

/** Labels' size on screen, in CSS pixels, whatever the zoom. */
export const LABEL_PX = 13;
/** Link widths on screen, in CSS pixels, whatever the zoom: the fewest articles in common drawn to the most. */
export const EDGE_PX = { min: 1.5, max: 9 } as const;
/** Room around the drawing when it is fitted to the frame, in CSS pixels. */
const FIT_PADDING = 24;

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The link widths drawn now: articles in common, from the fewest to the most, on a log scale. */
export interface WidthScale {
  min: number;
  max: number;
  /** The on-screen width of a link with `n` articles in common. */
  px(n: number): number;
}

function widthScale(counts: readonly number[]): WidthScale | undefined {
  if (!counts.length) return undefined;
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  const t = (n: number) => (max > min ? (Math.log(n) - Math.log(min)) / (Math.log(max) - Math.log(min)) : 0.5);
  return { min, max, px: (n) => EDGE_PX.min + (EDGE_PX.max - EDGE_PX.min) * Math.min(1, Math.max(0, t(n))) };
}

/**
 * The drawing's style at a zoom: font sizes, margins and widths are divided by the zoom so that they
 * keep their size on screen (a fitted hub is drawn at about half size, which made 11 px labels 6 px).
 */
function stylesheet(zoom: number): StylesheetJson {
  const px = (n: number) => n / zoom;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        width: 'mapData(articleCount, 1, 50, 18, 54)',
        height: 'mapData(articleCount, 1, 50, 18, 54)',
        label: 'data(name)',
        'font-size': px(LABEL_PX),
        color: '#111827',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': px(3),
        'text-outline-color': '#ffffff',
        'text-outline-width': px(2),
        // A label is part of its node for the pointer, as it is for the eye: a click on a name that
        // lies over a link opens the name, not the link under it.
        'text-events': 'yes',
        // Above every link, for the eye and for clicks.
        'z-index-compare': 'manual',
        'z-index': 10,
      },
    },
    // Beside the node, on the side away from the node it was grown from (see `sideOf`).
    { selector: 'node.side-r', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': px(4) } },
    { selector: 'node.side-l', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': px(-4) } },
    { selector: 'node.side-t', style: { 'text-valign': 'top', 'text-margin-y': px(-3) } },
    { selector: 'node[?root]', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold' } },
    { selector: 'node[?expanded]', style: { 'border-width': 2, 'border-color': '#111827' } },
    // A label that would overlap another is hidden (and deaf to the pointer) until its node is pointed at.
    { selector: 'node.quiet', style: { label: '' } },
    { selector: 'node.pointed', style: { label: 'data(name)', 'z-index': 20, 'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': px(2) as never } },
    {
      selector: 'edge',
      style: {
        width: `mapData(t, 0, 1, ${px(EDGE_PX.min)}, ${px(EDGE_PX.max)})`,
        'line-color': '#6b7280',
        opacity: 0.8,
        'curve-style': 'straight',
        'z-index-compare': 'manual',
        'z-index': 1,
      },
    },
    // Links among the neighbours are context: faint, so the opened entities' own links stand
    // out, and deaf to the pointer, so a click on a link where a faint one crosses it picks the
    // link the user sees (the table lists only the opened entities' links too).
    { selector: 'edge[!focus]', style: { opacity: 0.12, events: 'no' } },
    { selector: 'edge[?met]', style: { 'line-color': '#dc2626' } },
    { selector: 'edge[?met][?focus]', style: { opacity: 0.95 } },
    { selector: 'edge[?focus]', style: { 'z-index': 2 } },
    { selector: 'edge.chosen', style: { 'line-color': '#111827', opacity: 1, 'underlay-color': '#fde047', 'underlay-opacity': 0.8, 'underlay-padding': px(4) } as never },
  ];
}

/** The side of its node a label goes: away from the node it was placed around. */
function sideOf(node: { x: number; y: number }, anchor: { x: number; y: number }): 'side-r' | 'side-l' | 'side-t' | 'side-b' {
  const dx = node.x - anchor.x;
  const dy = node.y - anchor.y;
  if (!dx && !dy) return 'side-b';
  const a = Math.atan2(dy, dx); // y grows downwards
  if (Math.abs(a) <= Math.PI / 3) return 'side-r';
  if (Math.abs(a) >= (2 * Math.PI) / 3) return 'side-l';
  return a < 0 ? 'side-t' : 'side-b';
}

export class EgoGraph {
  private cy: Core | null = null;
  private container: HTMLElement | null = null;
  private baseKey = '';
  private loaded = new Set<string>();
  private failed = new Set<string>();
  private generation = 0;
  private request: GraphRequest | undefined;
  private nodes = new Map<string, GraphNodeInfo>();
  private edges = new Map<string, Connection>();
  /** Loads in flight for the current drawing. */
  private loading = 0;
  /** The nodes the address names: the entity and those grown from. */
  private wanted = new Set<string>();
  private lastError: Error | undefined;
  /** Nodes with a position of their own: the layout keeps them where they are. */
  private placed = new Set<string>();
  /** The zoom the stylesheet was made for. */
  private styledZoom = 0;
  private restyleFrame = 0;
  /** Removes the listeners added to the frame mounted last, when another is mounted. */
  private frameListeners?: AbortController;

  /** Loading while anything is; else failed while a wanted node could not be loaded (whatever loaded since). */
  get status(): { state: 'idle' | 'loading' | 'done' } | { state: 'failed'; error: Error } {
    if (this.loading > 0) return { state: 'loading' };
    if (this.lastError && [...this.failed].some((k) => this.wanted.has(k))) return { state: 'failed', error: this.lastError };
    return this.loaded.size ? { state: 'done' } : { state: 'idle' };
  }

  constructor(
    private readonly handlers: { onNode(key: string): void; onEdge(id: string): void; changed(): void },
  ) {}

  /** Brings the drawing in line with the request; loads what it lacks, then calls `changed`. */
  sync(container: HTMLElement, req: GraphRequest): void {
    if (container !== this.container) this.mount(container);
    // Cytoscape keeps the container's place on the page from when it last looked; content loaded
    // above it since (the entity's header) moves it, and clicks would land beside their target.
    else this.cy!.resize();
    this.request = req;
    const baseKey = JSON.stringify([req.root, req.range]);
    const wanted = new Set([nodeKey(req.root.kind, req.root.id), ...req.expanded]);
    this.wanted = wanted;
    if (baseKey !== this.baseKey) {
      this.baseKey = baseKey;
      this.failed.clear();
      this.reset();
    } else if ([...this.loaded].some((k) => !wanted.has(k))) {
      // The address no longer grows from a node drawn (Back after a grow): draw again from what it
      // names; those answers are kept, so this costs no request.
      this.reset();
    }
    // A failed load is not asked again by itself (that would loop while the API is down): retry() does.
    const missing = [...wanted].filter((k) => !this.loaded.has(k) && !this.failed.has(k));
    if (missing.length) void this.grow(this.generation, missing, req);
    this.select(req.selectedEdge);
  }

  /**
   * Draws a subgraph given whole rather than grown: the chains of a path search, from `from` to
   * `to` (both marked as roots), laid out left to right by their distance from `from`, every link
   * in focus. Clicks go to the same handlers as in an ego network.
   */
  show(container: HTMLElement, from: string, to: string, sub: Subgraph, selectedEdge?: string): void {
    if (container !== this.container) this.mount(container);
    else this.cy!.resize();
    const start = parseNodeKey(from);
    const baseKey = JSON.stringify(['chains', from, to, sub.nodes.map((n) => n.id), sub.edges.map((e) => e.id)]);
    if (start && baseKey !== this.baseKey) {
      this.baseKey = baseKey;
      this.reset();
      this.add(sub, { root: start, range: { topicId: null }, expanded: [] });
      this.loaded.add(from);
      this.loaded.add(to);
      const cy = this.cy!;
      cy.getElementById(to).data('root', true);
      cy.nodes().data('expanded', false);
      cy.edges().data('focus', true);
      // Columns by hops from `from`; within a column, by name.
      const depth = new Map(sub.nodes.map((n) => [nodeKey(n.kind as Kind, n.entity.id), n.depth]));
      const last = Math.max(0, ...depth.values());
      const columns = new Map<number, string[]>();
      for (const info of [...this.nodes.values()].sort((a, b) => a.name.localeCompare(b.name))) {
        const d = info.key === to ? last : (depth.get(info.key) ?? 0);
        columns.set(d, [...(columns.get(d) ?? []), info.key]);
      }
      const positions: Record<string, { x: number; y: number }> = {};
      for (const [d, keys] of columns) keys.forEach((k, i) => (positions[k] = { x: d * 220, y: (i - (keys.length - 1) / 2) * 110 }));
      cy.layout({ name: 'preset', positions: (n: { id(): string }) => positions[n.id()], animate: false } as never).run();
      cy.fit(undefined, 40);
      this.handlers.changed();
    }
    this.select(selectedEdge);
  }

  /** Asks again for what failed to load. */
  retry(): void {
    const req = this.request;
    if (!req) return;
    for (const k of this.failed) {
      const v = this.variables(k, req);
      if (v) forget(NeighbourhoodQuery, v);
    }
    this.failed.clear();
    this.lastError = undefined;
    this.handlers.changed();
  }

  private reset(): void {
    this.generation++;
    this.loaded.clear();
    this.nodes.clear();
    this.edges.clear();
    this.loading = 0;
    this.placed.clear();
    this.cy!.elements().remove();
  }

  private variables(key: string, req: GraphRequest) {
    const ref = parseNodeKey(key);
    if (!ref) return undefined;
    const size = key === nodeKey(req.root.kind, req.root.id) ? ROOT_SIZE : EXPAND_SIZE;
    return { ref, kinds: GRAPH_KINDS, ...req.range, ...size };
  }

  connections(): Connection[] {
    return [...this.edges.values()].sort((a, b) => b.meetingCount - a.meetingCount || b.articleCount - a.articleCount || a.id.localeCompare(b.id));
  }

  /** Every node and link drawn now, faint ones included (what a GraphML export holds). */
  drawn(): { nodes: GraphNodeInfo[]; edges: Connection[] } {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }

  node(key: string): GraphNodeInfo | undefined {
    return this.nodes.get(key);
  }

  edge(id: string): Connection | undefined {
    return this.edges.get(id);
  }

  private mount(container: HTMLElement): void {
    this.cy?.destroy();
    cancelAnimationFrame(this.restyleFrame);
    this.container = container;
    this.baseKey = '';
    this.styledZoom = 1;
    const cy = cytoscape({
      container,
      // Only the page's state (the address) chooses a link; a tap elsewhere does not unchoose it.
      autounselectify: true,
      minZoom: 0.2,
      maxZoom: 3,
      style: stylesheet(1),
    });
    this.cy = cy;
    cy.on('tap', 'node', (e) => this.handlers.onNode(e.target.id()));
    cy.on('tap', 'edge', (e) => this.handlers.onEdge(e.target.id()));
    cy.on('mouseover', 'node', (e) => e.target.addClass('pointed'));
    cy.on('mouseout', 'node', (e) => e.target.removeClass('pointed'));
    // Cytoscape keeps the frame's place on the page and looks again only on a scroll or a resize: when
    // the page around the frame changes (a list or a note above it loads, a slow machine dispatches
    // the scroll after the click) a press would be read beside its node. Each press looks again first
    // (pointerdown comes before the mousedown Cytoscape reads; the canvases keep their size, the drawing
    // is redrawn once). The listeners go with the frame they were added to (`frameListeners`).
    this.frameListeners?.abort();
    this.frameListeners = new AbortController();
    const { signal } = this.frameListeners;
    container.addEventListener('pointerdown', () => cy.resize(), { capture: true, signal });
    container.addEventListener('pointerenter', () => cy.resize(), { signal });
    // Cytoscape says nothing when the pointer leaves the frame from a node.
    container.addEventListener('mouseleave', () => cy.nodes('.pointed').removeClass('pointed'), { signal });
    // Zooming by wheel or pinch: sizes follow once per frame, then which labels fit.
    cy.on('zoom', () => {
      cancelAnimationFrame(this.restyleFrame);
      this.restyleFrame = requestAnimationFrame(() => this.restyle());
    });
    // For scripts and the end-to-end tests: the live Cytoscape instance.
    (window as unknown as { explorerGraph: Core }).explorerGraph = cy;
  }

  private async grow(generation: number, keys: string[], req: GraphRequest): Promise<void> {
    for (const k of keys) this.loaded.add(k);
    this.loading++;
    this.handlers.changed();
    const answers = await Promise.allSettled(
      keys.map((k) => {
        const v = this.variables(k, req);
        return v ? load(NeighbourhoodQuery, v) : Promise.reject(new Error(`"${k}" is not a graph node (KIND:id)`));
      }),
    );
    if (generation !== this.generation) return; // the page moved on
    // Another view opened while this loaded ("Connect to…" right away): Cytoscape throws when it
    // lays out into a container no longer in the page. The next sync draws again, from the answers kept.
    if (!this.container?.isConnected) {
      this.baseKey = '';
      return;
    }
    this.loading--;
    // The root's answer first, so that it is the centre the others are placed around.
    const rootKey = nodeKey(req.root.kind, req.root.id);
    const order = keys.map((_, i) => i).sort((a, b) => Number(keys[b] === rootKey) - Number(keys[a] === rootKey));
    let drawn = false;
    for (const i of order) {
      const a = answers[i];
      if (a.status === 'fulfilled') {
        this.place(keys[i], this.add(a.value.neighbourhood, req));
        drawn = true;
      } else {
        this.loaded.delete(keys[i]);
        this.failed.add(keys[i]);
        this.lastError = a.reason as Error;
      }
    }
    if (drawn) {
      this.markLoaded(rootKey);
      this.fitTo();
    }
    this.select(req.selectedEdge);
    this.handlers.changed();
  }

  /** Adds an answer's nodes and links that are not drawn yet; returns the keys of the new nodes. */
  private add(sub: Subgraph, req: GraphRequest): string[] {
    const cy = this.cy!;
    const rootKey = nodeKey(req.root.kind, req.root.id);
    const added: ElementDefinition[] = [];
    const fresh: string[] = [];
    // The explorer's keys are KIND:id (what the URL holds); the API's node ids are only matched within one answer.
    const keyOf = new Map<string, string>();
    for (const n of sub.nodes) {
      const info: GraphNodeInfo = { key: nodeKey(n.kind as Kind, n.entity.id), kind: n.kind as Kind, id: n.entity.id, name: n.entity.name, articleCount: n.entity.articleCount };
      keyOf.set(n.id, info.key);
      if (this.nodes.has(info.key)) continue;
      this.nodes.set(info.key, info);
      fresh.push(info.key);
      const style = KIND_STYLE[info.kind];
      added.push({
        group: 'nodes',
        data: { id: info.key, name: info.name, kind: info.kind, colour: style.colour, shape: style.shape, articleCount: info.articleCount, root: info.key === rootKey },
      });
    }
    for (const e of sub.edges) {
      const source = this.nodes.get(keyOf.get(e.source) ?? '');
      const target = this.nodes.get(keyOf.get(e.target) ?? '');
      if (!source || !target) continue;
      const [a, b] = source.key < target.key ? [source, target] : [target, source];
      const id = `${a.key}|${b.key}`;
      if (this.edges.has(id)) continue;
      const met = e.kind === 'MET';
      this.edges.set(id, { id, source: a, target: b, met, articleCount: e.articleCount, meetingCount: e.meetingCount });
      // Width and focus are set over the whole drawing once the answer is in (`markLoaded`).
      added.push({ group: 'edges', data: { id, source: a.key, target: b.key, met, articleCount: e.articleCount, t: 0.5, focus: false } });
    }
    cy.add(added);
    return fresh;
  }

  /** Marks the nodes grown from, and sets each link's width (over the range drawn now) and focus. */
  private markLoaded(rootKey: string): void {
    const cy = this.cy!;
    const scale = this.widthScale();
    cy.batch(() => {
      for (const key of this.loaded) cy.getElementById(key).data('expanded', key !== rootKey);
      cy.edges().forEach((edge) => {
        const c = this.edges.get(edge.id())!;
        // 0 for the fewest articles in common drawn, 1 for the most; the stylesheet maps it to a width.
        edge.data('t', scale ? (scale.px(c.articleCount) - EDGE_PX.min) / (EDGE_PX.max - EDGE_PX.min) : 0.5);
        edge.data('focus', this.inFocus(c));
      });
    });
  }

  /** The link widths drawn now, for the legend; undefined while there is no link. */
  widthScale(): WidthScale | undefined {
    return widthScale([...this.edges.values()].map((c) => c.articleCount));
  }

  /** Whether a link touches the entity opened or one grown from (the others are context). */
  inFocus(c: Connection): boolean {
    return this.loaded.has(c.source.key) || this.loaded.has(c.target.key);
  }

  /**
   * Places the nodes an answer added. The first answer: a ring around its entity. Later ones: a ring
   * around the node grown from, on the side away from the drawing, then fCoSE's incremental layout
   * (`randomize: false`) moves only them, every node placed before being a fixed-node constraint.
   */
  private place(anchorKey: string, fresh: string[]): void {
    const cy = this.cy!;
    if (!fresh.length) return;
    const anchor = cy.getElementById(anchorKey);
    if (!this.placed.size) {
      cy.layout({ name: 'concentric', concentric: (n: NodeSingular) => (n.id() === anchorKey ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 40, animate: false, fit: false }).run();
    } else {
      const pinned = cy.nodes().filter((n) => this.placed.has(n.id()));
      const bb = pinned.boundingBox({ includeLabels: false });
      const centre = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
      const others = fresh.filter((k) => k !== anchorKey);
      let at = anchor.position();
      if (!this.placed.has(anchorKey)) {
        // Grown from a node the drawing lacked: it goes beside the drawing.
        at = { x: bb.x2 + 150, y: centre.y };
        anchor.position(at);
      }
      const away = Math.atan2(at.y - centre.y, at.x - centre.x) || 0;
      const radius = Math.max(140, (others.length * 70) / (2 * Math.PI));
      // Spread over the half turn facing away from the drawing (the whole turn when there are many).
      const arc = others.length > 8 ? 2 * Math.PI : Math.PI;
      others.forEach((k, i) => {
        const a = away - arc / 2 + (arc * (i + 0.5)) / others.length;
        cy.getElementById(k).position({ x: at.x + radius * Math.cos(a), y: at.y + radius * Math.sin(a) });
      });
      const pins = pinned.nodes().map((n) => ({ node: n, at: { ...n.position() } }));
      cy.layout({
        name: 'fcose',
        quality: 'proof',
        randomize: false,
        animate: false,
        fit: false,
        packComponents: false,
        tile: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 12000,
        idealEdgeLength: () => 110,
        // Started on their ring, outside the drawing: little energy and no pull to the middle, so that
        // they settle where they start rather than inside the entity's ring, across its links.
        gravity: 0,
        initialEnergyOnIncremental: 0.1,
        // Mostly the link to the node grown from pulls a new node (elasticity multiplies the spring force): its links to nodes placed before
        // would draw it into the drawing (onto their links); so they stay round the node grown from.
        edgeElasticity: (e: cytoscape.EdgeSingular) => (e.source().id() === anchorKey || e.target().id() === anchorKey ? 0.45 : 0.02),
        fixedNodeConstraint: pins.map((p) => ({ nodeId: p.node.id(), position: p.at })),
      } as unknown as cytoscape.LayoutOptions).run();
      // fCoSE keeps the fixed nodes' places relative to each other but may shift the whole drawing
      // (it centres what it lays out): shift it back, so that what was on screen stays put.
      const dx = pins.reduce((sum, p) => sum + p.node.position().x - p.at.x, 0) / pins.length;
      const dy = pins.reduce((sum, p) => sum + p.node.position().y - p.at.y, 0) / pins.length;
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const { x, y } = n.position();
          n.position({ x: x - dx, y: y - dy });
        });
        for (const p of pins) p.node.position(p.at);
      });
    }
    const from = anchor.position();
    cy.batch(() => {
      for (const k of fresh) {
        const n = cy.getElementById(k);
        n.removeClass('side-r side-l side-t side-b').addClass(k === anchorKey ? 'side-b' : sideOf(n.position(), from));
        this.placed.add(k);
      }
    });
  }

  /**
   * Fits the drawing (or some of its nodes) to the frame, labels included. Labels keep their size on
   * screen, so Cytoscape's own fit (which takes them at the size they have in the drawing now) would
   * shrink the drawing a little more each time: the nodes are fitted, with room for how far their
   * labels reach beyond them on screen.
   */
  private fitTo(nodes = this.cy?.nodes(), padding = FIT_PADDING): void {
    const cy = this.cy;
    if (!cy || !nodes?.length) return;
    this.restyle();
    // Every label counts, hidden or not, so that the fit does not depend on which ones fitted before.
    nodes.removeClass('quiet');
    const z0 = cy.zoom();
    const bodies = nodes.boundingBox({ includeLabels: false });
    const all = nodes.boundingBox({ includeLabels: true });
    const reach = { l: (bodies.x1 - all.x1) * z0, r: (all.x2 - bodies.x2) * z0, t: (bodies.y1 - all.y1) * z0, b: (all.y2 - bodies.y2) * z0 };
    const room = { w: cy.width() - 2 * padding - reach.l - reach.r, h: cy.height() - 2 * padding - reach.t - reach.b };
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(room.w / Math.max(bodies.w, 1), room.h / Math.max(bodies.h, 1))));
    const used = { w: bodies.w * zoom + reach.l + reach.r, h: bodies.h * zoom + reach.t + reach.b };
    cy.viewport({
      zoom,
      pan: { x: (cy.width() - used.w) / 2 + reach.l - bodies.x1 * zoom, y: (cy.height() - used.h) / 2 + reach.t - bodies.y1 * zoom },
    });
    this.restyle();
  }

  /** Shows every node drawn. */
  fit(): void {
    this.fitTo();
  }

  /** Brings the entity opened back to the middle, with the nodes around it. */
  toRoot(): void {
    const cy = this.cy;
    const root = cy?.nodes('[?root]');
    if (!cy || !root?.length) return;
    this.fitTo(root.closedNeighborhood().nodes());
    // Its middle in the middle of the frame (cy.center would centre it with its label).
    const at = root.first().position();
    cy.pan({ x: cy.width() / 2 - at.x * cy.zoom(), y: cy.height() / 2 - at.y * cy.zoom() });
  }

  /** Sizes that hold on screen at the zoom now, then which labels can be shown. */
  private restyle(): void {
    const cy = this.cy;
    if (!cy) return;
    const z = cy.zoom();
    if (z !== this.styledZoom) {
      this.styledZoom = z;
      cy.style(stylesheet(z));
    }
    this.declutter();
  }

  /**
   * Hides the labels that would overlap a label shown or another node: the entity opened first, then
   * the nodes grown from, then by articles. Measured from the labels' bounding boxes in the drawing.
   */
  private declutter(): void {
    const cy = this.cy!;
    const nodes = cy.nodes();
    nodes.removeClass('quiet');
    const rank = (n: NodeSingular) => (n.data('root') ? 0 : this.loaded.has(n.id()) ? 1 : 2);
    const ordered = nodes.toArray().sort(
      (a, b) => rank(a) - rank(b) || (b.data('articleCount') as number) - (a.data('articleCount') as number) || a.id().localeCompare(b.id()),
    );
    const bodies = ordered.map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false }) as Box }));
    const shown: Box[] = [];
    const quiet: NodeSingular[] = [];
    for (const n of ordered) {
      const label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) as Box;
      const clash = shown.some((b) => overlaps(b, label)) || bodies.some((b) => b.id !== n.id() && overlaps(b.box, label));
      if (clash && rank(n) > 0) quiet.push(n);
      else shown.push(label);
    }
    cy.batch(() => quiet.forEach((n) => n.addClass('quiet')));
  }

  private select(edgeId: string | undefined): void {
    const cy = this.cy;
    if (!cy) return;
    cy.edges('.chosen').removeClass('chosen');
    if (edgeId) cy.getElementById(edgeId).addClass('chosen');
  }
}
