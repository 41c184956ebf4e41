import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { contact } from '../../src/lib/site.ts';
import { issueChooserUrl } from '../../src/lib/github-urls.ts';

/** H5: a visitor can reach someone, and the accessibility statement has the feedback route. */
describe('contact and feedback', () => {
  it.each(['/om/', '/tilgjengelighet/'])(
    '%s gives the contact from the report with a working e-mail and phone link',
    (path) => {
      const html = readPage(path);
      expect(html).toContain(`href="mailto:${contact.email}"`);
      expect(html).toContain(`href="tel:+47${contact.phone}"`);
      expect(html).toContain(contact.name);
      expect(html).toContain(`href="${issueChooserUrl()}"`);
    },
  );

  it('links to the contact from every page footer', () => {
    expect(readPage('/eksempler/pa-dorterskelen/')).toMatch(/<footer[\s\S]*href="\/om\/#kontakt"[\s\S]*<\/footer>/);
  });

  it('the accessibility statement follows the uustatus order: status, non-conformities, testing, feedback, supervision', () => {
    const headings = [...readPage('/tilgjengelighet/').matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Status',
      'Innhold som ikke er universelt utformet',
      'Slik har vi testet',
      'Tilbakemelding og kontakt',
      'Tilsyn',
    ]);
  });
});
