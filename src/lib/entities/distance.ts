/** Levenshtein distance, cut off once it exceeds a budget (names are short; most pairs differ early). */
export function editDistance(a: string, b: string, budget = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, row[j]!);
    }
    if (best > budget) return budget + 1;
    previous = row;
  }
  return previous[b.length]!;
}
