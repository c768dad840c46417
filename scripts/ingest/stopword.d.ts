/** `stopword` ships no types: the two stop lists briefdeck reads (see segment.ts). */
declare module 'stopword' {
  export const eng: string[]
  export const rus: string[]
}
