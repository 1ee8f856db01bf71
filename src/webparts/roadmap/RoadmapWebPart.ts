import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { langFromCulture, type Lang } from '../../core/i18n/catalog';
import { ROADMAP } from '../../core/i18n/roadmap';
import { BaseAppWebPart } from '../shared/BaseAppWebPart';
import type { IWebPartView } from '../shared/view';

export interface IRoadmapWebPartProps {
  /** Heading above the roadmap; empty = the product name in the user's language. */
  readonly title?: string;
  /** The roadmap workbook in the site's library for the Excel export and import; absent = `Shared Documents/tiekartta_v2.xlsx`, empty = none. */
  readonly excelLibraryPath?: string;
}

/** The roadmap on a SharePoint page or as a Teams tab. All behaviour lives in src/components/roadmap. */
export default class RoadmapWebPart extends BaseAppWebPart<IRoadmapWebPartProps> {
  protected async loadView(): Promise<IWebPartView> {
    const { createRoadmapView } = await import(/* webpackChunkName: 'roadmap-view' */ './RoadmapView');
    return createRoadmapView({ context: this.context, domElement: this.domElement, properties: () => this.properties });
  }

  protected partName(lang: Lang): string {
    return ROADMAP[lang].heading;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const t = ROADMAP[langFromCulture(this.context.pageContext.cultureInfo.currentUICultureName)];
    return {
      pages: [{
        header: { description: t.heading },
        groups: [{
          groupName: t.propGroup,
          groupFields: [
            PropertyPaneTextField('title', { label: t.propTitle }),
            PropertyPaneTextField('excelLibraryPath', { label: t.propExcelPath, description: t.propExcelPathHelp })
          ]
        }]
      }]
    };
  }
}
