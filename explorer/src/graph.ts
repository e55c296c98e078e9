/**
 * The ego network: an entity's neighbourhood drawn with Cytoscape.js (a canvas renderer, so it needs
 * no WebGL), grown by clicking nodes. Node kinds differ by colour and shape, edge weight by width,
 * meetings by colour. The graph keeps its own elements across page renders; the page reads
 * `connections()` for the table that gives the same edges to keyboard and screen-reader users.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { ExplorerNeighbourhoodQuery } from './gql/graphql';
import { NeighbourhoodQuery } from './queries';
import { forget, load } from './store';
import { type Kind, nodeKey, parseNodeKey } from './state';

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
    this.container = container;
    this.baseKey = '';
    this.cy = cytoscape({
      container,
      // Only the page's state (the address) chooses a link; a tap elsewhere does not unchoose it.
      autounselectify: true,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            shape: 'data(shape)' as never,
            width: 'mapData(articleCount, 1, 50, 18, 54)',
            height: 'mapData(articleCount, 1, 50, 18, 54)',
            label: 'data(name)',
            'font-size': 11,
            color: '#111827',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
            // Above every link, for the eye and for clicks.
            'z-index-compare': 'manual',
            'z-index': 10,
          },
        },
        { selector: 'node[?root]', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold' } },
        { selector: 'node[?expanded]', style: { 'border-width': 2, 'border-color': '#111827' } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
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
        { selector: 'edge.chosen', style: { 'line-color': '#111827', opacity: 1, 'underlay-color': '#fde047', 'underlay-opacity': 0.8, 'underlay-padding': 4 } as never },
      ],
    });
    this.cy.on('tap', 'node', (e) => this.handlers.onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => this.handlers.onEdge(e.target.id()));
    // For scripts and the end-to-end tests: the live Cytoscape instance.
    (window as unknown as { explorerGraph: Core }).explorerGraph = this.cy;
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
    this.loading--;
    answers.forEach((a, i) => {
      if (a.status === 'fulfilled') this.add(a.value.neighbourhood, req);
      else {
        this.loaded.delete(keys[i]);
        this.failed.add(keys[i]);
        this.lastError = a.reason as Error;
      }
    });
    if (answers.some((a) => a.status === 'fulfilled')) this.layout();
    this.select(req.selectedEdge);
    this.handlers.changed();
  }

  private add(sub: Subgraph, req: GraphRequest): void {
    const cy = this.cy!;
    const rootKey = nodeKey(req.root.kind, req.root.id);
    const added: ElementDefinition[] = [];
    // The explorer's keys are KIND:id (what the URL holds); the API's node ids are only matched within one answer.
    const keyOf = new Map<string, string>();
    for (const n of sub.nodes) {
      const info: GraphNodeInfo = { key: nodeKey(n.kind as Kind, n.entity.id), kind: n.kind as Kind, id: n.entity.id, name: n.entity.name, articleCount: n.entity.articleCount };
      keyOf.set(n.id, info.key);
      if (this.nodes.has(info.key)) continue;
      this.nodes.set(info.key, info);
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
      added.push({ group: 'edges', data: { id, source: a.key, target: b.key, met, articleCount: e.articleCount } });
    }
    cy.add(added);
    for (const key of this.loaded) cy.getElementById(key).data('expanded', key !== rootKey);
    // Width by articles in common, on a log scale against the heaviest link drawn.
    const top = Math.max(1, ...[...this.edges.values()].map((c) => c.articleCount));
    cy.edges().forEach((edge) => {
      const c = this.edges.get(edge.id())!;
      edge.data('width', 1 + (7 * Math.log1p(c.articleCount)) / Math.log1p(top));
      edge.data('focus', this.inFocus(c));
    });
  }

  /** Whether a link touches the entity opened or one grown from (the others are context). */
  inFocus(c: Connection): boolean {
    return this.loaded.has(c.source.key) || this.loaded.has(c.target.key);
  }

  private layout(): void {
    const cy = this.cy!;
    const fresh = cy.nodes().filter((n) => n.position().x === 0 && n.position().y === 0);
    const first = fresh.length === cy.nodes().length;
    cy.layout(
      first
        ? { name: 'concentric', concentric: (n) => (n.data('root') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 30, animate: false }
        : { name: 'cose', randomize: false, animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
    ).run();
    cy.fit(undefined, 30);
  }

  private select(edgeId: string | undefined): void {
    const cy = this.cy;
    if (!cy) return;
    cy.edges('.chosen').removeClass('chosen');
    if (edgeId) cy.getElementById(edgeId).addClass('chosen');
  }
}
