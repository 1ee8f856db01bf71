export interface IRoadmapProps {
  /** Heading shown above the roadmap (the web part's title property); the product name by default. */
  readonly title?: string;
}
