// The journey canvas: React Flow (@xyflow/react 12, MIT) inside a Vaadin React adapter element. The server owns
// the journey: it sets `graph` (steps, connections) and `view` (names, summaries, problems, counts, the palette),
// and hears every change the marketer makes here as a new `graph`, and the step picked as `selected`. Undo, saving
// and checking live on the server, so the canvas keeps no history of its own.
import { type ReactElement, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background,
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
type View = {
  palette: PaletteItem[];
  steps: Record<string, StepView>;
  readOnly: boolean;
  paletteTitle: string;
  emptyHint: string;
};
type StepData = StepView & { entry: boolean };

const DRAG_TYPE = 'application/cairn-step';
const EMPTY_GRAPH: Graph = { nodes: [], edges: [] };
const EMPTY_VIEW: View = { palette: [], steps: {}, readOnly: true, paletteTitle: '', emptyHint: '' };

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
      {data.entry ? null : <Handle type="target" position={Position.Left} />}
      <div className="cairn-step-title">
        {data.title}
        {problems ? <span className="cairn-step-problems">{`⚠ ${data.problems.length}`}</span> : null}
      </div>
      {data.summary ? <div className="cairn-step-summary">{data.summary}</div> : null}
      {data.counts ? <div className="cairn-step-counts">{data.counts}</div> : null}
      <div className="cairn-step-outputs">
        {data.outputs.map((output) => (
          <div className="cairn-step-output" key={output.key}>
            <span>{output.count ? `${output.label} · ${output.count}` : output.label}</span>
            <Handle type="source" position={Position.Right} id={output.key} />
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
  useEffect(() => setNodes((current) => toNodes(current)), [toNodes]);

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
      setNodes((current) => applyNodeChanges(kept, current));
    },
    [view.readOnly],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, _node: Node, moved: Node[]) => {
      const at = new Map(moved.map((n) => [n.id, n.position]));
      changeGraph({
        ...graph,
        nodes: graph.nodes.map((s) => (at.has(s.id) ? { ...s, x: Math.round(at.get(s.id)!.x), y: Math.round(at.get(s.id)!.y) } : s)),
      });
    },
    [graph, changeGraph],
  );

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
      changeGraph({ ...graph, nodes: [...graph.nodes, { id, type, x: Math.round(position.x), y: Math.round(position.y), settings: {} }] });
      pick(id);
    },
    [graph, changeGraph, pick],
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
      {view.readOnly ? null : (
        <div className="cairn-palette" aria-label={view.paletteTitle}>
          <div className="cairn-palette-title">{view.paletteTitle}</div>
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
          fitView
          fitViewOptions={{ maxZoom: 1 }}
          minZoom={0.2}
          maxZoom={2}
        >
          <Background />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable />
        </ReactFlow>
        {graph.nodes.length === 0 ? <div className="cairn-canvas-empty">{view.emptyHint}</div> : null}
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
