// The demo practice's people, in one place: the Healthie sandbox seeds these patients and the
// workspace bootstrap creates these members, so matching can be tried end to end out of the box.
// Every name, email and phone here is fictional (example.* domains, 555-01xx numbers).

export interface DemoPatient {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

export interface DemoMember {
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  externalId?: string;
  /** Why this member is in the demo: what matching should find for it. */
  expect: 'email' | 'phone' | 'ambiguous' | 'none' | 'no-contact';
}

type Row = [firstName: string, lastName: string, email: string | null, phone: string | null];

const patientRows: Row[] = [
  ['Maria', 'Lopez', 'maria.lopez@example.com', '(415) 555-0101'],
  ['James', 'Okafor', 'james.okafor@example.com', '415-555-0102'],
  ['Priya', 'Raman', 'priya.raman@example.org', '+1 415 555 0103'],
  ['Daniel', 'Schultz', 'dschultz@example.net', '4155550104'],
  ['Aisha', 'Bello', 'aisha.bello@example.com', '415.555.0105'],
  ['Thomas', 'Reilly', 'tom.reilly@example.com', '(415) 555-0106'],
  ['Mei', 'Chen', 'mei.chen@example.org', '+14155550107'],
  ['Robert', 'Haddad', 'rhaddad@example.com', '415 555 0108'],
  ['Sofia', 'Rossi', 'sofia.rossi@example.com', '(628) 555-0109'],
  ['Kwame', 'Mensah', 'kwame.mensah@example.net', '628-555-0110'],
  ['Emily', 'Walsh', 'emily.walsh@example.com', '628.555.0111'],
  ['Lucas', 'Moreau', 'lucas.moreau@example.org', '+1 (628) 555-0112'],
  ['Hannah', 'Berg', 'hannah.berg@example.com', '6285550113'],
  ['Omar', 'Farouk', 'omar.farouk@example.com', '(510) 555-0114'],
  ['Grace', 'Kim', 'grace.kim@example.net', '510-555-0115'],
  ['Ethan', 'Brooks', 'ethan.brooks@example.com', '510.555.0116'],
  ['Fatima', 'Zahra', null, '(510) 555-0117'],
  ['Noah', 'Feldman', null, '1-510-555-0118'],
  ['Chloe', 'Dubois', null, '+1 510 555 0119'],
  ['Diego', 'Herrera', null, '510 555 0120'],
  ['Amara', 'Nwosu', null, '(650) 555-0121'],
  ['Samuel', 'Lindqvist', null, '650.555.0122'],
  ['Yuki', 'Tanaka', 'yuki.tanaka@example.com', '+16505550123'],
  ['Isabel', 'Castro', 'isabel.castro@example.org', '650-555-0124'],
  ['Rosa', 'Garcia', 'rosa.garcia@example.com', '(707) 555-0130'],
  ['Mateo', 'Garcia', 'mateo.garcia@example.com', '(707) 555-0130'],
  ['Linh', 'Nguyen', 'the.nguyens@example.com', '707-555-0131'],
  ['Bao', 'Nguyen', 'the.nguyens@example.com', '707-555-0132'],
  ['Olivia', 'Grant', 'olivia.grant@example.com', null],
  ['Henry', 'Adeyemi', 'henry.adeyemi@example.net', null],
  ['Zara', 'Qureshi', 'zara.q@example.com', '(925) 555-0133'],
  ['Liam', 'OConnell', 'liam.oconnell@example.com', '925-555-0134'],
  ['Nadia', 'Petrova', 'nadia.petrova@example.org', '925.555.0135'],
  ['Benjamin', 'Stein', 'ben.stein@example.com', '+1 925 555 0136'],
  ['Ava', 'Thompson', 'ava.thompson@example.com', '9255550137'],
  ['Carlos', 'Mendoza', 'carlos.mendoza@example.net', '(408) 555-0138'],
  ['Ingrid', 'Solberg', 'ingrid.solberg@example.com', '408-555-0139'],
  ['Jamal', 'Carter', 'jamal.carter@example.com', '408.555.0140'],
  ['Keiko', 'Mori', 'keiko.mori@example.org', '+14085550141'],
  ['Leah', 'Goldberg', 'leah.goldberg@example.com', '408 555 0142'],
  ['Marcus', 'Johansson', 'marcus.j@example.com', '(831) 555-0143'],
  ['Nora', 'Fitzgerald', 'nora.fitz@example.net', '831-555-0144'],
  ['Oscar', 'Lindgren', 'oscar.lindgren@example.com', '831.555.0145'],
  ['Paula', 'Souza', 'paula.souza@example.com', '+1 831 555 0146'],
  ['Quentin', 'Blake', 'q.blake@example.org', '8315550147'],
  ['Ruth', 'Abebe', 'ruth.abebe@example.com', '(209) 555-0148'],
  ['Stefan', 'Novak', 'stefan.novak@example.com', '209-555-0149'],
  ['Tara', 'Singh', 'tara.singh@example.net', '209.555.0150'],
  ['Umar', 'Sheikh', 'umar.sheikh@example.com', '+1 209 555 0151'],
  ['Vera', 'Ivanova', 'vera.ivanova@example.com', '2095550152'],
  ['William', 'Park', 'will.park@example.org', '(559) 555-0153'],
  ['Ximena', 'Ruiz', 'ximena.ruiz@example.com', '559-555-0154'],
  ['Yosef', 'Levi', 'yosef.levi@example.com', '559.555.0155'],
  ['Zoe', 'Anderson', 'zoe.anderson@example.net', '+1 559 555 0156'],
  ['Adrian', 'Kowalski', 'adrian.k@example.com', '5595550157'],
  ['Bianca', 'Ferrari', 'bianca.ferrari@example.com', '(916) 555-0158'],
  ['Cyrus', 'Tehrani', 'cyrus.tehrani@example.org', '916-555-0159'],
  ['Dalia', 'Haddad', 'dalia.haddad@example.com', '916.555.0160'],
  ['Elias', 'Bauer', 'elias.bauer@example.com', '+1 916 555 0161'],
  ['Farah', 'Aziz', 'farah.aziz@example.net', '9165550162'],
  ['Gabriel', 'Silva', 'gabriel.silva@example.com', '+44 20 7946 0163'],
  ['Helena', 'Costa', 'helena.costa@example.com', '+351 912 555 164'],
  ['Ivan', 'Petrov', 'ivan.petrov@example.org', null],
  ['Julia', 'Weber', 'julia.weber@example.com', '(530) 555-0165'],
];

export const demoPatients: DemoPatient[] = patientRows.map(([firstName, lastName, email, phone]) => ({
  firstName,
  lastName,
  email,
  phone,
}));

export const demoMembers: DemoMember[] = [
  // Same email as a Healthie patient, written in other letter case or with stray spaces.
  { firstName: 'Maria', lastName: 'Lopez', email: 'Maria.Lopez@Example.com', expect: 'email' },
  { firstName: 'James', lastName: 'Okafor', email: 'JAMES.OKAFOR@EXAMPLE.COM', phone: '415 555 0199', expect: 'email' },
  { firstName: 'Priya', lastName: 'Raman', email: ' priya.raman@example.org ', expect: 'email' },
  { firstName: 'Dan', lastName: 'Schultz', email: 'DSchultz@example.net', expect: 'email' },
  { firstName: 'Aisha', lastName: 'Bello', email: 'Aisha.Bello@example.com', phone: '(415) 555-0105', expect: 'email' },
  { firstName: 'Tom', lastName: 'Reilly', email: 'Tom.Reilly@Example.COM', expect: 'email' },
  { firstName: 'Mei', lastName: 'Chen', email: 'mei.chen@EXAMPLE.org', expect: 'email' },
  { firstName: 'Robert', lastName: 'Haddad', email: 'RHaddad@example.com', expect: 'email' },
  { firstName: 'Sofia', lastName: 'Rossi', email: 'sofia.rossi@example.com', expect: 'email' },
  { firstName: 'Kwame', lastName: 'Mensah', email: 'Kwame.Mensah@example.net', expect: 'email' },
  { firstName: 'Emily', lastName: 'Walsh', email: 'EMILY.WALSH@example.com', expect: 'email' },
  { firstName: 'Lucas', lastName: 'Moreau', email: 'Lucas.Moreau@Example.org', expect: 'email' },
  { firstName: 'Hannah', lastName: 'Berg', email: 'Hannah.Berg@example.com', expect: 'email' },
  { firstName: 'Olivia', lastName: 'Grant', email: 'Olivia.Grant@example.com', expect: 'email' },
  // Only the phone matches, written in another format than Healthie has it.
  { firstName: 'Fatima', lastName: 'Zahra', phone: '510.555.0117', expect: 'phone' },
  { firstName: 'Noah', lastName: 'Feldman', phone: '(510) 555-0118', expect: 'phone' },
  { firstName: 'Chloe', lastName: 'Dubois', email: 'chloe.d@example.net', phone: '510-555-0119', expect: 'phone' },
  { firstName: 'Diego', lastName: 'Herrera', phone: '+1 510 555 0120', expect: 'phone' },
  { firstName: 'Amara', lastName: 'Nwosu', phone: '650 555 0121', expect: 'phone' },
  { firstName: 'Sam', lastName: 'Lindqvist', phone: '1-650-555-0122', expect: 'phone' },
  { firstName: 'Grace', lastName: 'Kim', email: 'gkim@example.org', phone: '(510) 555 0115', expect: 'phone' },
  { firstName: 'Ethan', lastName: 'Brooks', phone: '+15105550116', expect: 'phone' },
  // Two members sharing the Garcia family's phone, which two Healthie patients also share.
  { firstName: 'Rosa', lastName: 'Garcia', phone: '707.555.0130', expect: 'ambiguous' },
  { firstName: 'Luis', lastName: 'Garcia', phone: '(707) 555 0130', expect: 'ambiguous' },
  // An email two Healthie patients share.
  { firstName: 'Linh', lastName: 'Nguyen', email: 'The.Nguyens@example.com', expect: 'ambiguous' },
  // Plus-addressing is a different mailbox: no match.
  { firstName: 'Yuki', lastName: 'Tanaka', email: 'yuki.tanaka+clinic@example.com', expect: 'none' },
  // Contacts that Healthie does not have.
  { firstName: 'Peter', lastName: 'Novak', email: 'peter.novak@example.com', expect: 'none' },
  { firstName: 'Alice', lastName: 'Moreno', email: 'alice.moreno@example.org', phone: '(415) 555-0190', expect: 'none' },
  { firstName: 'Brian', lastName: 'Cho', phone: '628-555-0191', expect: 'none' },
  { firstName: 'Clara', lastName: 'Jensen', email: 'clara.jensen@example.net', expect: 'none' },
  { firstName: 'David', lastName: 'Osei', phone: '+1 925 555 0192', externalId: 'crm-1030', expect: 'none' },
  { firstName: 'Elena', lastName: 'Popescu', email: 'elena.popescu@example.com', phone: '408.555.0193', expect: 'none' },
  { firstName: 'Felix', lastName: 'Wagner', email: 'felix.wagner@example.com', externalId: 'crm-1032', expect: 'none' },
  { firstName: 'Gloria', lastName: 'Achebe', phone: '209 555 0194', expect: 'none' },
  { firstName: 'Hugo', lastName: 'Laurent', email: 'hugo.laurent@example.org', expect: 'none' },
  // No email and no phone: left out of matching altogether.
  { firstName: 'Irene', lastName: 'Vasquez', externalId: 'crm-1040', expect: 'no-contact' },
  { firstName: 'Jonas', lastName: 'Eriksen', expect: 'no-contact' },
  { firstName: 'Kiran', lastName: 'Patel', externalId: 'crm-1042', expect: 'no-contact' },
  { firstName: 'Lena', lastName: 'Hoffmann', expect: 'no-contact' },
  { firstName: 'Miguel', lastName: 'Santos', externalId: 'crm-1044', expect: 'no-contact' },
];
