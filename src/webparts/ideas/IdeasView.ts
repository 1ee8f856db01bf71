import * as React from 'react';
import { createCycleServices } from '../../data/cycle/services';
import { IdeasApp } from '../../components/ideas/IdeasApp';
import { createAppServices } from '../shared/createAppServices';
import { shellView, type WebPartParts } from '../shared/shellView';
import type { IWebPartView } from '../shared/view';

/** The idea web part's view, loaded on demand by IdeasWebPart. */
export function createIdeasView(part: WebPartParts<Record<string, never>>): IWebPartView {
  const cycle = createCycleServices(part.context);
  return shellView(part, createAppServices(part.context), () => React.createElement(IdeasApp, { cycle }));
}
