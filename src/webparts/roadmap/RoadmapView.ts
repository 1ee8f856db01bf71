import * as React from 'react';
import { Roadmap } from '../../components/roadmap/Roadmap';
import { loadRoadmap } from '../../components/roadmap/useRoadmapData';
import { createAppServices } from '../shared/createAppServices';
import { shellView, type WebPartParts } from '../shared/shellView';
import type { IWebPartView } from '../shared/view';
import type { IRoadmapWebPartProps } from './RoadmapWebPart';

/** The roadmap's view, loaded on demand by RoadmapWebPart. */
export function createRoadmapView(part: WebPartParts<IRoadmapWebPartProps>): IWebPartView {
  const services = createAppServices(part.context);
  // The first read starts now, while React renders the shell, not after the component has mounted.
  const initialLoad = loadRoadmap(services);
  // Handled here too, so that a failure before the component mounts is not reported as unhandled.
  initialLoad.catch(() => undefined);
  return shellView(part, services, () => {
    const { title, excelLibraryPath } = part.properties();
    return React.createElement(Roadmap, { title, excelLibraryPath, initialLoad });
  });
}
