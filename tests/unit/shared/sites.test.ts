// The one table of sites (src/shared/sites): the manifest the builds use lists exactly its
// patterns, and the content script recognises each site's hosts the way it always has.
import { describe, expect, it } from 'vitest';
import { extensionManifest } from '../../../manifest.config';
import { SITES, SITE_MATCHES, onSite, siteOf } from '../../../src/shared/sites/index';

describe('the site table', () => {
  it('gives the manifest its host permissions and the content script its matches, and nothing else does', () => {
    const manifest = extensionManifest();
    expect(manifest.host_permissions).toEqual([...SITE_MATCHES]);
    for (const script of manifest.content_scripts) expect(script.matches).toEqual([...SITE_MATCHES]);
    expect(SITE_MATCHES).toEqual([
      'https://mail.google.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://app.hubspot.com/*',
      'https://app-eu1.hubspot.com/*',
      'https://*.lightning.force.com/*',
      'https://*.my.salesforce.com/*',
      'https://*.zendesk.com/*',
    ]);
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
  });

  it('names the site of a page by its hostname', () => {
    const cases: [string, string | undefined][] = [
      ['mail.google.com', 'gmail'],
      ['outlook.office.com', 'outlook'],
      ['outlook.office365.com', 'outlook'],
      ['OUTLOOK.LIVE.COM', 'outlook'],
      ['app.hubspot.com', 'hubspot'],
      ['app-na2.hubspot.com', 'hubspot'],
      ['acme.lightning.force.com', 'salesforce'],
      ['acme.my.salesforce.com', 'salesforce'],
      ['acme.zendesk.com', 'zendesk'],
      ['notzendesk.com', undefined],
      ['zendesk.com.example.org', undefined],
      ['crm.example.com', undefined],
      ['', undefined],
    ];
    for (const [hostname, id] of cases) expect(siteOf(hostname)?.id, hostname).toBe(id);
    expect(onSite('gmail', 'mail.google.com')).toBe(true);
    expect(onSite('gmail', 'outlook.office.com')).toBe(false);
  });
});
