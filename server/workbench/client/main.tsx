import * as React from 'react';
import * as ReactDom from 'react-dom';
import { CONFIG_ELEMENT_ID, type WorkbenchConfig } from './config';
import { registerWorkbenchIcons } from './icons';
import { Workbench } from './Workbench';

/** The workbench page's browser entry (bundled by esbuild from the same src/components as the web part). */
registerWorkbenchIcons();
const config = JSON.parse(document.getElementById(CONFIG_ELEMENT_ID)?.textContent ?? '{}') as WorkbenchConfig;
ReactDom.render(<Workbench config={config} />, document.getElementById('root'));
