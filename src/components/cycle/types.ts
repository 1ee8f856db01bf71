export type { ICycleServices } from '../../data/cycle/services';
