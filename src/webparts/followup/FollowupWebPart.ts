import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import { langFromCulture, type Lang } from '../../core/i18n/catalog';
import { FOLLOWUP } from '../../core/i18n/followup';
import { createSp } from '../../data/sp';
import { PeopleDirectory } from '../../data/people';
import { sharePointReportAuthority } from '../../data/reportAuthority';
import { actionsRepository, metricsRepository, metricValuesRepository, statusUpdatesRepository } from '../../data/repository';
import { FollowupDashboard } from '../../components/followup/FollowupDashboard';
import type { FollowupSources } from '../../report/load';
import { BaseAppWebPart } from '../shared/BaseAppWebPart';

export interface IFollowupWebPartProps {
  /** The roadmap year shown first; empty = the current year. */
  year?: string;
  showDeckButton?: boolean;
}

/**
 * The steering group's follow-up dashboard on a SharePoint page or as a Teams tab, on the shared
 * BaseAppWebPart (theme, language, host, error boundary). All behaviour lives in src/components/followup.
 */
export default class FollowupWebPart extends BaseAppWebPart<IFollowupWebPartProps> {
  private sources: FollowupSources | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // The follow-up reads two lists the shell's services do not carry (metrics and their values).
    const sp = createSp(this.context);
    const people = new PeopleDirectory(sp);
    this.sources = {
      actions: actionsRepository(sp, people),
      statusUpdates: statusUpdatesRepository(sp, people),
      metrics: metricsRepository(sp, people),
      metricValues: metricValuesRepository(sp, people),
      reportAuthority: sharePointReportAuthority(sp)
    };
  }

  protected renderContent(): React.ReactElement {
    const year = Number(this.properties.year);
    return React.createElement(FollowupDashboard, {
      sources: this.sources as FollowupSources, // set in onInit, which SPFx completes before any render
      initialYear: Number.isInteger(year) && year >= 2000 ? year : undefined,
      showDeckButton: this.properties.showDeckButton !== false
    });
  }

  protected partName(lang: Lang): string {
    return FOLLOWUP[lang].partName;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const t = FOLLOWUP[langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName)];
    return {
      pages: [{
        header: { description: t.dashboardTitle },
        groups: [{
          groupName: t.propGroup,
          groupFields: [PropertyPaneTextField('year', { label: t.propYear }), PropertyPaneToggle('showDeckButton', { label: t.propDeck })]
        }]
      }]
    };
  }
}
