export {openStore} from './openStore.ts'
export type * from './types.ts'
