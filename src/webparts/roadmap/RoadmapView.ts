import * as React from 'react';
import { Roadmap } from '../../components/roadmap/Roadmap';
import { createAppServices } from '../shared/createAppServices';
import { shellView, type WebPartParts } from '../shared/shellView';
import type { IWebPartView } from '../shared/view';
import type { IRoadmapWebPartProps } from './RoadmapWebPart';

/** The roadmap's view, loaded on demand by RoadmapWebPart. */
export function createRoadmapView(part: WebPartParts<IRoadmapWebPartProps>): IWebPartView {
  return shellView(part, createAppServices(part.context), () => {
    const { title, excelLibraryPath } = part.properties();
    return React.createElement(Roadmap, { title, excelLibraryPath });
  });
}
