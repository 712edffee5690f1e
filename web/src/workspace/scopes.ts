const levels = ['read', 'write', 'admin'];

/** Whether `granted` allows `needed` (`resource:level`), where admin includes write includes read. */
export function allows(granted: readonly string[], needed: string): boolean {
  const [resource, level = ''] = needed.split(':');
  const neededRank = levels.indexOf(level);
  return granted.some((scope) => {
    const [r, l = ''] = scope.split(':');
    return r === resource && levels.indexOf(l) >= neededRank;
  });
}
