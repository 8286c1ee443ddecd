// For component tests: the real canvas in a 1000×800 box, with a handle on React Flow's own store
// to read what it holds (positions, the viewport) or to set its zoom.
import { render } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import type { JourneyFlowEdge, JourneyFlowNode } from '../document/journey-document';
import { Canvas } from './Canvas';

export type FlowStore = ReturnType<typeof useStoreApi<JourneyFlowNode, JourneyFlowEdge>>;

/** Renders the canvas of the open document and returns React Flow's store. */
export function renderCanvas(): FlowStore {
  let flow: FlowStore | undefined;
  function FlowStoreProbe() {
    flow = useStoreApi<JourneyFlowNode, JourneyFlowEdge>();
    return null;
  }
  render(
    <ReactFlowProvider>
      <div style={{ width: 1000, height: 800 }}>
        <Canvas onMessage={() => {}} />
      </div>
      <FlowStoreProbe />
    </ReactFlowProvider>,
  );
  if (!flow) throw new Error('React Flow did not render');
  return flow;
}
