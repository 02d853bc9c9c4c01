/**
 * The projector view is chosen by the URL: `/present` (browser host, optional
 * `?exercise=<id>`) or `#/present` / `#/present/<id>` (desktop projector window, which loads the
 * app's own index.html). Without an id it shows the exercise in progress.
 */
export function presentTarget(location: Pick<Location, 'pathname' | 'search' | 'hash'>): { exerciseId: string | null } | null {
  const hash = /^#\/present(?:\/([^/?#]+))?\/?$/.exec(location.hash);
  if (hash) return { exerciseId: hash[1] ? decodeURIComponent(hash[1]) : null };
  if (/\/present\/?$/.test(location.pathname)) return { exerciseId: new URLSearchParams(location.search).get('exercise') };
  return null;
}
