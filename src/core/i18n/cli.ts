import { defineCatalog } from './catalog';

/**
 * The `tiekartta` command line: one language per run (`--lang`, else LC_ALL/LANG, else Finnish).
 * Option names, URLs and JSON keys stay as they are in every language.
 */
export const CLI = defineCatalog('cli', {
  fi: {
    localFileMissing: 'Paikallista tiedostoa {path} ei ole. Sivustolta luetaan vain tiedostokirjaston polku, kuten "Shared Documents/tiekartta_v2.xlsx".',
    outFolderMissing: 'Kansiota {folder} ei ole, joten tiedostoa {file} ei voi kirjoittaa sinne. Luo kansio tai valitse toinen --out.',
    outFolderNotFolder: '{folder} ei ole kansio, joten tiedostoa {file} ei voi kirjoittaa sinne. Valitse toinen --out.',
    spSiteMissing: 'Osoitteessa {site} ei ole SharePoint-sivustoa: {url} vastasi HTTP 404. --site on ohjelman sivusto, esimerkiksi https://porvoo.sharepoint.com/sites/digiohjelma.',
    spListMissing: 'Osoitteessa {url} odotettiin listaa {list}, mutta SharePoint vastasi HTTP 404. Onko --site ({site}) ohjelman sivusto, ja onko sille ajettu "tiekartta provision"?',
    spNotFound: 'Ei löytynyt (HTTP 404): {url}.',
    graphNoApi: 'Osoitteessa --graph {graph} ei vastaa Microsoft Graph: {method} {url} vastasi HTTP 404, kun siellä odotettiin {expected}. --graph on Graphin juuri: https://graph.microsoft.com tai emulaattorin <osoite>/graph.',
    graphSiteMissing: 'Microsoft Graphissa ei ole sivustoa {site}: {method} {url} vastasi HTTP 404 ({detail}). Tarkista --site: sen on oltava ohjelman sivusto.',
    graphListMissing: 'Ohjelman sivustolla {site} ei ole listaa {list}: {method} {url} vastasi HTTP 404 ({detail}). Aja ensin "tiekartta provision --site {site}".',
    graphGroupMissing: 'Microsoft Graphissa ei ole ryhmää {group}: {method} {url} vastasi HTTP 404 ({detail}). Tarkista --steering-group.',
    graphNotFound: 'Microsoft Graph vastasi HTTP 404 pyyntöön {method} {url}: {detail}',
    graphExpectSite: 'ohjelman sivustoa {site} (Graphin sites-rajapinta)',
    graphExpectList: 'ohjelman sivuston listaa {list}',
    graphExpectGroup: 'ohjausryhmää {group}',
    graphExpectResource: 'Microsoft Graph v1.0 -resurssia'
  },
  sv: {
    localFileMissing: 'Den lokala filen {path} finns inte. Från webbplatsen läses bara en sökväg i ett dokumentbibliotek, till exempel "Shared Documents/tiekartta_v2.xlsx".',
    outFolderMissing: 'Mappen {folder} finns inte, så filen {file} kan inte skrivas där. Skapa mappen eller välj en annan --out.',
    outFolderNotFolder: '{folder} är ingen mapp, så filen {file} kan inte skrivas där. Välj en annan --out.',
    spSiteMissing: 'Det finns ingen SharePoint-webbplats på {site}: {url} svarade HTTP 404. --site är programmets webbplats, till exempel https://porvoo.sharepoint.com/sites/digiohjelma.',
    spListMissing: 'På {url} väntades listan {list}, men SharePoint svarade HTTP 404. Är --site ({site}) programmets webbplats, och har "tiekartta provision" körts för den?',
    spNotFound: 'Hittades inte (HTTP 404): {url}.',
    graphNoApi: 'Microsoft Graph svarar inte på --graph {graph}: {method} {url} svarade HTTP 404 där {expected} väntades. --graph är Graphs rot: https://graph.microsoft.com eller emulatorns <adress>/graph.',
    graphSiteMissing: 'Microsoft Graph har ingen webbplats {site}: {method} {url} svarade HTTP 404 ({detail}). Kontrollera --site: den ska vara programmets webbplats.',
    graphListMissing: 'Programmets webbplats {site} har ingen lista {list}: {method} {url} svarade HTTP 404 ({detail}). Kör först "tiekartta provision --site {site}".',
    graphGroupMissing: 'Microsoft Graph har ingen grupp {group}: {method} {url} svarade HTTP 404 ({detail}). Kontrollera --steering-group.',
    graphNotFound: 'Microsoft Graph svarade HTTP 404 på {method} {url}: {detail}',
    graphExpectSite: 'programmets webbplats {site} (Graphs sites-gränssnitt)',
    graphExpectList: 'listan {list} på programmets webbplats',
    graphExpectGroup: 'styrgruppen {group}',
    graphExpectResource: 'en resurs i Microsoft Graph v1.0'
  },
  en: {
    localFileMissing: 'The local file {path} does not exist. Only a path in a document library of the site, such as "Shared Documents/tiekartta_v2.xlsx", is read from the site.',
    outFolderMissing: 'The folder {folder} does not exist, so {file} cannot be written there. Create the folder or choose another --out.',
    outFolderNotFolder: '{folder} is not a folder, so {file} cannot be written there. Choose another --out.',
    spSiteMissing: 'No SharePoint site answers at {site}: {url} answered HTTP 404. --site is the programme site, e.g. https://porvoo.sharepoint.com/sites/digiohjelma.',
    spListMissing: 'The list {list} was expected at {url}, but SharePoint answered HTTP 404. Is --site ({site}) the programme site, and has "tiekartta provision" been run on it?',
    spNotFound: 'Not found (HTTP 404): {url}.',
    graphNoApi: 'Microsoft Graph does not answer at --graph {graph}: {method} {url} answered HTTP 404 where {expected} was expected. --graph is the Graph root: https://graph.microsoft.com, or the emulator’s <base>/graph.',
    graphSiteMissing: 'Microsoft Graph has no site {site}: {method} {url} answered HTTP 404 ({detail}). Check --site: it must be the programme site.',
    graphListMissing: 'The programme site {site} has no list {list}: {method} {url} answered HTTP 404 ({detail}). Run "tiekartta provision --site {site}" first.',
    graphGroupMissing: 'Microsoft Graph has no group {group}: {method} {url} answered HTTP 404 ({detail}). Check --steering-group.',
    graphNotFound: 'Microsoft Graph answered HTTP 404 to {method} {url}: {detail}',
    graphExpectSite: 'the programme site {site} (Graph’s sites API)',
    graphExpectList: 'the programme site’s list {list}',
    graphExpectGroup: 'the steering group {group}',
    graphExpectResource: 'a Microsoft Graph v1.0 resource'
  }
});
