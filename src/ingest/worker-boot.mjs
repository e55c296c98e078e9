// Worker threads do not inherit the main thread's module hooks: register tsx here,
// then hand every task to the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const { default: prepareTask } = await import('./worker.ts');
export default prepareTask;
