/** A member's contact details as a form holds them: text boxes, blank for none. */
export interface ContactForm {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  externalId: string;
}

export const emptyContactForm: ContactForm = { firstName: '', lastName: '', email: '', phone: '', externalId: '' };

/** What the API is sent: every value trimmed (pasted text brings spaces), blank optional values as null. */
export function contactPayload(form: ContactForm) {
  const optional = (value: string) => value.trim() || null;
  return {
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    email: optional(form.email),
    phone: optional(form.phone),
    externalId: optional(form.externalId),
  };
}
