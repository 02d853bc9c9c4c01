import { describe, expect, it } from 'vitest';
import { isEmailAddress, isPhoneText, isWebAddress } from '../../../shared/model/resources/contact-rules';
import { contract, issuesFrom } from '../../../shared/contract';

const keysOf = (method: 'resources.saveOrganization' | 'resources.saveService', input: unknown) => {
  const parsed = contract[method].input.safeParse(input);
  return parsed.success ? [] : issuesFrom(parsed.error).map((i) => `${String(i.path)}:${i.key}`);
};

describe('contact rules of the editing forms', () => {
  it('an email must look like one', () => {
    for (const ok of ['name@example.org', 'a.b+c@sub.example.co.uk', 'info@wabashpeace.org']) expect(isEmailAddress(ok), ok).toBe(true);
    for (const bad of ['not-an-email', 'bad@', '@example.org', 'a@b', 'a b@example.org', 'a@@example.org']) expect(isEmailAddress(bad), bad).toBe(false);
  });

  it('a website is a web address; a missing scheme is read as https, a word without a dot is refused', () => {
    for (const ok of ['https://example.org', 'http://example.org/path?q=1', 'example.org', 'www.example.org', 'wabashpeace.org/about']) expect(isWebAddress(ok), ok).toBe(true);
    for (const bad of ['wabashpeace', 'https://wabashpeace', 'ftp://example.org', 'example .org', 'javascript:alert(1)', 'http://', 'example.']) expect(isWebAddress(bad), bad).toBe(false);
  });

  it('a phone holds at least 7 digits, with extensions and notes, or is a short service number', () => {
    for (const ok of ['(312) 555-0142 ext. 12', '312-555-0142', '+1 312 555 0142', '555-0142', '311', '211', '911', '988', '(555) 010-0103; (555) 010-0104 (text)', '312.555.0142 x12', '+44 20 7946 0958', '']) expect(isPhoneText(ok), ok).toBe(true);
    for (const bad of ['abc', '12345', 'call us', '555', '123-45']) expect(isPhoneText(bad), bad).toBe(false);
  });

  it('the organization save input refuses a bad email and website, each under its field, with keys the UI translates', () => {
    expect(keysOf('resources.saveOrganization', { name: 'Wabash Peace', email: 'not-an-email', website: 'wabashpeace' })).toEqual(['email:validation.email', 'website:validation.url']);
    expect(keysOf('resources.saveOrganization', { name: 'Wabash Peace', email: 'info@wabashpeace.org', website: 'wabashpeace.org', phones: [{ number: '(312) 555-0142 ext. 12', type: 'voice', description: '' }] })).toEqual([]);
    expect(keysOf('resources.saveOrganization', { name: 'Wabash Peace', phones: [{ number: 'abc', type: 'voice', description: '' }] })).toEqual(['phones[0].number:validation.phone']);
  });

  it('the service save input refuses a bad contact email and phone', () => {
    const service = { organizationId: 'org-1', name: 'Outreach', contacts: [{ name: 'Ana', title: '', email: 'bad@', phone: 'abc' }] };
    expect(keysOf('resources.saveService', service)).toEqual(['contacts[0].email:validation.email', 'contacts[0].phone:validation.phone']);
    expect(keysOf('resources.saveService', { ...service, url: 'outreach', contacts: [{ name: 'Ana', title: '', email: 'ana@example.org', phone: '311' }] })).toEqual(['url:validation.url']);
  });
});
