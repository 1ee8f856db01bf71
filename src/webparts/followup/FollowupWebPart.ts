import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import { langFromCulture, type Lang } from '../../core/i18n/catalog';
import { FOLLOWUP } from '../../core/i18n/followup';
import { BaseAppWebPart } from '../shared/BaseAppWebPart';
import type { IWebPartView } from '../shared/view';

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
  protected async loadView(): Promise<IWebPartView> {
    const { createFollowupView } = await import(/* webpackChunkName: 'followup-view' */ './FollowupView');
    return createFollowupView({ context: this.context, domElement: this.domElement, properties: () => this.properties });
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
