import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupNodeData, NeedNodeData, ResourceNodeData } from './map-model';

/** A resource (service): drag from its right handle onto a need to link them. */
export function ResourceNode({ data }: NodeProps<Node<ResourceNodeData>>) {
  return (
    <div className="map-node map-resource">
      <div className="map-node-title">{data.label}</div>
      <div className="map-node-sub">{data.organization}</div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

/** A need; one that nothing covers stands out. */
export function NeedNode({ data }: NodeProps<Node<NeedNodeData>>) {
  const { t } = useTranslation();
  const state = data.coverage ?? 'none';
  return (
    <div className={`map-node map-need map-need-${state} severity-${data.severity}`}>
      <Handle type="target" position={Position.Left} />
      <div className="map-node-title">{data.label}</div>
      <div className="map-node-sub">
        {data.area} · <strong>{t(`resources.coverage.${state}`)}</strong>
      </div>
    </div>
  );
}

export function GroupLabelNode({ data }: NodeProps<Node<GroupNodeData>>) {
  return <div className="map-group-label">{data.label}</div>;
}

// Memoized: panning and zooming must not re-render hundreds of nodes whose data did not change.
export const nodeTypes = { resource: memo(ResourceNode), need: memo(NeedNode), 'group-label': memo(GroupLabelNode) };
