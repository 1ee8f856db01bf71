// The panel is loaded on demand: `import(/* webpackChunkName: "action-panel" */ './ActionPanel')`.
export type { IActionPanelProps } from './IActionPanelProps';
