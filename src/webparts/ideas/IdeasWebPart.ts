import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import type { Lang } from '../../core/i18n/catalog';
import { IDEAS } from '../../core/schema/lists';
import { createCycleServices, type ICycleServices } from '../../data/cycle/services';
import { IdeasApp } from '../../components/ideas/IdeasApp';
import { BaseAppWebPart } from '../shared/BaseAppWebPart';

/**
 * The idea web part, on a SharePoint page or as a Teams tab: any employee proposes an idea for the
 * roadmap and sees what became of their ideas. All behaviour lives in src/components/ideas.
 */
export default class IdeasWebPart extends BaseAppWebPart<Record<string, never>> {
  private cycle: ICycleServices | undefined;

  protected renderContent(): React.ReactElement {
    this.cycle ??= createCycleServices(this.context);
    return React.createElement(IdeasApp, { cycle: this.cycle });
  }

  protected partName(lang: Lang): string {
    return IDEAS.titles[lang];
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
