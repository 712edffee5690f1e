/**
 * A port already taken, said so a person knows what to do: most often it is another
 * healthie-connect started earlier (its embedded sandbox or its web port).
 */
export function explainPortInUse(error: unknown, port: number, what: string, envName: string): unknown {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'EADDRINUSE') return error;
  return new Error(
    `Port ${port} (${what}) is already in use, most likely by another healthie-connect still running. Stop it, or start this one with ${envName} set to a free port.`,
    { cause: error },
  );
}
