import type { RoadmapLoad } from './useRoadmapData';

export interface IRoadmapProps {
  /** Heading shown above the roadmap (the web part's title property); the product name by default. */
  readonly title?: string;
  /**
   * The roadmap workbook in the site's library (site-relative, e.g. `Shared Documents/tiekartta_v2.xlsx`),
   * offered by the Excel export and import next to a file on the person's disk. Absent: the default
   * path; empty: no library file.
   */
  readonly excelLibraryPath?: string;
  /**
   * The first read of the roadmap, already under way: the web part starts it (`loadRoadmap`) as soon as
   * its view has loaded, so the request does not wait for React's first render. Absent: read on mount.
   */
  readonly initialLoad?: Promise<RoadmapLoad>;
}
