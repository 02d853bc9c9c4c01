import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useNodesState, useReactFlow, type Connection, type Edge } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_KINDS, type CoverageKind } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { useCategoryName, useLookups, type GapsData } from '../use-gaps-data';
import { LinkByKeyboard } from './LinkByKeyboard';
import { BAND_WIDTH } from './gap-layout';
import { buildMap, MAP_SERVICE_LIMIT, type MapFilter } from './map-model';
import { GroupToggleContext, nodeTypes } from './map-nodes';
import { AreaOptions, CategoryOptions } from '../select-options';
import { counted } from '../../app/i18n/counted';

const OVERVIEW_DEFAULT_LIMIT = 300;
/** The smallest zoom the map opens at: card text stays at least about 11 px. */
const READABLE_ZOOM = 0.8;

/** The gap map: needs and resources as nodes, "covers" links as edges; plus the same linking from a list, by keyboard. */
export function GapMapPanel({ data, needId }: { data: GapsData; needId?: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<MapFilter>({ areaId: '', categoryId: '' });
  const [newCoverage, setNewCoverage] = useState<CoverageKind>('full');
  return (
    <>
      <section className="card" aria-labelledby="map-title">
        <div className="card-head">
          <h2 id="map-title" className="card-title">
            {t('resources.map.title')}
          </h2>
        </div>
        <p className="muted">{t('resources.map.intro')}</p>
        <div className="filters">
          <div className="field">
            <label htmlFor="map-area">{t('resources.fields.area')}</label>
            <select id="map-area" value={filter.areaId} onChange={(e) => setFilter({ ...filter, areaId: e.target.value })}>
              <option value="">{t('resources.filters.allAreas')}</option>
              <AreaOptions areas={data.areas} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="map-category">{t('resources.fields.category')}</label>
            <select id="map-category" value={filter.categoryId} onChange={(e) => setFilter({ ...filter, categoryId: e.target.value })}>
              <option value="">{t('resources.filters.allCategories')}</option>
              <CategoryOptions categories={data.categories} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="map-coverage">{t('resources.map.newLinks')}</label>
            <select id="map-coverage" value={newCoverage} onChange={(e) => setNewCoverage(e.target.value as CoverageKind)}>
              {COVERAGE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`resources.coverage.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ReactFlowProvider>
          <GapCanvas data={data} filter={filter} newCoverage={newCoverage} />
        </ReactFlowProvider>
      </section>
      <LinkByKeyboard data={data} initialNeedId={needId} />
    </>
  );
}

function GapCanvas({ data, filter, newCoverage }: { data: GapsData; filter: MapFilter; newCoverage: CoverageKind }) {
  const { t } = useTranslation();
  const api = useApi();
  const lookups = useLookups(data);
  const categoryName = useCategoryName();
  const flow = useReactFlow();
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Edge | null>(null);
  // The minimap redraws every node on each pan frame: on by default for small maps, a choice for large ones.
  const [minimap, setMinimap] = useState<boolean | null>(null);
  // Categories opened in the overview (a large map starts with every category closed).
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(new Set());
  const toggleGroup = useCallback((id: string) => setOpenGroups((o) => { const next = new Set(o); if (next.has(id)) next.delete(id); else next.add(id); return next; }), []);
  const model = useMemo(
    () =>
      buildMap(
        data,
        filter,
        {
          category: categoryName,
          organization: (id) => lookups.organization.get(id)?.name ?? '',
          area: (id) => (id ? (lookups.area.get(id)?.name ?? '') : t('resources.needs.noArea')),
          uncategorized: t('resources.map.uncategorized'),
        },
        openGroups,
      ),
    [data, filter, categoryName, lookups, t, openGroups],
  );
  const [nodes, setNodes, onNodesChange] = useNodesState(model.nodes);
  useEffect(() => setNodes(model.nodes), [model.nodes, setNodes]);
  const box = useRef<HTMLDivElement>(null);
  // Opens at a readable zoom with the top of the map in view, resources left and needs right;
  // "Zoom to fit" shows everything at once.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const width = box.current?.clientWidth ?? 900;
      const zoom = Math.max(READABLE_ZOOM, Math.min(1, (width - 32) / BAND_WIDTH));
      void flow.setViewport({ x: Math.max(16, (width - BAND_WIDTH * zoom) / 2), y: 16, zoom }, { duration: 0 });
    });
    return () => cancelAnimationFrame(frame);
  }, [filter, flow]);

  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  const onConnect = useCallback(
    (c: Connection) => {
      const [from, to] = c.source.startsWith('s:') ? [c.source, c.target] : [c.target, c.source];
      if (!from.startsWith('s:') || !to.startsWith('n:')) return;
      void run(() => api.call('links.set', { serviceId: from.slice(2), needId: to.slice(2), coverage: newCoverage }));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, newCoverage],
  );
  const showMinimap = minimap ?? model.nodes.length <= OVERVIEW_DEFAULT_LIMIT;
  const selectedLink = selected ? data.links.find((l) => l.id === selected.id) : undefined;

  return (
    <>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {model.truncated > 0 && <p className="hint">{t('resources.map.truncated', { limit: MAP_SERVICE_LIMIT, count: model.truncated })}</p>}
      <p className="muted" role="status" data-testid="map-summary">
        {t('resources.map.summary', { needs: counted(t, 'openNeed', model.totals.needs), resources: counted(t, 'resource', model.totals.resources), links: counted(t, 'link', model.totals.links) })}
      </p>
      {model.overview && <p className="hint">{t('resources.map.overviewHint')}</p>}
      <div className="map-toolbar">
        <button type="button" className="button button-secondary button-small" onClick={() => void flow.fitView({ padding: 0.1, duration: 200 })}>
          {t('resources.map.fit')}
        </button>
        {model.overview && openGroups.size > 0 && (
          <button type="button" className="button button-secondary button-small" onClick={() => setOpenGroups(new Set())}>
            {t('resources.map.closeGroups')}
          </button>
        )}
        <label className="check">
          <input type="checkbox" checked={showMinimap} onChange={(e) => setMinimap(e.target.checked)} />
          {t('resources.map.showOverview')}
        </label>
        {selectedLink && (
          <>
            <span>{t('resources.map.selectedLink', { service: lookups.service.get(selectedLink.serviceId)?.name ?? '', need: lookups.need.get(selectedLink.needId)?.title ?? '' })}</span>
            <button type="button" className="button button-secondary button-small" onClick={() => void run(() => api.call('links.set', { needId: selectedLink.needId, serviceId: selectedLink.serviceId, coverage: selectedLink.coverage === 'full' ? 'partial' : 'full' }))}>
              {selectedLink.coverage === 'full' ? t('resources.map.makePartial') : t('resources.map.makeFull')}
            </button>
            <button type="button" className="button button-danger-quiet button-small" onClick={() => void run(() => api.call('links.delete', { id: selectedLink.id }))}>
              {t('resources.map.removeLink')}
            </button>
          </>
        )}
      </div>
      <div className="gap-map" data-testid="gap-map" aria-label={t('resources.map.canvasLabel')} role="group" ref={box}>
        <GroupToggleContext.Provider value={toggleGroup}>
        <ReactFlow
          nodes={nodes}
          edges={model.edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onConnect={onConnect}
          onEdgeClick={(_e, edge) => setSelected(edge)}
          // Also gives the overview's category cards pointer events (nodes are not draggable): a click opens one.
          onNodeClick={(_e, node) => {
            const group = node.data as { groupId?: string; open?: boolean };
            if (node.type === 'group-label' && group.groupId !== undefined && !group.open) toggleGroup(group.groupId);
          }}
          onPaneClick={() => setSelected(null)}
          onEdgesDelete={(edges) => void run(() => Promise.all(edges.map((e) => api.call('links.delete', { id: e.id }))))}
          minZoom={0.05}
          nodesDraggable={false}
          connectionRadius={40}
          onlyRenderVisibleElements
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          {showMinimap && <MiniMap pannable zoomable nodeClassName={(n) => (n.type === 'need' ? `mini-need mini-need-${(n.data as { coverage: string | null }).coverage ?? 'none'}` : n.type === 'resource' ? 'mini-resource' : 'mini-group')} ariaLabel={t('resources.map.minimap')} />}
          <Controls showInteractive={false} />
        </ReactFlow>
        </GroupToggleContext.Provider>
      </div>
      <ul className="map-legend" aria-label={t('resources.map.legend')}>
        <li><span className="legend-swatch legend-resource" /> {t('resources.map.legendResource')}</li>
        <li><span className="legend-swatch legend-uncovered" /> {t('resources.map.legendUncovered')}</li>
        <li><span className="legend-swatch legend-partial" /> {t('resources.map.legendPartial')}</li>
        <li><span className="legend-swatch legend-full" /> {t('resources.map.legendFull')}</li>
      </ul>
    </>
  );
}
