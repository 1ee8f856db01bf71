export { createGraphHandler, type CalendarEventRecord, type GraphFaults, type GraphHandlerOptions, type OutboxEntry } from './routes';
export { startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from './server';
export {
  EMULATOR_SENDER, EMULATOR_STEERING_GROUP_ID, MemoryGraphStore,
  type DirectoryGroup, type DirectoryUser, type GraphBackingStore, type RawSpItem, type SiteUser, type StoreList
} from './store';
export { parseMime } from './mime';
