import { createContext, useContext, type HTMLAttributes } from 'react';
import { Handle, Position, type HandleProps } from '@xyflow/react';

/**
 * Whether the canvas is zoomed out so far that card details are not drawn. A context, not a
 * React Flow store selector in each card: a selector per card would run on every pointer move;
 * the context changes only when the zoom crosses the threshold.
 */
export const FarZoomContext = createContext(false);

type PortHandleProps = Pick<HandleProps, 'type' | 'position' | 'id' | 'className'> &
  Pick<HTMLAttributes<HTMLDivElement>, 'title' | 'style'>;

/**
 * A card's connection point. Near, React Flow's own handle, which one can drag a connection
 * from. Far out, where handles are not shown (so nothing can be connected there), an inert
 * element with the same classes and data attributes, so React Flow still measures where the
 * card's connections start and end, without the store subscription each of its handles keeps:
 * with hundreds of cards on screen those subscriptions are most of a drag frame's scripting.
 */
export function PortHandle({
  type,
  position = Position.Top,
  id,
  className,
  title,
  style,
}: PortHandleProps) {
  const far = useContext(FarZoomContext);
  if (!far) {
    return (
      <Handle
        type={type}
        position={position}
        id={id}
        className={className}
        title={title}
        style={style}
      />
    );
  }
  return (
    <div
      className={`react-flow__handle react-flow__handle-${position} ${type}${className ? ` ${className}` : ''}`}
      data-handleid={id ?? null}
      data-handlepos={position}
      style={style}
      aria-hidden="true"
    />
  );
}
