/**
 * The server's clock as seen through its answers: every SharePoint and Graph response carries a `Date`
 * header from the same clock that stamps an item's Created/Modified. A claim's age is that clock's "now"
 * minus the claim's Modified, so a runner or a browser whose own clock is wrong (or a steering member who
 * sends "early" with a planning instant days ahead) cannot make a live claim look stale.
 *
 * The transports feed it (`observe`); `now()` extrapolates the latest observation with the local clock's
 * elapsed time, which is right however far the local clock is off. Without any observation (a browser
 * that may not read a cross-origin Date header) `now()` is undefined and the job takes over no claim.
 */
export class ServerClock {
  private latest: { readonly server: number; readonly local: number } | undefined;

  public constructor(private readonly localClock: () => number = () => Date.now()) {}

  /** Records a response's `Date` header (RFC 9110 IMF-fixdate; anything unreadable is ignored). */
  public observe(dateHeader: string | null | undefined): void {
    if (!dateHeader) return;
    const server = Date.parse(dateHeader);
    if (isNaN(server)) return;
    const local = this.localClock();
    // Date has whole seconds: keep the latest reading, it has the least extrapolation ahead of it.
    if (!this.latest || local >= this.latest.local) this.latest = { server, local };
  }

  /** The server's time now, or undefined when no answer has told it yet. */
  public now(): Date | undefined {
    if (!this.latest) return undefined;
    return new Date(this.latest.server + (this.localClock() - this.latest.local));
  }
}
