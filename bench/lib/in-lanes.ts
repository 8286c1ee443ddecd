/** Runs `work` on every item, `lanes` at a time (the drivers' 64 in flight by default). */
export async function inLanes<T>(
  items: readonly T[],
  work: (item: T) => Promise<unknown>,
  lanes = 64,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
