// The dashboard: a yoga plugin serving one page that reads the graph through /graphql only.
export { bundleClient, type ClientBundle } from './bundle-client.js';
export { type DashboardPage, renderDashboard } from './render-dashboard.js';
export { type DashboardPluginOptions, useDashboard } from './use-dashboard.js';
