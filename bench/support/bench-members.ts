/** A member made from a patient: 30% the same email in other case, 20% the same phone in another format, 50% strangers. */
export function memberContactFor(patient: { firstName: string; lastName: string; email: string | null; phone: string | null }, n: number) {
  const base = { firstName: patient.firstName, lastName: patient.lastName };
  const stranger = { email: `member.${n}@members.example.org` };
  const bucket = n % 10;
  if (bucket < 3 && patient.email) return { ...base, email: patient.email.toUpperCase() };
  if (bucket < 5 && patient.phone) {
    const digits = patient.phone.slice(-10);
    return { ...base, ...(bucket === 4 ? stranger : {}), phone: patient.phone, phoneDisplay: `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}` };
  }
  const phone = `+1617${String((n * 7_919) % 10_000_000).padStart(7, '0')}`;
  return { ...base, ...stranger, phone, phoneDisplay: phone };
}
