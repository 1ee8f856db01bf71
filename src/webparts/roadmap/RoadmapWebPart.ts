import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import type { Lang } from '../../core/i18n/catalog';
import { ROADMAP } from '../../core/i18n/roadmap';
import { Roadmap } from '../../components/roadmap/Roadmap';
import { BaseAppWebPart } from '../shared/BaseAppWebPart';

export interface IRoadmapWebPartProps {
  /** Heading above the roadmap; empty = the product name in the user's language. */
  readonly title?: string;
}

/** The roadmap on a SharePoint page or as a Teams tab. All behaviour lives in src/components/roadmap. */
export default class RoadmapWebPart extends BaseAppWebPart<IRoadmapWebPartProps> {
  protected renderContent(): React.ReactElement {
    return React.createElement(Roadmap, { title: this.properties.title });
  }

  protected partName(lang: Lang): string {
    return ROADMAP[lang].heading;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
