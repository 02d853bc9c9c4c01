/** A file's text as the imports receive it: its UTF-8 bytes in base64 (other encodings: pass a Buffer). */
export const b64 = (text: string | Uint8Array) => Buffer.from(text as string).toString('base64');
