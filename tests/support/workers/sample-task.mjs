// A worker for the pool's tests (plain JS so a replaced worker starts in milliseconds): each `op`
// exercises one way a task can end. An ApiError crosses as the data `workerTask` returns for it.
export default async function sampleTask(task) {
  if (task.op === 'echo') return { echoed: task.value, thread: true };
  if (task.op === 'spin') {
    const end = Date.now() + task.ms;
    while (Date.now() < end) {
      /* a CPU-bound task that never yields */
    }
    return 'spun';
  }
  if (task.op === 'api-error') return { __workerFailure: true, error: { code: 'invalid_input', message: 'Row 3 has no name.', key: 'sample.bad', params: { row: 3 } } };
  if (task.op === 'crash') throw new TypeError('a bug in the worker');
  // Allocates until the worker's heap limit stops it.
  const hoard = [];
  for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => `item ${i} ${hoard.length}`));
}
