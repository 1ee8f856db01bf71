import { Version } from '@microsoft/sp-core-library';
import type { Lang } from '../../core/i18n/catalog';
import { WEB_PARTS } from '../../core/i18n/webParts';
import { BaseAppWebPart } from '../shared/BaseAppWebPart';
import type { IWebPartView } from '../shared/view';

/**
 * The idea web part, on a SharePoint page or as a Teams tab: any employee proposes an idea for the
 * roadmap and sees what became of their ideas. All behaviour lives in src/components/ideas.
 */
export default class IdeasWebPart extends BaseAppWebPart<Record<string, never>> {
  protected async loadView(): Promise<IWebPartView> {
    const { createIdeasView } = await import(/* webpackChunkName: 'ideas-view' */ './IdeasView');
    return createIdeasView({ context: this.context, domElement: this.domElement, properties: () => this.properties });
  }

  protected partName(lang: Lang): string {
    return WEB_PARTS[lang].ideas;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
