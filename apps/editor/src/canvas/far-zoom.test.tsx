import { render } from '@testing-library/react';
import { Position, ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { FarZoomContext, PortHandle } from './far-zoom';

/** The attributes React Flow reads when it measures where a card's connections attach. */
const measured = (element: Element) => ({
  classes: [...element.classList]
    .filter((c) =>
      ['react-flow__handle', 'react-flow__handle-bottom', 'source', 'node-port-handle'].includes(c),
    )
    .sort(),
  handleId: element.getAttribute('data-handleid'),
  position: element.getAttribute('data-handlepos'),
});

function renderHandle(far: boolean) {
  const { container } = render(
    <ReactFlowProvider>
      <FarZoomContext.Provider value={far}>
        <PortHandle
          type="source"
          id="yes"
          position={Position.Bottom}
          className="node-port-handle"
        />
      </FarZoomContext.Provider>
    </ReactFlowProvider>,
  );
  const handle = container.querySelector('.react-flow__handle');
  if (!handle) throw new Error('no handle drawn');
  return handle;
}

describe('PortHandle', () => {
  it('near, is React Flow’s own handle, which a connection can be dragged from', () => {
    expect(renderHandle(false).classList.contains('connectable')).toBe(true);
  });

  it('far out, is inert but measured as the same handle, so connections stay attached', () => {
    const near = measured(renderHandle(false));
    const far = renderHandle(true);
    expect(far.classList.contains('connectable')).toBe(false);
    expect(measured(far)).toEqual(near);
    expect(near).toEqual({
      classes: ['node-port-handle', 'react-flow__handle', 'react-flow__handle-bottom', 'source'],
      handleId: 'yes',
      position: 'bottom',
    });
  });
});
