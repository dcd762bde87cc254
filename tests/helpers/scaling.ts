/**
 * Growth of a cost with input size, measured in the test itself: the best of a few runs at
 * size n and at size k·n. A linear step grows about k times, a quadratic one about k² times,
 * so the ratio tells them apart on a loaded machine where absolute times mean little.
 */
export function growth(run: (n: number) => void, n: number, k: number, repeats = 2): number {
  const best = (size: number): number => {
    let min = Infinity;
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      run(size);
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
  best(n); // warm up the JIT and lazily built tables
  return best(k * n) / best(n);
}
