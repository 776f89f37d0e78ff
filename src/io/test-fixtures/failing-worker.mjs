// A worker whose analysis always throws: the pool must reject, as an in-thread throw would.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: 'Error: boom in the aligner' }));
