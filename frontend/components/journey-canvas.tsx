// The journey canvas: React Flow (@xyflow/react 12, MIT) inside a Vaadin React adapter element. The server owns
// the journey: it sets `graph` (steps, connections) and `view` (names, summaries, problems, counts, the palette),
// and hears every change the marketer makes here as a new `graph`, and the step picked as `selected`. Undo, saving
// and checking live on the server, so the canvas keeps no history of its own.
//
// Journeys read top to bottom: a step's input is on its top edge and its outputs along its bottom. Steps never
// overlap: a step placed or dropped onto others pushes them down, and steps that grow (long names, live counts)
// are shown pushed apart. "Arrange" lays the whole journey out in rows with dagre (@dagrejs/dagre, MIT), from the
// sizes the steps have on screen.
import { type ReactElement, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Graph as LayoutGraph, layout } from '@dagrejs/dagre';
import {
  Background,
  ControlButton,
  Controls,
  Handle,
  MiniMap,
  Position,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
  type NodeProps,
} from '@xyflow/react';
import { ReactAdapterElement, type RenderHooks } from 'Frontend/generated/flow/ReactAdapter';

type Step = { id: string; type: string; x: number; y: number; settings: Record<string, string> };
type Link = { from: string; output: string; to: string };
type Graph = { nodes: Step[]; edges: Link[] };
type Output = { key: string; label: string; count: string | null };
type StepView = { title: string; summary: string; kind: string; outputs: Output[]; problems: string[]; counts: string | null };
type PaletteItem = { type: string; label: string; kind: string };
type Labels = { palette: string; empty: string; arrange: string; map: string; hidePalette: string; showPalette: string };
type View = {
  palette: PaletteItem[];
  steps: Record<string, StepView>;
  readOnly: boolean;
  labels: Labels;
};
type StepData = StepView & { entry: boolean };

const DRAG_TYPE = 'application/cairn-step';
const EMPTY_GRAPH: Graph = { nodes: [], edges: [] };
const EMPTY_LABELS: Labels = { palette: '', empty: '', arrange: '', map: '', hidePalette: '', showPalette: '' };
const EMPTY_VIEW: View = { palette: [], steps: {}, readOnly: true, labels: EMPTY_LABELS };
/** The room kept between steps, side by side and one above the other. */
const GAP = 40;
/** A step's size before the browser has measured it. */
const DEFAULT_SIZE = { width: 240, height: 90 };
/** Journeys open no smaller than this, so that their steps can be read; a larger one is shown from the top. */
const READABLE_ZOOM = 0.75;

type Box = { id: string; x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;
}

/**
 * The boxes moved apart: the fixed one (a step just placed) keeps its place, then every other, from the top,
 * goes below whichever placed box it would overlap. Answers the new top-left corner of each box.
 */
function settle(boxes: Box[], fixed: string | null): Map<string, { x: number; y: number }> {
  const order = [...boxes].sort((a, b) => (a.id === fixed ? -1 : b.id === fixed ? 1 : a.y - b.y || a.x - b.x));
  const placed: Box[] = [];
  for (const box of order) {
    const moved = { ...box };
    let clash = placed.find((other) => overlaps(moved, other));
    while (clash && moved.id !== fixed) {
      moved.y = clash.y + clash.height + GAP;
      clash = placed.find((other) => overlaps(moved, other));
    }
    placed.push(moved);
  }
  return new Map(placed.map((b) => [b.id, { x: b.x, y: b.y }]));
}

/** The top-left corner of every step when the journey is laid out in rows, top to bottom (dagre). */
function arrange(boxes: Box[], links: Link[]): Map<string, { x: number; y: number }> {
  const graph = new LayoutGraph();
  graph.setGraph({ rankdir: 'TB', nodesep: GAP, ranksep: GAP * 1.5, marginx: GAP, marginy: GAP });
  graph.setDefaultEdgeLabel(() => ({}));
  boxes.forEach((b) => graph.setNode(b.id, { width: b.width, height: b.height }));
  links.forEach((l) => graph.setEdge(l.from, l.to));
  layout(graph);
  return new Map(
    boxes.map((b) => {
      const centre = graph.node(b.id);
      return [b.id, { x: Math.round(centre.x - b.width / 2), y: Math.round(centre.y - b.height / 2) }];
    }),
  );
}

/** The nodes as shown, moved apart where they would overlap (their stored places are not changed). */
function apart<T extends Node>(nodes: T[]): T[] {
  const at = settle(nodes.map(boxOf), null);
  return nodes.map((n) => {
    const p = at.get(n.id)!;
    return p.x === n.position.x && p.y === n.position.y ? n : { ...n, position: p };
  });
}

function boxOf(node: Node): Box {
  return {
    id: node.id,
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? DEFAULT_SIZE.width,
    height: node.measured?.height ?? DEFAULT_SIZE.height,
  };
}

/** A new step id from its type, such as `send-email-2`, unused in the graph. */
function newId(type: string, graph: Graph): string {
  const base = type.toLowerCase().replace(/_/g, '-');
  const taken = new Set(graph.nodes.map((n) => n.id));
  let n = 1;
  while (taken.has(`${base}-${n}`)) {
    n++;
  }
  return `${base}-${n}`;
}

function StepNode({ data, selected }: NodeProps<Node<StepData>>): ReactElement {
  const problems = data.problems.length > 0;
  return (
    <div
      className={`cairn-step cairn-step-${data.kind.toLowerCase()}${selected ? ' selected' : ''}${problems ? ' has-problems' : ''}`}
      title={data.problems.join('\n')}
    >
      {data.entry ? null : <Handle type="target" position={Position.Top} />}
      <div className="cairn-step-title">
        {data.title}
        {problems ? <span className="cairn-step-problems">{`⚠ ${data.problems.length}`}</span> : null}
      </div>
      {data.summary ? <div className="cairn-step-summary">{data.summary}</div> : null}
      {data.counts ? <div className="cairn-step-counts">{data.counts}</div> : null}
      <div className="cairn-step-outputs">
        {data.outputs.map((output) => (
          <div className="cairn-step-output" key={output.key} data-output={output.key}>
            <span>{output.count ? `${output.label} · ${output.count}` : output.label}</span>
            <Handle type="source" position={Position.Bottom} id={output.key} />
          </div>
        ))}
      </div>
    </div>
  );
}

const NODE_TYPES = { step: StepNode };

type CanvasProps = {
  graph: Graph;
  view: View;
  changeGraph: (graph: Graph) => void;
  selected: string | null;
  select: (id: string | null) => void;
};

function Canvas({ graph, view, changeGraph, selected, select }: CanvasProps): ReactElement {
  const flow = useReactFlow();
  // The step picked is the canvas's own choice (a click on it, or placing it), told to the server when it changes.
  const [picked, setPicked] = useState<string | null>(null);
  const lastPicked = useRef<string | null>(null);
  const flowBox = useRef<HTMLDivElement>(null);
  // The server may drop the pick too (a step deleted from its side panel).
  useEffect(() => {
    if (selected !== lastPicked.current) {
      lastPicked.current = selected;
      setPicked(selected);
    }
  }, [selected]);
  const pick = useCallback(
    (id: string | null) => {
      setPicked(id);
      if (lastPicked.current !== id) {
        lastPicked.current = id;
        select(id);
      }
    },
    [select],
  );
  const toNodes = useCallback(
    (current: Node<StepData>[]) => {
      const measured = new Map(current.map((n) => [n.id, n.measured]));
      return graph.nodes.map((step) => {
        const shown = view.steps[step.id] ?? { title: step.type, summary: '', kind: 'ACTION', outputs: [], problems: [], counts: null };
        return {
          id: step.id,
          type: 'step',
          position: { x: step.x, y: step.y },
          selected: step.id === picked,
          measured: measured.get(step.id),
          data: { ...shown, entry: shown.kind === 'ENTRY' },
        } as Node<StepData>;
      });
    },
    [graph, view, picked],
  );
  const [nodes, setNodes] = useState<Node<StepData>[]>(() => toNodes([]));
  useEffect(() => setNodes((current) => apart(toNodes(current))), [toNodes]);
  const [paletteOpen, setPaletteOpen] = useState(true);
  const [mapShown, setMapShown] = useState(false);

  const edges: Edge[] = useMemo(
    () =>
      graph.edges.map((link) => {
        const output = view.steps[link.from]?.outputs.find((o) => o.key === link.output);
        return {
          id: `${link.from}:${link.output}`,
          source: link.from,
          sourceHandle: link.output,
          target: link.to,
          label: output?.count ?? undefined,
        };
      }),
    [graph, view],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<Node<StepData>>[]) => {
      // Selection is the canvas's own (see pick) and removal goes through the server: neither is applied here.
      const kept = changes.filter((c) => c.type !== 'select' && c.type !== 'remove' && !(view.readOnly && c.type === 'position'));
      // a step that grew (a long name, live counts) pushes the steps below it down
      const resized = kept.some((c) => c.type === 'dimensions');
      setNodes((current) => {
        const applied = applyNodeChanges(kept, current);
        return resized ? apart(applied) : applied;
      });
    },
    [view.readOnly],
  );

  /** Saves new places for the steps (the rest keep theirs). */
  const place = useCallback(
    (at: Map<string, { x: number; y: number }>, extra: Step[] = []) => {
      changeGraph({
        ...graph,
        nodes: [...graph.nodes, ...extra].map((s) =>
          at.has(s.id) ? { ...s, x: Math.round(at.get(s.id)!.x), y: Math.round(at.get(s.id)!.y) } : s,
        ),
      });
    },
    [graph, changeGraph],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, node: Node, moved: Node[]) => {
      const at = new Map(moved.map((n) => [n.id, n.position]));
      const boxes = nodes.map((n) => ({ ...boxOf(n), ...(at.get(n.id) ?? {}) }));
      place(settle(boxes, node.id));
    },
    [nodes, place],
  );

  const arrangeAll = useCallback(() => {
    place(arrange(nodes.map(boxOf), graph.edges));
    window.setTimeout(() => flow.fitView({ maxZoom: 1, minZoom: READABLE_ZOOM }), 50);
  }, [nodes, graph, place, flow]);

  // Opens at a readable zoom: the whole journey when it fits, else its top (where it starts) across the width.
  const placedView = useRef(false);
  useEffect(() => {
    const box = flowBox.current?.getBoundingClientRect();
    if (placedView.current || !box || nodes.length === 0 || nodes.some((n) => !n.measured?.width)) {
      return;
    }
    placedView.current = true;
    const bounds = flow.getNodesBounds(nodes);
    const fit = Math.min(box.width / (bounds.width + 2 * GAP), box.height / (bounds.height + 2 * GAP));
    const zoom = Math.min(1, Math.max(READABLE_ZOOM, fit));
    const x = box.width / 2 - (bounds.x + bounds.width / 2) * zoom;
    const y = fit >= READABLE_ZOOM ? box.height / 2 - (bounds.y + bounds.height / 2) * zoom : GAP - bounds.y * zoom;
    flow.setViewport({ x, y, zoom });
  }, [nodes, flow]);

  const onConnect = useCallback(
    (connection: Connection) => {
      if (!connection.sourceHandle || connection.source === connection.target) {
        return;
      }
      // An output leads to one step: a new connection from it replaces the old one.
      const kept = graph.edges.filter((e) => !(e.from === connection.source && e.output === connection.sourceHandle));
      changeGraph({ ...graph, edges: [...kept, { from: connection.source, output: connection.sourceHandle, to: connection.target }] });
    },
    [graph, changeGraph],
  );

  const onDelete = useCallback(
    ({ nodes: goneNodes, edges: goneEdges }: { nodes: Node[]; edges: Edge[] }) => {
      const nodeIds = new Set(goneNodes.map((n) => n.id));
      const edgeIds = new Set(goneEdges.map((e) => e.id));
      changeGraph({
        nodes: graph.nodes.filter((s) => !nodeIds.has(s.id)),
        edges: graph.edges.filter((e) => !nodeIds.has(e.from) && !nodeIds.has(e.to) && !edgeIds.has(`${e.from}:${e.output}`)),
      });
      if (goneNodes.length > 0) {
        pick(null);
      }
    },
    [graph, changeGraph, pick],
  );

  const add = useCallback(
    (type: string, position: { x: number; y: number }) => {
      const id = newId(type, graph);
      const step: Step = { id, type, x: Math.round(position.x), y: Math.round(position.y), settings: {} };
      const boxes = [...nodes.map(boxOf), { id, x: step.x, y: step.y, ...DEFAULT_SIZE }];
      place(settle(boxes, id), [step]);
      pick(id);
    },
    [graph, nodes, place, pick],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      const type = event.dataTransfer.getData(DRAG_TYPE);
      if (type && !view.readOnly) {
        add(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      }
    },
    [add, flow, view.readOnly],
  );

  const addAtCentre = useCallback(
    (type: string) => {
      const box = flowBox.current?.getBoundingClientRect();
      const centre = box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: 0, y: 0 };
      add(type, flow.screenToFlowPosition(centre));
    },
    [add, flow],
  );

  return (
    <div className="cairn-canvas">
      {view.readOnly ? null : !paletteOpen ? (
        <button
          type="button"
          className="cairn-palette-closed"
          id="journey-palette-show"
          title={view.labels.showPalette}
          aria-label={view.labels.showPalette}
          onClick={() => setPaletteOpen(true)}
        >
          <span>{view.labels.palette}</span>
        </button>
      ) : (
        <div className="cairn-palette" aria-label={view.labels.palette}>
          <div className="cairn-palette-title">
            <span>{view.labels.palette}</span>
            <button
              type="button"
              id="journey-palette-hide"
              title={view.labels.hidePalette}
              aria-label={view.labels.hidePalette}
              onClick={() => setPaletteOpen(false)}
            >
              «
            </button>
          </div>
          {view.palette.map((item) => (
            <div
              key={item.type}
              className={`cairn-palette-item cairn-step-${item.kind.toLowerCase()}`}
              data-step-type={item.type}
              draggable
              role="button"
              tabIndex={0}
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, item.type);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDoubleClick={() => addAtCentre(item.type)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  addAtCentre(item.type);
                }
              }}
            >
              {item.label}
            </div>
          ))}
        </div>
      )}
      <div className="cairn-flow" ref={flowBox} onDrop={onDrop} onDragOver={(event) => event.preventDefault()}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          onNodesChange={onNodesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onDelete={view.readOnly ? undefined : onDelete}
          onNodeClick={(_, node) => pick(node.id)}
          onPaneClick={() => pick(null)}
          nodesDraggable={!view.readOnly}
          nodesConnectable={!view.readOnly}
          deleteKeyCode={view.readOnly ? null : ['Delete', 'Backspace']}
          minZoom={0.2}
          maxZoom={2}
        >
          <Background />
          <Controls showInteractive={false}>
            <ControlButton onClick={() => setMapShown(!mapShown)} title={view.labels.map} aria-label={view.labels.map}>
              ▦
            </ControlButton>
          </Controls>
          {mapShown ? <MiniMap pannable zoomable position="top-right" style={{ width: 160, height: 110 }} /> : null}
        </ReactFlow>
        {view.readOnly || graph.nodes.length === 0 ? null : (
          <button type="button" className="cairn-arrange" id="journey-arrange" onClick={arrangeAll}>
            {view.labels.arrange}
          </button>
        )}
        {graph.nodes.length === 0 ? <div className="cairn-canvas-empty">{view.labels.empty}</div> : null}
      </div>
    </div>
  );
}

class JourneyCanvasElement extends ReactAdapterElement {
  protected override render(hooks: RenderHooks): ReactElement | null {
    const [graph, setGraph] = hooks.useState<Graph>('graph', EMPTY_GRAPH);
    const [view] = hooks.useState<View>('view', EMPTY_VIEW);
    const [selected, setSelected] = hooks.useState<string | null>('selected', null);
    return (
      <ReactFlowProvider>
        <Canvas graph={graph ?? EMPTY_GRAPH} view={view ?? EMPTY_VIEW} changeGraph={setGraph} selected={selected ?? null} select={setSelected} />
      </ReactFlowProvider>
    );
  }
}

customElements.define('cairn-journey-canvas', JourneyCanvasElement);
