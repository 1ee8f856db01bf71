import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { linkHref } from '../../core/untrusted/links';

export interface ISafeLinkProps {
  /** The URL as read from a list (untrusted). */
  readonly url: string;
  /** The link text. */
  readonly children: React.ReactNode;
  readonly className?: string;
}

/**
 * A URL from a list as a link, only when `linkHref` allows it (https, http, mailto, site-relative);
 * otherwise the text and the URL as plain text, so that a `javascript:` value can be read but not run.
 */
export function SafeLink(props: ISafeLinkProps): React.ReactElement {
  const href = linkHref(props.url);
  if (href !== null) return <Link href={href} className={props.className}>{props.children}</Link>;
  return (
    <span data-testid="unsafe-link">
      {props.children}: <span>{props.url}</span>
    </span>
  );
}
