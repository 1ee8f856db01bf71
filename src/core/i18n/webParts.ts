import { defineCatalog } from './catalog';

/**
 * Names of the web parts whose own catalogs are too large for the entry bundle SharePoint loads first
 * (the name is shown in the error message and as the Teams tab's label before the view has loaded).
 */
export const WEB_PARTS = defineCatalog('webParts', {
  fi: { ideas: 'Digi-ideat' },
  sv: { ideas: 'Digitala idéer' },
  en: { ideas: 'Ideas' }
});
