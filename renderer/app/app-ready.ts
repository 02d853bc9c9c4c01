/** Marks the page ready once the first data has loaded: end-to-end tests wait on `html[data-app-ready="true"]`. */
export function markAppReady(): void {
  document.documentElement.dataset.appReady = 'true';
}
