// Requests served on /graphql, by operation name and by API key (GET /_sandbox/stats).
export class RequestStats {
  private total = 0;
  private byOperation = new Map<string, number>();
  private byKey = new Map<string, number>();

  record(operationName: string | null, apiKey: string | null): void {
    this.total++;
    increment(this.byOperation, operationName ?? '(anonymous)');
    increment(this.byKey, apiKey ?? '(none)');
  }

  clear(): void {
    this.total = 0;
    this.byOperation.clear();
    this.byKey.clear();
  }

  toJSON() {
    return { total: this.total, byOperation: Object.fromEntries(this.byOperation), byKey: Object.fromEntries(this.byKey) };
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
