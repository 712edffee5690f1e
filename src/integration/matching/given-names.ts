/**
 * English given names and the short forms people go by, for telling a nickname (Bill / William) from
 * a different person (Tom / Jennifer) when a person checks a match. Prefixes (Sam / Samuel, Chris /
 * Christopher) agree without being listed; these are the forms a prefix does not catch.
 */
const SHORT_FORMS: Record<string, string[]> = {
  abigail: ['abby', 'gail'],
  alexander: ['alex', 'al', 'sasha', 'xander', 'sandy'],
  alexandra: ['alex', 'lexi', 'sasha', 'sandra', 'sandy'],
  andrew: ['andy', 'drew'],
  anthony: ['tony'],
  barbara: ['barb', 'babs'],
  benjamin: ['ben', 'benny'],
  catherine: ['cathy', 'kate', 'katie', 'kat', 'cat'],
  charles: ['charlie', 'chuck', 'chas'],
  christina: ['chris', 'tina', 'christy'],
  christopher: ['chris', 'kit', 'topher'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davy'],
  deborah: ['deb', 'debbie'],
  dorothy: ['dot', 'dottie', 'dolly'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  elizabeth: ['liz', 'beth', 'betty', 'eliza', 'lizzie', 'libby', 'betsy', 'bess'],
  eleanor: ['ellie', 'nell', 'nora'],
  francis: ['frank', 'fran'],
  frances: ['fran', 'frankie'],
  frederick: ['fred', 'freddie'],
  gregory: ['greg'],
  harold: ['harry', 'hal'],
  henry: ['hank', 'harry', 'hal'],
  isabella: ['bella', 'izzy', 'isa'],
  jacob: ['jake'],
  james: ['jim', 'jimmy', 'jamie'],
  jennifer: ['jen', 'jenny'],
  john: ['jack', 'johnny', 'jon'],
  jonathan: ['jon', 'jonny', 'nate'],
  joseph: ['joe', 'joey'],
  joshua: ['josh'],
  katherine: ['kathy', 'kate', 'katie', 'kat', 'kay', 'kit'],
  kathleen: ['kathy', 'kate', 'katie'],
  lawrence: ['larry'],
  leonard: ['leo', 'len', 'lenny'],
  margaret: ['maggie', 'meg', 'peggy', 'marge', 'greta', 'daisy'],
  matthew: ['matt'],
  michael: ['mike', 'mickey', 'mick'],
  nathaniel: ['nate', 'nat', 'nathan'],
  nicholas: ['nick', 'nicky', 'cole'],
  patricia: ['pat', 'patty', 'trish', 'tricia'],
  patrick: ['pat', 'paddy'],
  peter: ['pete'],
  rebecca: ['becky', 'becca'],
  richard: ['rick', 'rich', 'dick', 'ricky'],
  robert: ['rob', 'bob', 'bobby', 'robbie', 'bert'],
  ronald: ['ron', 'ronnie'],
  samantha: ['sam', 'sammy'],
  samuel: ['sam', 'sammy'],
  stephen: ['steve', 'stevie'],
  steven: ['steve', 'stevie'],
  susan: ['sue', 'susie'],
  suzanne: ['sue', 'suzy'],
  theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim', 'timmy'],
  victoria: ['vicky', 'tori'],
  virginia: ['ginny', 'ginger'],
  walter: ['walt', 'wally'],
  william: ['bill', 'billy', 'will', 'willie', 'liam'],
};

/** Each name (formal or short) to the formal names it may stand for. */
const FORMAL_OF = new Map<string, Set<string>>();
for (const [formal, shorts] of Object.entries(SHORT_FORMS)) {
  for (const name of [formal, ...shorts]) {
    const formals = FORMAL_OF.get(name) ?? new Set<string>();
    formals.add(formal);
    FORMAL_OF.set(name, formals);
  }
}

/** Lower case, accents and punctuation off: "José-Luis" and "jose luis" read alike. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, '')
    .trim();
}

const MIN_PREFIX = 3;

/** Whether two given names can be the same person's: equal, one the start of the other, or a known short form. */
export function sameGivenName(a: string, b: string): boolean {
  const [x, y] = [nameKey(a).split(/[\s-]+/)[0] ?? '', nameKey(b).split(/[\s-]+/)[0] ?? ''];
  if (!x || !y || x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length >= MIN_PREFIX && longer.startsWith(shorter)) return true;
  const formals = FORMAL_OF.get(x);
  return formals !== undefined && [...(FORMAL_OF.get(y) ?? [])].some((formal) => formals.has(formal));
}

/** Whether two family names can be the same person's: equal, or sharing a part of a double name (García / García-López). */
export function sameFamilyName(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (!x || !y || x === y) return true;
  const parts = new Set(x.split(/[\s-]+/));
  return y.split(/[\s-]+/).some((part) => parts.has(part));
}
