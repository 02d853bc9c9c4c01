import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/**
 * Issue 9: bad contact details are refused beside their field, in the UI's language (email,
 * website, phone of an organization; contact email and phone of a service), and good ones save.
 */
for (const lang of ['en', 'es'] as const) {
  const w =
    lang === 'en'
      ? { newOrganization: 'New organization', name: 'Name', email: 'Email', website: 'Website', save: 'Save', emailError: 'Enter an email address, like name@example.org.', urlError: 'Enter a web address, like https://example.org.', newService: 'New service', serviceName: 'Service name', contactEmail: 'Contact email', contactPhone: 'Contact phone', phoneError: 'Enter a phone number with at least 7 digits, like (312) 555-0142, or a service number such as 311.' }
      : { newOrganization: 'Nueva organización', name: 'Nombre', email: 'Correo electrónico', website: 'Sitio web', save: 'Guardar', emailError: 'Escriba una dirección de correo, por ejemplo nombre@ejemplo.org.', urlError: 'Escriba una dirección web, por ejemplo https://ejemplo.org.', newService: 'Nuevo servicio', serviceName: 'Nombre del servicio', contactEmail: 'Correo de contacto', contactPhone: 'Teléfono de contacto', phoneError: 'Escriba un número de teléfono de al menos 7 dígitos, por ejemplo (312) 555-0142, o un número de servicio como 311.' };

  test(`${lang}: an organization's bad email and website are refused beside the fields; good ones save`, async ({ page, host }) => {
    forbidNativeDialogs(page);
    await page.goto(`${host.url}#/gaps/directory`);
    if (lang === 'es') await useLanguage(page, 'es');
    await page.getByRole('button', { name: w.newOrganization }).click();
    await page.getByRole('textbox', { name: w.name, exact: true }).fill('Wabash Peace Collective');
    const email = page.getByRole('textbox', { name: w.email, exact: true });
    const website = page.getByRole('textbox', { name: w.website, exact: true });
    await email.fill('not-an-email');
    await website.fill('wabashpeace');
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await expect(email).toHaveAccessibleDescription(w.emailError);
    await expect(website).toHaveAccessibleDescription(w.urlError);
    expect((await apiCall(host, 'resources.list', {})).organizations).toHaveLength(0);

    await email.fill('info@wabashpeace.org');
    await website.fill('www.wabashpeace.org');
    await expect(email).not.toHaveAttribute('aria-invalid', 'true');
    await expect(website).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await expect.poll(async () => (await apiCall(host, 'resources.list', {})).organizations.map((o: any) => o.email)).toEqual(['info@wabashpeace.org']);
  });

  test(`${lang}: a service's bad contact email and phone are refused beside the fields; a real number with an extension saves`, async ({ page, host }) => {
    forbidNativeDialogs(page);
    await apiCall(host, 'resources.saveOrganization', { name: 'Eastside Food Pantry' });
    await page.goto(`${host.url}#/gaps/directory`);
    if (lang === 'es') await useLanguage(page, 'es');
    await page.getByRole('button', { name: w.newService }).click();
    await page.getByRole('textbox', { name: w.serviceName }).fill('Weekend groceries');
    const email = page.getByRole('textbox', { name: w.contactEmail });
    const phone = page.getByRole('textbox', { name: w.contactPhone });
    await email.fill('bad@');
    await phone.fill('abc');
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await expect(email).toHaveAccessibleDescription(w.emailError);
    await expect(phone).toHaveAccessibleDescription(w.phoneError);
    expect((await apiCall(host, 'resources.list', {})).services).toHaveLength(0);

    await email.fill('groceries@eastside.org');
    await phone.fill('(312) 555-0142 ext. 12');
    await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await expect.poll(async () => (await apiCall(host, 'resources.list', {})).services.map((s: any) => s.contacts[0]?.phone)).toEqual(['(312) 555-0142 ext. 12']);
  });
}
