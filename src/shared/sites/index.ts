// The sites Attune runs on out of the box, in one table. The manifest build reads it for the host
// permissions and the content script's matches (manifest.config.ts); the content script reads it
// to know which site a page is on, and so how to find the client's message there
// (content/adapters/index.ts, which must name a thread reader for every id).
//
// Only the content script imports this at run time, and it imports nothing: a module the content
// script shared with the worker or a page would become a chunk of its own, and the content script
// a loader with web-accessible files (eslint.config.js keeps it so).

export type SiteId = 'gmail' | 'outlook' | 'hubspot' | 'salesforce' | 'zendesk';

export interface Site {
  id: SiteId;
  /** Hosts Attune runs on without asking: the manifest lists https://<host>/* for each. "*.x.com" is x.com's subdomains. */
  hosts: readonly string[];
  /** Hosts the content script reads as this site, when more than `hosts` (a user may grant another host of the same service). */
  readsAs?: readonly string[];
}

export const SITES: readonly Site[] = [
  { id: 'gmail', hosts: ['mail.google.com'] },
  { id: 'outlook', hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'] },
  // HubSpot serves portals from regional hosts (app-eu1, app-na2, …); each reads the same way.
  { id: 'hubspot', hosts: ['app.hubspot.com', 'app-eu1.hubspot.com'], readsAs: ['*.hubspot.com'] },
  { id: 'salesforce', hosts: ['*.lightning.force.com', '*.my.salesforce.com'] },
  { id: 'zendesk', hosts: ['*.zendesk.com'] },
];

/** The manifest's match patterns, in table order: its host permissions and the content script's matches. */
export const SITE_MATCHES: readonly string[] = SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));

/** The built-in site a page's hostname belongs to, if any ("*.x.com" matches x.com and its subdomains). */
export function siteOf(hostname: string): Site | undefined {
  const name = hostname.toLowerCase();
  return SITES.find((site) =>
    (site.readsAs ?? site.hosts).some((host) => (host.startsWith('*.') ? name === host.slice(2) || name.endsWith(host.slice(1)) : name === host)),
  );
}

/** Whether `hostname` belongs to the site `id`. */
export function onSite(id: SiteId, hostname: string): boolean {
  return siteOf(hostname)?.id === id;
}
