import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { langFromCulture, type Lang } from '../../core/i18n/catalog';
import { STEERING } from '../../core/i18n/steering';
import { BaseAppWebPart } from '../shared/BaseAppWebPart';
import type { IWebPartView } from '../shared/view';

export interface ISteeringWebPartProps {
  /** The SharePoint page with the roadmap web part; empty = `{site}/SitePages/Tiekartta.aspx`. */
  roadmapPageUrl?: string;
  /** The steering group's Microsoft 365 group id; in Teams the team's group is used when empty. */
  steeringGroupId?: string;
  /** The channel the pre-read is posted to; in Teams the tab's channel when empty. */
  channelId?: string;
  /** A shared mailbox to send reminders from; empty = the signed-in user. */
  sender?: string;
}

/**
 * The steering group's tab in Teams (also on a SharePoint page), on the shared BaseAppWebPart. The
 * delegated Graph client is the Graph SDK signed by SPFx's AadTokenProvider (permissions in
 * config/package-solution.json); the team and channel come from the Teams context. All behaviour lives in src/components/steering.
 */
export default class SteeringWebPart extends BaseAppWebPart<ISteeringWebPartProps> {
  protected async loadView(): Promise<IWebPartView> {
    const { createSteeringView } = await import(/* webpackChunkName: 'steering-view' */ './SteeringView');
    return createSteeringView({ context: this.context, domElement: this.domElement, properties: () => this.properties });
  }

  protected partName(lang: Lang): string {
    return STEERING[lang].partName;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const t = STEERING[langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName)];
    return {
      pages: [{
        header: { description: t.heading },
        groups: [{
          groupName: t.propGroup,
          groupFields: [
            PropertyPaneTextField('roadmapPageUrl', { label: t.propRoadmapPage }),
            PropertyPaneTextField('steeringGroupId', { label: t.propGroupId }),
            PropertyPaneTextField('channelId', { label: t.propChannelId }),
            PropertyPaneTextField('sender', { label: t.propSender })
          ]
        }]
      }]
    };
  }
}
