/**
 * The PnPjs modules the data layer uses, imported once for their side effects (each adds methods to the
 * fluent API). Selective imports keep the web part bundle small (no `@pnp/sp/presets/all`).
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
