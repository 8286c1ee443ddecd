// What portal middleware hands to pages, and the pages' content security policy.
import type { PageKit } from './page-kit';
import type { PortalSession } from './portal-session';

export type PortalEnv = {
  Variables: {
    kit: PageKit;
    session: PortalSession;
    token: string;
    form: (name: string) => string;
  };
};

export const baseCsp =
  "default-src 'none'; style-src 'self'; img-src 'self'; media-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** The CSP of a page that plays a lender's video from its own origin. */
export const cspWithMedia = (origin: string) =>
  baseCsp.replace("media-src 'none'", `media-src ${origin}`);

/** The CSP of the pay page, whose form is sent on (303) to the lender's payment provider. */
export const cspWithFormTarget = (origin: string) =>
  baseCsp.replace("form-action 'self'", `form-action 'self' ${origin}`);
