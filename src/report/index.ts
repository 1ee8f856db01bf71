/**
 * The steering group's documents from the lists. Import the deck itself only through `import()`
 * (pptxgenjs is large): `downloadSteeringDeck` does that for the browser; the CLI imports ./deck directly.
 */
export { loadFollowupInput, type FollowupSources } from './load';
export { downloadSteeringDeck, type ISteeringDeckRequest } from './steeringDeck';
export type { DeckOptions, MeetingDeck, RenderedDeck } from './deck';
