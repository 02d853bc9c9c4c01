import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupNodeData, NeedNodeData, ResourceNodeData } from './map-model';

/** Opens or closes a category band of the overview (given by the map). */
export const GroupToggleContext = createContext<(groupId: string) => void>(() => undefined);

/**
 * A resource (service). The whole card is its connection handle: drag from anywhere on it and drop
 * anywhere on a need's card to link them (no 3-pixel target).
 */
export function ResourceNode({ data }: NodeProps<Node<ResourceNodeData>>) {
  return (
    <div className="map-node map-resource">
      <div className="map-node-title">{data.label}</div>
      <div className="map-node-sub">{data.organization}</div>
      <Handle type="source" position={Position.Right} className="map-card-handle" />
    </div>
  );
}

/** A need; one that nothing covers stands out. The whole card takes a dropped link. */
export function NeedNode({ data }: NodeProps<Node<NeedNodeData>>) {
  const { t } = useTranslation();
  const state = data.coverage ?? 'none';
  return (
    <div className={`map-node map-need map-need-${state} severity-${data.severity}`}>
      <Handle type="target" position={Position.Left} className="map-card-handle" isConnectableStart={false} />
      <div className="map-node-title">{data.label}</div>
      <div className="map-node-sub">
        {data.area} · <strong>{t(`resources.coverage.${state}`)}</strong>
      </div>
    </div>
  );
}

/** A category band: its label and a Close button when open; in the overview, a summary card with Open. */
export function GroupLabelNode({ data }: NodeProps<Node<GroupNodeData>>) {
  const { t } = useTranslation();
  const toggle = useContext(GroupToggleContext);
  const counts = [t('resources.map.groupResources', { count: data.resources }), t('resources.map.groupNeeds', { count: data.needs }), t('resources.map.groupGaps', { count: data.gaps })].join(' · ');
  if (data.open) {
    return (
      <div className="map-group-label">
        <span>{data.label}</span>
        <span className="map-group-counts">{counts}</span>
      </div>
    );
  }
  return (
    <div className={`map-group-card${data.gaps > 0 ? ' has-uncovered' : ''}`}>
      <div>
        <div className="map-node-title">{data.label}</div>
        <div className="map-node-sub">{counts}</div>
      </div>
      <button type="button" className="button button-secondary button-small nodrag" onClick={(e) => (e.stopPropagation(), toggle(data.groupId))} aria-label={t('resources.map.openGroup', { name: data.label })}>
        {t('resources.map.open')}
      </button>
    </div>
  );
}

// Memoized: panning and zooming must not re-render nodes whose data did not change.
export const nodeTypes = { resource: memo(ResourceNode), need: memo(NeedNode), 'group-label': memo(GroupLabelNode) };
